/**
 * ISSUE-7 budget: importing 20,000 entries takes under 3 s. This prints the figure; the assertion
 * is only a sanity bound (10 s), since shared CI machines vary too much for a tight one.
 */
import { describe, expect, it } from 'vitest';
import { readGlossaryFile, toJson } from '../../glossary/import';
import { LIMITS } from '../../glossary/limits';

const CATEGORIES = ['heart-vessels', 'Blood', 'skin', 'other', ''];

/** A full-size CSV with every column used, kept under the 5 MB file limit. */
function bigCsv(count: number): string {
  const rows = ['term,aliases,forms,short,explanation,category,related,source,id,reviewed,caseSensitive,context'];
  for (let i = 0; i < count; i++) {
    const term = `condition ${i.toString(36)}`;
    rows.push(
      [
        term,
        `alt name ${i}; other ${i}`,
        `${term}s`,
        `"A short line about ${term}, in plain words."`,
        `"The longer explanation of ${term}: what it is and why it matters."`,
        CATEGORIES[i % CATEGORIES.length],
        i > 0 ? `entry-${i - 1}` : '',
        'Example source',
        `entry-${i}`,
        i % 2 === 0 ? '2026-11-30' : '',
        i % 7 === 0 ? 'yes' : '',
        i % 3 === 0 ? 'health; body' : '',
      ].join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

describe('importing 20,000 entries', () => {
  it('reads and validates a 20,000-entry CSV well within budget', () => {
    const bytes = new TextEncoder().encode(bigCsv(LIMITS.entriesPerGlossary));
    expect(bytes.byteLength).toBeLessThanOrEqual(LIMITS.importFileBytes);
    const start = performance.now();
    const preview = readGlossaryFile('big.csv', bytes, { today: '2026-12-01' });
    const ms = performance.now() - start;
    console.log(`20,000-entry CSV (${(bytes.byteLength / 1024 / 1024).toFixed(2)} MB): read and validated in ${ms.toFixed(0)} ms`);
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview.entries).toHaveLength(LIMITS.entriesPerGlossary);
    expect(ms).toBeLessThan(10_000);
  });

  it('reads and validates a 20,000-entry JSON file within budget', () => {
    // Field names make JSON bigger than CSV: a glossary this long fits in 5 MB only with short texts.
    const entries = Array.from({ length: LIMITS.entriesPerGlossary }, (_, i) => ({
      id: `entry-${i}`,
      term: `condition ${i.toString(36)}`,
      short: `A short line about condition ${i}.`,
      explanation: `The longer explanation of condition ${i}.`,
      category: 'other',
      related: i > 0 ? [`entry-${i - 1}`] : [],
      source: 'Example source',
      reviewed: '2026-11-30',
    }));
    const bytes = new TextEncoder().encode(JSON.stringify(entries));
    expect(bytes.byteLength).toBeLessThanOrEqual(LIMITS.importFileBytes);
    const start = performance.now();
    const preview = readGlossaryFile('big.json', bytes);
    const ms = performance.now() - start;
    console.log(`20,000-entry JSON (${(bytes.byteLength / 1024 / 1024).toFixed(2)} MB): read and validated in ${ms.toFixed(0)} ms`);
    expect(preview.errors).toEqual([]);
    expect(preview.entries).toHaveLength(LIMITS.entriesPerGlossary);
    expect(readGlossaryFile('again.json', new TextEncoder().encode(toJson(preview.entries))).entries).toStrictEqual(preview.entries);
    expect(ms).toBeLessThan(10_000);
  });
});
