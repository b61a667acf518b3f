import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadValidPack } from '../../glossary/packs/prebuild';
import { isAbbreviatedSource, sourceLabel } from '../../glossary/source-names';

describe('source names on cards', () => {
  it('spells out every abbreviation the bundled pack names as a source', () => {
    const sources = new Set(loadValidPack(resolve(import.meta.dirname, '../../glossary/packs/health')).entries.map((entry) => entry.source));
    const abbreviations = [...sources].filter(isAbbreviatedSource);
    // The pack does use abbreviations; the check below would pass vacuously otherwise.
    expect(abbreviations).toContain('NIDDK');
    const unexplained = abbreviations.filter((source) => sourceLabel(source) === source);
    expect(unexplained).toEqual([]);
  });

  it('shows the full name first and keeps the abbreviation the reader may see elsewhere', () => {
    expect(sourceLabel('NIDDK')).toBe('National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)');
    expect(sourceLabel('CDC')).toBe('Centers for Disease Control and Prevention (CDC)');
  });

  it('leaves names that are already words, and unknown sources, as written', () => {
    expect(sourceLabel('MedlinePlus')).toBe('MedlinePlus');
    expect(sourceLabel('Mayo Clinic')).toBe('Mayo Clinic');
    expect(sourceLabel('HealthCare.gov')).toBe('HealthCare.gov');
    expect(sourceLabel('XYZQ')).toBe('XYZQ');
    expect(sourceLabel('constructor')).toBe('constructor');
    expect(isAbbreviatedSource('National Cancer Institute')).toBe(false);
  });
});
