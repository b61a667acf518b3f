// What lay readers type into the popup, against the REAL bundled pack: precision@1 and @3 per
// kind of query, printed for the record, with floors asserted (docs/search.md).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack } from '../../glossary/pack-checks';
import { readPackDir } from '../../glossary/packs/read-pack-dir';
import { GlossarySearch, toSearchDocuments } from '../../glossary/search';

interface Query {
  query: string;
  expected: string;
  kind: string;
}

const { manifest, files } = readPackDir(resolve(import.meta.dirname, '../../glossary/packs/health'));
const entries = checkPack(manifest, files).entries.map(({ entry }) => entry);
const search = new GlossarySearch(toSearchDocuments('health-basics', entries));
const queries = JSON.parse(readFileSync(resolve(import.meta.dirname, 'data/search-queries.json'), 'utf8')) as Query[];

describe('search precision on the query table (tests/unit/data/search-queries.json)', () => {
  const ids = new Set(entries.map((entry) => entry.id));
  const rows = queries.map((row) => ({ ...row, found: search.search(row.query).map((result) => result.doc.id) }));
  const kinds = [...new Set(queries.map((row) => row.kind))];
  const precision = (list: typeof rows, at: number) => list.filter((row) => row.found.slice(0, at).includes(row.expected)).length / list.length;

  it('has at least 160 queries, every expected entry exists, and every kind has at least 15', () => {
    expect(queries.length).toBeGreaterThanOrEqual(160);
    expect(queries.filter((row) => !ids.has(row.expected)).map((row) => row.expected)).toEqual([]);
    for (const kind of kinds) expect(queries.filter((row) => row.kind === kind).length, kind).toBeGreaterThanOrEqual(15);
  });

  it('finds the expected entry first (≥ 85%) and in the top three (≥ 95%; no kind below 85%)', () => {
    const table = [...kinds.map((kind) => [kind, rows.filter((row) => row.kind === kind)] as const), ['overall', rows] as const];
    const pct = (value: number) => `${(100 * value).toFixed(1)}%`.padStart(7);
    console.log(
      [`${'kind'.padEnd(28)} queries     @1      @3`, ...table.map(([kind, list]) => `${kind.padEnd(28)} ${String(list.length).padStart(7)} ${pct(precision(list, 1))} ${pct(precision(list, 3))}`)].join('\n'),
    );
    const misses = rows.filter((row) => !row.found.slice(0, 3).includes(row.expected));
    if (misses.length > 0) console.log(`not in the top three:\n${misses.map((row) => `  ${row.query} → ${row.expected} (got ${row.found.slice(0, 3).join(', ') || 'nothing'})`).join('\n')}`);
    expect(precision(rows, 1)).toBeGreaterThanOrEqual(0.85);
    expect(precision(rows, 3)).toBeGreaterThanOrEqual(0.95);
    for (const kind of kinds) expect(precision(rows.filter((row) => row.kind === kind), 3), kind).toBeGreaterThanOrEqual(0.85);
  });
});

describe('what the issue (#19) names', () => {
  const top = (query: string, n = 1) => search.search(query).slice(0, n).map((result) => result.doc.id);

  it.each([
    ['twiching', 'twitch'],
    ['twitching', 'twitch'],
    ['twich', 'twitch'],
    ['amfisema', 'emphysema'],
    ['hemorage', 'hemorrhage'],
  ])('"%s" puts %s first', (query, expected) => {
    expect(top(query)).toEqual([expected]);
  });

  it('finds sound-alikes of entries outside the stable files too, when the pack has them', () => {
    for (const [query, expected] of [['fleebitis', 'phlebitis'], ['kolitis', 'colitis'], ['new-ralgia', 'neuralgia']] as const) {
      if (entries.some((entry) => entry.id === expected)) expect(top(query, 3), query).toContain(expected);
    }
  });

  it('searches abbreviations both ways', () => {
    expect(top('HTN', 3)).toEqual(expect.arrayContaining(['htn', 'high-blood-pressure']));
    expect(top('high blood pressure', 3)).toEqual(expect.arrayContaining(['high-blood-pressure', 'htn']));
    expect(top('hypertension', 3)).toContain('htn');
    const [htn] = search.search('htn');
    expect(htn!.doc.expansion).toBe('hypertension (high blood pressure)');
  });

  it('stops at a relevance floor instead of listing unrelated entries', () => {
    const statin = search.search('statin').map((result) => result.doc.id);
    expect(statin[0]).toBe('statin');
    for (const unrelated of ['creatinine', 'saline', 'antihistamine']) expect(statin).not.toContain(unrelated);
    const pee = search.search('pee').map((result) => result.doc.id);
    expect(pee[0]).toBe('urine');
    expect(pee).not.toContain('spleen');
    expect(search.search('zzzzqqq')).toEqual([]);
  });

  it('ranks tiers in order: name, spelling, sound, fuzzy (fuse.js), description', () => {
    const order = ['exact', 'related', 'prefix', 'spelling', 'sound', 'fuzzy', 'description'];
    for (const query of ['twiching', 'cramp', 'nefron', 'skin turning yellow', 'statin']) {
      const tiers = search.search(query).map((result) => order.indexOf(result.tier));
      expect(tiers, query).toEqual([...tiers].sort((a, b) => a - b));
    }
  });

  it('carries the pronunciation in the documents the results list shows', () => {
    expect(search.search('twitch')[0]!.doc.pronunciation).toBe('TWICH');
  });

  it('marks the words a description match found in the short text', () => {
    const result = search.search('bones get weak and break').find((item) => item.doc.id === 'osteoporosis')!;
    expect(result.field).toBe('short');
    const marked = result.ranges.map(([start, end]) => result.value.slice(start, end + 1).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['bones', 'weak', 'break']));
  });
});

describe('the fuzzy tier (fuse.js)', () => {
  it('adds near misses of long names that the tiers above it cannot reach', () => {
    const found = search.search('gastro esofageal reflucks').slice(0, 3);
    expect(found.find((result) => result.tier === 'fuzzy')?.doc.id).toBe('gerd');
  });

  it('reaches a multi-word name with typos in several words', () => {
    const found = search.search('hardning of the artries').slice(0, 3);
    expect(found.map((result) => result.doc.id)).toContain('arteriosclerosis');
  });

  it('never runs for short queries, so it cannot bring noise to them', () => {
    expect(search.search('statin').some((result) => result.tier === 'fuzzy')).toBe(false);
  });
});
