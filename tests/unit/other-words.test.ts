import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, expandGlossary } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { otherWordFilter } from '../../glossary/other-words';
import { loadValidPack } from '../../glossary/packs/prebuild';
import { bundledFormFilter } from '../../scripts/lib/form-filter';
import { subtlexRankOf } from '../../scripts/lib/subtlex';
import { wordnetLemmas } from '../../scripts/lib/wordnet';
import { compileEffective } from '../../utils/background/effective-glossary';
import { entry } from './helpers/entries';

const filter = bundledFormFilter();

// Reads SUBTLEX, WordNet and the whole pack: a few seconds, more on a busy machine.
describe('generated forms that are other English words', { timeout: 90_000 }, () => {
  it.each([
    ['scared', 'scar'],
    ['scaring', 'scar'],
    ['bit', 'bite'],
    ['fell', 'fall'],
  ])('drops "%s" generated for "%s"', (form, head) => {
    expect(filter(form, head)).toBe(true);
  });

  it.each([
    ['scarred', 'scar'],
    ['scars', 'scar'],
    ['twitching', 'twitch'],
    ['twitched', 'twitch'],
    ['biting', 'bite'],
    ['bleeding', 'bleed'],
    ['arteries', 'artery'],
    ['teeth', 'tooth'],
    ['eyes', 'eye'],
    ['vomiting', 'vomit'],
  ])('keeps "%s" for "%s"', (form, head) => {
    expect(filter(form, head)).toBe(false);
  });

  it('never drops a form an entry lists on purpose, and never the term itself', () => {
    const compiled = compile(
      [{ packId: 'p', entries: [entry('scar', 'scar', { category: 'symptoms' }), entry('fall', 'fall', { category: 'symptoms', forms: ['fell'] })] }],
      { dropDerivedForm: filter },
    );
    const ids = (text: string) => createMatcher(compiled).findInText(text).map((match) => text.slice(match.start, match.end));
    expect(ids('I was scared, the scar scarred and he fell.')).toEqual(['scar', 'scarred', 'fell']);
  });

  it('keeps them dropped when the background recompiles at run time (muted terms, own glossaries)', () => {
    const sources = [{ packId: 'p', version: '1', entries: [entry('scar', 'scar', { category: 'symptoms' }), entry('other', 'other')] }];
    const compiled = compileEffective(sources, { mutedIds: ['other'], disabledPacks: [] }, new Set(['scared\u0000scar', 'scaring\u0000scar']));
    const found = createMatcher(compiled).findInText('I was scared; scaring birds; a scar that scarred.');
    expect(found.map((match) => compiled.entries[match.entry]!.id)).toEqual(['scar', 'scar']);
  });

  it('drops every such form from the bundled pack, and prints them', () => {
    const { packId, entries } = loadValidPack(resolve(import.meta.dirname, '../../glossary/packs/health'));
    const all = expandGlossary([{ packId, entries }]);
    const kept = new Set(expandGlossary([{ packId, entries }], { dropDerivedForm: filter }).forms.map((form) => `${form.key}\u0000${form.entry}`));
    const dropped = all.forms.filter((form) => !kept.has(`${form.key}\u0000${form.entry}`)).map((form) => `${form.key} ← ${all.entries[form.entry]!.term}`);
    console.log(`Generated forms dropped as other English words (${dropped.length}):\n  ${dropped.join('\n  ')}`);
    // What the filter decides must hold for everything the build keeps: re-run it on the kept forms.
    const lemmas = wordnetLemmas();
    const check = otherWordFilter({ rankOf: subtlexRankOf, isLemma: (word) => lemmas.has(word) });
    const slipped = expandGlossary([{ packId, entries }], { dropDerivedForm: filter }).forms.filter((form) => {
      const written = entries.find((e) => e.id === all.entries[form.entry]!.id)!;
      const heads = [written.term, ...written.aliases].map((t) => t.toLowerCase());
      return form.rank % 2 === 1 && heads.some((head) => check(form.key, head));
    });
    expect(slipped.map((form) => form.key)).toEqual([]);
  });
});
