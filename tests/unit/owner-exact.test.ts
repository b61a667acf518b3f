import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { denseExact, exactOf, sparseExact } from '../../glossary/owner-exact';
import { shareRepeatedStrings } from '../../glossary/shared-strings';

const entry = (id: string, term: string, more: object = {}) => ({
  ...{ id, term, aliases: [], forms: [], related: [], short: 'Short.', explanation: 'Longer.' },
  ...{ category: 'other' as const, source: 'Test', reviewed: '2026-12-07', level: 'general' as const },
  ...more,
});

describe('owner slots with an exact-case text', () => {
  it('keeps only the slots that have one, and gives each slot its text or none', () => {
    const texts = ['', 'MS', '', '', 'A-fib', '', 'PT'];
    const sparse = sparseExact(texts);
    expect(sparse).toEqual({ exactAt: [1, 4, 6], exactText: ['MS', 'A-fib', 'PT'] });
    expect(texts.map((_, o) => exactOf(sparse, o))).toEqual(texts);
    expect(exactOf(sparse, 99)).toBe('');
    expect(denseExact(sparse, texts.length)).toEqual(texts);
  });

  it('gives an abbreviation its written form and a word none, in compiled tables', () => {
    const compiled = compile([{ packId: 't', entries: [entry('ms', 'MS'), entry('stroke', 'stroke')] }]);
    const slots = compiled.owners.entry.length;
    const texts = denseExact(compiled.owners, slots);
    const byEntry = new Map(compiled.owners.entry.map((e, o) => [compiled.entries[e]!.id + ':' + texts[o], true]));
    expect(byEntry.has('ms:MS')).toBe(true);
    expect([...byEntry.keys()].filter((key) => key.startsWith('stroke:'))).toEqual(['stroke:']);
  });
});

describe('shareRepeatedStrings', () => {
  it('leaves the tables reading exactly as parsed', () => {
    const entries = [
      entry('ms', 'MS'),
      entry('epistaxis', 'nosebleed', { aliases: ['epistaxis'], aliasLevels: { epistaxis: 'technical' } }),
      entry('stroke', 'stroke', { level: 'everyday' }),
    ];
    const json = JSON.stringify(compile([{ packId: 'one', entries }, { packId: 'two', entries: [entry('cva', 'CVA', { aliases: ['cerebrovascular accident'], aliasLevels: { 'cerebrovascular accident': 'technical' } })] }]));
    const shared = JSON.parse(json);
    shareRepeatedStrings(shared);
    expect(shared).toEqual(JSON.parse(json));
  });
});
