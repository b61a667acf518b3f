import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack } from '../../glossary/pack-checks';
import { readPackDir } from '../../glossary/packs/read-pack-dir';
import { GlossarySearch, toSearchDocuments } from '../../glossary/search';
import { generateEntries } from '../../bench/corpus';
import { indexJson, storedDocs } from '../../glossary/search-index';

const { manifest, files } = readPackDir(resolve(import.meta.dirname, '../../glossary/packs/health'));
const entries = checkPack(manifest, files).entries.map(({ entry }) => entry);
const docs = toSearchDocuments('health-basics', entries);
const search = new GlossarySearch(docs);

describe('popup search over the bundled pack', () => {
  it.each([
    // typos
    ['arteriosclerosys', 'arteriosclerosis'],
    ['dehidration', 'dehydration'],
    ['magnesum', 'magnesium'],
    ['potasium', 'potassium'],
    ['tendonitis', 'tendinitis'],
    ['colestrol', 'cholesterol'],
    ['diabetis', 'diabetes'],
    ['electrolites', 'electrolyte'],
    ['sodum', 'sodium'],
    ['osteoperosis', 'osteoporosis'],
    ['ligamnet', 'ligament'],
    ['blood presure', 'blood-pressure'],
    ['fibromyalgea', 'fibromyalgia'],
    ['pnuemonia', 'pneumonia'],
    // partial words
    ['spasm', 'muscle-spasm'],
    ['cramp', 'muscle-cramp'],
    ['twitch', 'twitch'],
    ['sciat', 'sciatica'],
    ['arterioscl', 'arteriosclerosis'],
    ['magne', 'magnesium'],
    // aliases
    ['charley horse', 'muscle-cramp'],
    ['hardening of the arteries', 'arteriosclerosis'],
    ['hypertension', 'high-blood-pressure'],
    ['fasciculation', 'twitch'],
    ['compressed nerve', 'pinched-nerve'],
    ['backbone', 'spine'],
    ['myocardial infarction', 'heart-attack'],
    ['ECG', 'electrocardiogram'],
    ['emg', 'electromyography'],
    ['pink eye', 'conjunctivitis'],
    ['ringing in the ears', 'tinnitus'],
    ['paracetamol', 'acetaminophen'],
    ['physiotherapy', 'physical-therapy'],
    ['pins and needles', 'tingling'],
    // UK spellings
    ['anaemia', 'anemia'],
    ['diarrhoea', 'diarrhea'],
    ['oesophagus', 'esophagus'],
    ['haemoglobin', 'hemoglobin'],
    // multi-word queries
    ['high blood pressure', 'high-blood-pressure'],
    ['low blood sugar', 'hypoglycemia'],
    ['vitamin d', 'vitamin-d'],
    ['heart attack', 'heart-attack'],
    ['pinched nerve', 'pinched-nerve'],
    // longer than fuse's 32-character bitap limit
    ['hardening of the arteries in older adults', 'arteriosclerosis'],
    ['chronic obstructive pulmonary disease of the lungs', 'copd'],
  ])('"%s" puts %s first', (query, expected) => {
    expect(search.search(query)[0]?.doc.id).toBe(expected);
  });

  it('offers every entry a short beginning could lead to, the best known first ("arterio")', () => {
    // Several entries start with "arterio" now (arteriovenous fistula and malformation too); the
    // one more entries link to leads, and the reader's likely target is among the first three.
    const top = search.search('arterio').slice(0, 3).map((result) => result.doc.id);
    expect(top).toContain('arteriosclerosis');
    expect(top.every((id) => id.startsWith('arterio'))).toBe(true);
  });

  it('marks the matched characters of the field that matched', () => {
    const [top] = search.search('spasm');
    expect(top).toMatchObject({ field: 'aliases', value: 'spasm', ranges: [[0, 4]] });
    const [fuzzy] = search.search('magnesum');
    expect(fuzzy!.field).toBe('term');
    expect(fuzzy!.ranges.length).toBeGreaterThan(0);
  });

  it('finds a name as many typos away as the budget allows, substitutions, swaps and a missing letter alike', () => {
    // magnesium (9 letters, 2 typos): two substitutions move four letter counts, the most the quick check lets through.
    const near: [string, string][] = [['magnasiun', 'magnesium'], ['dehidratoin', 'dehydration'], ['potasiun', 'potassium']];
    for (const [query, id] of near) {
      const first = search.search(query)[0]!;
      expect([first.doc.id, first.tier]).toEqual([id, 'spelling']);
    }
  });

  it('ranks terms found on the page first within a tier', () => {
    const plain = search.search('blood').map((result) => result.doc.id);
    const lastPrefix = search.search('blood').filter((result) => result.tier === 'prefix').at(-1)!.doc.id;
    const boosted = search.search('blood', { onPage: new Set([lastPrefix]) }).map((result) => result.doc.id);
    expect(plain[0]).toBe('blood');
    expect(plain.indexOf(lastPrefix)).toBeGreaterThan(1);
    // The exact match keeps first place; the on-page term leads the word-prefix tier.
    expect(boosted.slice(0, 2)).toEqual(['blood', lastPrefix]);
  });

  it('returns nothing for an empty query and caps results at the limit', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('a', { limit: 5 })).toHaveLength(5);
  });

  it('answers a description the same on every keystroke, whatever was typed before (words already typed are cached)', () => {
    const typing = 'bones get weak and break';
    const prefixes = [...typing].map((_, i) => typing.slice(0, i + 1));
    const typed = new GlossarySearch(docs);
    const asTyped = prefixes.map((query) => typed.search(query));
    // More distinct words than the cache keeps, then the same keystrokes again.
    for (const word of ['arteries', 'kidney', 'stomach', 'breathing', 'sugar', 'yellow', 'swelling', 'tired', 'itchy', 'rash']) {
      for (let i = 1; i <= word.length; i++) typed.search(`${word.slice(0, i)} pain`);
    }
    expect(prefixes.map((query) => typed.search(query))).toEqual(asTyped);
    // A fresh search (no cache) for every third keystroke and the last: each builds its own word
    // index over the whole pack (about 200 ms here, seconds on a loaded machine), so not all 25.
    const sampled = prefixes.map((query, i) => ({ query, i })).filter(({ i }) => i % 3 === 2 || i === prefixes.length - 1);
    expect(sampled.map(({ i }) => asTyped[i])).toEqual(sampled.map(({ query }) => new GlossarySearch(docs).search(query)));
    expect(asTyped.at(-1)![0]!.doc.id).toBe('osteoporosis');
  }, 60_000);

  it('gives the same results from serialized documents (what the build bundles) as from fresh ones', () => {
    const fromIndex = new GlossarySearch(JSON.parse(JSON.stringify(docs)) as typeof docs);
    expect(fromIndex.search('magnesum').map((result) => result.doc.id)).toEqual(search.search('magnesum').map((result) => result.doc.id));
  });
});

describe('preparing the search ahead, in slices', () => {
  const QUERIES = ['bones get weak and break', 'hard to catch my breath', 'arteriosclerosys', 'twiching', 'amfisema', 'the skin turns yellow'];
  const ids = (of: GlossarySearch) => QUERIES.map((query) => of.search(query).map((result) => result.doc.id));

  it('builds in many slices, each stopping once its budget is spent, and answers as a search built on demand', () => {
    const prepared = new GlossarySearch(docs);
    // A clock that moves one millisecond each time it is read: a 4 ms slice looks at it a few times.
    let clock = 0;
    const now = () => clock++;
    let steps = 1;
    while (!prepared.prepareStep(4, now)) steps++;
    expect(steps).toBeGreaterThan(20);
    expect(prepared.prepareStep(4, now)).toBe(true);
    expect(ids(prepared)).toEqual(ids(new GlossarySearch(docs)));
  });

  it('builds the search itself in slices, pausing between them, into the same search as at once', async () => {
    let clock = 0;
    let pauses = 0;
    const sliced = await GlossarySearch.build(docs, 4, () => clock++, async () => void pauses++);
    expect(pauses).toBeGreaterThan(20);
    expect(ids(sliced)).toEqual(ids(search));
    expect(sliced.search('HTN').map((result) => result.doc.id)).toEqual(search.search('HTN').map((result) => result.doc.id));
  });

  it('answers a query that comes while it is half built, and goes on where it stopped', () => {
    const half = new GlossarySearch(docs);
    let clock = 0;
    for (let step = 0; step < 10; step++) half.prepareStep(4, () => clock++);
    expect(ids(half)).toEqual(ids(search));
    let steps = 0;
    while (!half.prepareStep(4, () => clock++)) steps++;
    expect(steps).toBeLessThanOrEqual(2);
    expect(ids(half)).toEqual(ids(search));
  });
});

describe('popup search over 10,000 entries (candidates narrowed before fuse)', () => {
  const extra = generateEntries(10_000 - entries.length, new Set(entries.map((entry) => entry.id)));
  const big = new GlossarySearch([...docs, ...toSearchDocuments('generated', extra)]);

  it.each([
    ['arteriosclerosys', 'arteriosclerosis'],
    ['dehidration', 'dehydration'],
    ['magnesum', 'magnesium'],
    ['colestrol', 'cholesterol'],
    ['anaemia', 'anemia'],
    ['hardening of the arteries in older adults', 'arteriosclerosis'],
  ])('"%s" still puts %s first', (query, expected) => {
    expect(big.search(query)[0]?.doc.id).toBe(expected);
  });

  it('finds generated entries by a typo too', () => {
    const target = extra.find((entry) => entry.term.length >= 10 && !entry.term.includes(' '))!;
    const typo = target.term.slice(0, 4) + target.term.slice(5);
    expect(big.search(typo).map((result) => result.doc.id)).toContain(target.id);
  });
});

describe('the user glossaries\' index, built ahead and joined to the bundled one', () => {
  const extra = toSearchDocuments('user-x', generateEntries(500, new Set(entries.map((entry) => entry.id)), 99));
  const stored = storedDocs(JSON.parse(JSON.stringify(indexJson(extra))))!;
  const fromJoined = new GlossarySearch([...docs, ...stored]);
  const fresh = new GlossarySearch([...docs, ...extra]);

  it.each(['magnesum', 'charley horse', extra[3]!.term, extra[42]!.term.slice(0, -1)])('finds the same as a fresh index for "%s"', (query) => {
    const ids = (search: GlossarySearch) => search.search(query).map((result) => `${result.doc.packId}/${result.doc.id}`);
    expect(ids(fromJoined)).toEqual(ids(fresh));
    expect(ids(fromJoined).length).toBeGreaterThan(0);
  });
});

describe('the exact and prefix tiers look only where a word of a name starts', () => {
  const named = (id: string, term: string) => generateEntries(1, new Set()).map((entry) => ({ ...entry, id, term, aliases: [], forms: [] }))[0]!;
  const small = new GlossarySearch(toSearchDocuments('p', [named('x-ray', 'X-ray'), named('high-blood-pressure', 'high blood pressure'), named('sodium', 'sodium')]));
  const tiersOf = (query: string) => small.search(query).map((result) => `${result.doc.id}/${result.tier}`);

  it('finds a name from its start, from a later word and after a hyphen, and a one-letter query still from every key', () => {
    const wanted = { 'blood pr': 'high-blood-pressure/prefix', ray: 'x-ray/prefix', 'x-ray': 'x-ray/exact', 'high blood pressure': 'high-blood-pressure/exact', s: 'sodium/prefix' };
    for (const [query, tier] of Object.entries(wanted)) expect(tiersOf(query), query).toContain(tier);
  });

  it('finds nothing by name for text inside a word', () => {
    expect(tiersOf('odium').filter((tier) => tier.endsWith('/prefix') || tier.endsWith('/exact'))).toEqual([]);
    expect(tiersOf('lood').filter((tier) => tier.endsWith('/prefix') || tier.endsWith('/exact'))).toEqual([]);
  });
});

describe('typos and sound-alikes near short and brand names', () => {
  const named = (id: string, term: string, aliases: string[] = []) =>
    generateEntries(1, new Set()).map((entry) => ({ ...entry, id, term, aliases, forms: [], level: 'general' as const }))[0]!;
  const small = new GlossarySearch(
    toSearchDocuments('p', [named('sma', 'SMA'), named('asthma', 'asthma'), named('emphysema', 'emphysema'), named('amphotericin-b', 'amphotericin B', ['AmBisome'])]),
  );
  const first = (query: string) => small.search(query)[0]?.doc.id;

  it('reaches no name shorter than four letters by a typo: one letter more than "sma" is not a misspelling of it', () => {
    expect(small.search('asma').filter((result) => result.tier === 'spelling').map((result) => result.doc.id)).not.toContain('sma');
    expect(first('asma')).toBe('asthma');
  });

  it('ranks a name that sounds the same before one a sound apart that differs in fewer letters', () => {
    // "amfisema" and emphysema share their Double Metaphone key; the brand AmBisome is one sound away.
    expect(first('amfisema')).toBe('emphysema');
  });
});
