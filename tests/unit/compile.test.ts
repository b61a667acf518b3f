import { describe, expect, it } from 'vitest';
import { exactOf } from '../../glossary/owner-exact';
import { compile, contextFormsOf, expandGlossary, type CompiledGlossary, type CompileInput } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { ANY_CASE, FirstWordTable, NEXT_WORD_NEEDED, NOT_FIRST, WITH_CAPITAL, WordHasher } from '../../glossary/first-words';
import { edgeLabelStarts, type CompiledTrie } from '../../glossary/trie';
import { generateEntries } from '../../bench/corpus';
import { entry } from './helpers/entries';

const health: CompileInput = {
  packId: 'health',
  entries: [
    entry('artery', 'artery'),
    entry('stroke', 'stroke', { context: ['brain', 'blood clot'] }),
    entry('ms', 'MS'),
    entry('crohns', "Crohn's disease", { caseSensitive: true }),
    entry('bacteria', 'bacteria', { forms: ['bacterium'] }),
  ],
};
const mine: CompileInput = { packId: 'mine', entries: [entry('artery', 'artery'), entry('stroke', 'stroke')] };

/** Every form the trie holds, rebuilt by walking it. */
function trieForms(trie: CompiledTrie): Map<string, number> {
  const out = new Map<string, number>();
  const starts = edgeLabelStarts(trie);
  const visit = (node: number, prefix: string) => {
    const form = trie.nodeForm[node]!;
    if (form >= 0) out.set(prefix, form);
    for (let e = trie.edgeStart[node]!; e < trie.edgeStart[node + 1]!; e++) visit(e + 1, prefix + trie.labels.slice(starts[e], starts[e + 1]! - 1));
  };
  visit(0, '');
  return out;
}

function ownersOf(compiled: CompiledGlossary, key: string): { id: string; pack: string; exact: string }[] {
  const form = trieForms(compiled.trie).get(key);
  if (form === undefined) return [];
  const out = [];
  for (let o = compiled.owners.start[form]!; o < compiled.owners.start[form + 1]!; o++) {
    const e = compiled.entries[compiled.owners.entry[o]!]!;
    out.push({ id: e.id, pack: e.packId, exact: exactOf(compiled.owners, o) });
  }
  return out;
}

describe('compile', () => {
  it('lists entries in input order with their pack', () => {
    expect(compile([health, mine]).entries).toEqual([
      { id: 'artery', packId: 'health', term: 'artery', level: 'technical' },
      { id: 'stroke', packId: 'health', term: 'stroke', level: 'technical' },
      { id: 'ms', packId: 'health', term: 'MS', level: 'technical' },
      { id: 'crohns', packId: 'health', term: "Crohn's disease", level: 'technical' },
      { id: 'bacteria', packId: 'health', term: 'bacteria', level: 'technical' },
      { id: 'artery', packId: 'mine', term: 'artery', level: 'technical' },
      { id: 'stroke', packId: 'mine', term: 'stroke', level: 'technical' },
    ]);
  });

  it('is plain JSON: a round trip changes nothing, and it holds no RegExp source', () => {
    const compiled = compile([health]);
    const json = JSON.stringify(compiled);
    expect(JSON.parse(json)).toEqual(compiled);
    expect(json).not.toMatch(/\(\?[:!=<]|\\[sbw]/);
  });

  it('keeps muted entries in the tables, marked, and the matcher reports none of their words', () => {
    const compiled = compile([health], { mutedIds: ['artery'] });
    expect(compiled.entries.find((e) => e.id === 'artery')).toMatchObject({ muted: true });
    expect(compiled.entries.filter((e) => e.muted).map((e) => e.id)).toEqual(['artery']);
    expect(trieForms(compiled.trie).has('arteries')).toBe(true);
    expect(createMatcher(compiled).findInText('arteries and MS')).toHaveLength(1);
  });

  it('mutes a bare id in every pack', () => {
    const compiled = compile([health, mine], { mutedIds: ['stroke'] });
    expect(compiled.entries.filter((e) => e.muted).map((e) => `${e.packId}/${e.id}`)).toEqual(['health/stroke', 'mine/stroke']);
  });

  it('leaves disabled packs out entirely', () => {
    const compiled = compile([health, mine], { disabledPackIds: ['health'] });
    expect(compiled.entries.map((e) => e.packId)).toEqual(['mine', 'mine']);
    expect(trieForms(compiled.trie).has('bacterium')).toBe(false);
  });

  it('keeps each edge label whole in the one string of labels, a pilcrow in a term included (it is dropped)', () => {
    const compiled = compile([{ packId: 'p', entries: [entry('a', 'heart'), entry('b', 'heart rate'), entry('c', 'hearts¶ease'), entry('d', 'μg')] }]);
    expect([...trieForms(compiled.trie).keys()].sort()).toContain('heartsease');
    const matcher = createMatcher(compiled);
    const text = 'Heart rate, heartsease, hearts¶ease and 5 μg.';
    // A pilcrow in the text is no letter: the walk stops at it and "hearts" (heart's plural) is found.
    expect(matcher.findInText(text).map((m) => text.slice(m.start, m.end))).toEqual(['Heart rate', 'heartsease', 'hearts', 'μg']);
  });

  it('compiles nothing to an empty glossary', () => {
    const compiled = compile([health], { disabledPackIds: ['health'] });
    expect(compiled.entries).toEqual([]);
    expect(compiled.owners.start).toEqual([0]);
  });

  it('stores folded keys, and the exact text only for case-sensitive forms', () => {
    const compiled = compile([health]);
    expect(ownersOf(compiled, 'ms')).toEqual([{ id: 'ms', pack: 'health', exact: 'MS' }]);
    expect(ownersOf(compiled, "ms's")).toEqual([{ id: 'ms', pack: 'health', exact: "MS's" }]);
    expect(ownersOf(compiled, "crohn's disease")).toEqual([{ id: 'crohns', pack: 'health', exact: "Crohn's disease" }]);
    expect(ownersOf(compiled, 'arteries')).toEqual([{ id: 'artery', pack: 'health', exact: '' }]);
  });

  it('tries the earlier pack first when two claim the same form', () => {
    expect(ownersOf(compile([mine, health]), 'artery').map((o) => o.pack)).toEqual(['mine', 'health']);
    expect(ownersOf(compile([health, mine]), 'artery').map((o) => o.pack)).toEqual(['health', 'mine']);
  });

  it('tries an entry with a context rule before a plain one, so the plain one is the fallback', () => {
    expect(ownersOf(compile([mine, health]), 'stroke').map((o) => o.pack)).toEqual(['health', 'mine']);
  });

  it('gives a word an entry writes to that entry alone, not also as a form generated for another entry', () => {
    const compiled = compile([{ packId: 'p', entries: [entry('bacterium', 'bacterium'), entry('bacteria-group', 'bacteria')] }]);
    expect(ownersOf(compiled, 'bacteria').map((o) => o.id)).toEqual(['bacteria-group']);
    expect(expandGlossary([{ packId: 'p', entries: [entry('bacterium', 'bacterium'), entry('bacteria-group', 'bacteria')] }]).forms.filter((f) => f.key === 'bacteria')).toHaveLength(1);
  });

  it("leaves a word plain when the entry that writes it lacks its cue words, rather than giving it to another entry's generated form", () => {
    const entries = [entry('retina', 'retina', { context: ['eye', 'vision'] }), entry('tretinoin', 'tretinoin', { aliases: ['Retin-A'] })];
    const matcher = createMatcher(compile([{ packId: 'p', entries }]));
    const found = (text: string) => matcher.findInText(text).map((m) => `${text.slice(m.start, m.end)}:${entries[m.entry]!.id}`);

    expect(found('The new Retina display is sharp.')).toEqual([]);
    expect(found('The retina lines the back of the eye.')).toEqual(['retina:retina']);
    expect(found('Retin-A is a cream for acne.')).toEqual(['Retin-A:tretinoin']);
  });

  it('stores context forms folded and inflected', () => {
    const compiled = compile([health]);
    const stroke = compiled.entries.findIndex((e) => e.id === 'stroke');
    const forms = contextFormsOf(compiled.context, stroke);
    expect(forms).toEqual(expect.arrayContaining(['brain', 'brains', 'blood clot', 'blood clots']));
    const artery = compiled.entries.findIndex((e) => e.id === 'artery');
    expect(compiled.context.start[artery + 1]).toBe(compiled.context.start[artery]);
    expect(contextFormsOf(compiled.context, artery)).toEqual([]);
  });

  it('keeps the context words in a one-byte string, and reads back those beyond Latin-1 as written', () => {
    const cues = ['μg/l', 'blood–brain barrier', '50% of', '\u0001odd', 'plain'];
    const compiled = compile([{ packId: 'mine', entries: [entry('ferritin', 'ferritin', { context: cues })] }]);
    expect([...compiled.context.forms].every((unit) => unit.charCodeAt(0) <= 0xff)).toBe(true);
    expect(contextFormsOf(compiled.context, 0)).toEqual(expect.arrayContaining(cues));
    const matcher = createMatcher(compiled);
    expect(matcher.findInText('Ferritin was 12 μg/L last week.')).toHaveLength(1);
    expect(matcher.findInText('Ferritin crosses the blood–brain barrier poorly.')).toHaveLength(1);
    expect(matcher.findInText('Ferritin is a song title.')).toHaveLength(0);
  });

  it('builds a trie holding exactly the expanded forms, possessives as a flag on their base', () => {
    const compiled = compile([health, mine]);
    const keys = new Set(expandGlossary([health, mine]).forms.map((f) => f.key));
    const held = trieForms(compiled.trie);
    const withPossessives = new Set(held.keys());
    for (const [key, form] of held) if (compiled.possessive[form] === '1') withPossessives.add(`${key}'s`);
    expect(withPossessives).toEqual(keys);
    // Form ids are dense and each owns at least one entry.
    expect([...held.values()].sort((a, b) => a - b)).toEqual([...Array(held.size).keys()]);
    expect(compiled.possessive).toHaveLength(held.size);
    for (let f = 0; f < held.size; f++) expect(compiled.owners.start[f + 1]!).toBeGreaterThan(compiled.owners.start[f]!);
  });

  it('folds a possessive into its base form only when both have the same owners', () => {
    const compiled = compile([health]);
    const held = trieForms(compiled.trie);
    expect(held.has("artery's")).toBe(false);
    expect(compiled.possessive[held.get('artery')!]).toBe('1');
    // Exact-case possessives keep a form of their own: their exact text differs from the base's.
    expect(held.has("ms's")).toBe(true);
  });

  it('indexes the first word of every form, in a big glossary too, and little else', () => {
    for (const compiled of [compile([health, mine]), compile([{ packId: 'big', entries: generateEntries(3000) }])]) {
      const table = new FirstWordTable(compiled.firstWords);
      const hasher = new WordHasher();
      const forms = [...trieForms(compiled.trie).keys()];
      const firstWord = (form: string) => {
        hasher.hash(form, 0);
        return form.slice(0, hasher.end);
      };
      expect(forms.filter((form) => table.kind(hasher.hash(form, 0)) === NOT_FIRST)).toEqual([]);
      // One hash per distinct first word, and nothing else.
      const firstWords = new Set(forms.map(firstWord).filter((word) => word !== ''));
      expect(compiled.firstWords.hashes.length + compiled.firstWords.capitalHashes.length).toBe(firstWords.size);
    }
    const table = new FirstWordTable(compile([health]).firstWords);
    const hasher = new WordHasher();
    for (const word of ['artery', 'arteries', 'bacterium']) expect(table.kind(hasher.hash(word, 0)), word).toBe(ANY_CASE);
    for (const word of ['art', 'arteryx', 'disease', 'under', 'brain']) expect(table.kind(hasher.hash(word, 0)), word).toBe(NOT_FIRST);
  });

  it('marks the first words that only forms written with a capital have, so "or" and "a" start no walk', () => {
    const compiled = compile([
      { packId: 'abbr', entries: [entry('or', 'OR'), entry('a-fib', 'A-fib', { caseSensitive: true }), entry('crohns', "Crohn's disease", { caseSensitive: true }), entry('mg', 'mg', { caseSensitive: true }), entry('ms', 'MS'), entry('multiple-sclerosis', 'multiple sclerosis')] },
    ]);
    const table = new FirstWordTable(compiled.firstWords);
    const hasher = new WordHasher();
    const kind = (word: string) => table.kind(hasher.hash(word, 0));
    expect(['or', 'a', 'crohn', 'ms'].map(kind)).toEqual([WITH_CAPITAL, WITH_CAPITAL, WITH_CAPITAL, WITH_CAPITAL]);
    // An exact form without a capital ("mg"), or a first word shared with a form in any case, is looked for in any case.
    expect(['mg', 'multiple'].map(kind)).toEqual([ANY_CASE, ANY_CASE]);
    hasher.hash('Or', 0);
    expect(hasher.capital).toBe(true);
    hasher.hash('or2', 0);
    expect(hasher.capital).toBe(false);
    const matcher = createMatcher(compiled);
    const found = (text: string) => matcher.findInText(text).map((m) => text.slice(m.start, m.end));
    expect(found('Rest or ice, a drink, and then to the OR with A-fib and MS; Crohn’s disease, not crohn’s disease; 5 mg.')).toEqual(['OR', 'A-fib', 'MS', 'Crohn’s disease', 'mg']);
  });

  it('marks the first words that only begin forms of two words or more, with the second words those forms have', () => {
    const compiled = compile([
      {
        packId: 'pairs',
        entries: [entry('high-blood-pressure', 'high blood pressure'), entry('high-fever', 'high fever'), entry('x-ray', 'X-ray'), entry('back', 'back'), entry('back-pain', 'back pain'), entry('cdk', 'CDK4/6 inhibitor')],
      },
    ]);
    const table = new FirstWordTable(compiled.firstWords);
    const hasher = new WordHasher();
    const hash = (word: string) => hasher.hash(word, 0);
    const needsNext = (word: string) => (table.startInfo(hash(word)) & NEXT_WORD_NEEDED) !== 0;
    expect(['high', 'x', 'cdk4'].map(needsNext)).toEqual([true, true, true]);
    // "back" is a form by itself, so it starts a walk whatever follows.
    expect(needsNext('back')).toBe(false);
    expect(table.kind(hash('high'))).toBe(ANY_CASE);
    const pair = (first: string, second: string) => table.hasPair(hash(first), hash(second));
    expect([pair('high', 'blood'), pair('high', 'fever'), pair('x', 'ray'), pair('cdk4', '6'), pair('back', 'pain')]).toEqual([true, true, true, true, true]);
    expect([pair('high', 'school'), pair('high', 'pressure'), pair('x', 'men')]).toEqual([false, false, false]);
    const matcher = createMatcher(compiled);
    const found = (text: string) => matcher.findInText(text).map((m) => text.slice(m.start, m.end));
    expect(found('High school, high\nblood pressure, a high-fever night, two X-rays, back pain, CDK4/6 inhibitors, my back.')).toEqual(['high\nblood pressure', 'high-fever', 'X-rays', 'back pain', 'CDK4/6 inhibitors', 'back']);
  });

  it('notes the characters that begin a form without a word', () => {
    const compiled = compile([{ packId: 'units', entries: [entry('percent', '% daily value'), entry('mg', 'mg')] }]);
    expect(compiled.firstWords.nonWordStarts).toEqual(['%'.charCodeAt(0)]);
  });

});
