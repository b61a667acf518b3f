import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { measureCoverage, rarestFirst, topCoverage } from '../../glossary/coverage';
import { isCommonWord, proposeLevel, type RankOf } from '../../glossary/frequency';
import { createMatcher } from '../../glossary/matcher';
import { htmlToText } from '../../scripts/lib/read-documents';
import { entry } from './helpers/entries';

/** A tiny stand-in for the general-English list: these words are frequent, everything else is rare. */
const FREQUENT = ['the', 'a', 'is', 'in', 'of', 'and', 'with', 'blood', 'care', 'common', 'research', 'term', 'long', 'follow', 'up', 'fall'];
const rankOf: RankOf = (word) => {
  const index = FREQUENT.indexOf(word);
  return index < 0 ? undefined : index;
};

const matcher = createMatcher(
  compile([{ packId: 'p', entries: [entry('recessive', 'autosomal recessive'), entry('ataxia', 'ataxia'), entry('rectum', 'rectum', { forms: ['rectal'] })] }]),
);

describe('the frequency helpers', () => {
  it.each([
    ['blood', true],
    ['commonly', true], // "common" + ly
    ['researchers', true], // "research" + ers
    ['long-term', true], // every part is frequent
    ['follow-up', true],
    ['ataxia', false],
    ['long-ataxia', false],
  ])('%s is common: %s', (word, common) => {
    expect(isCommonWord(word, rankOf)).toBe(common);
  });

  it.each([
    ['blood', 'everyday'],
    ['blood ataxia', 'technical'],
  ])('proposes a level for %s from its rarest word', (term, level) => {
    expect(proposeLevel(term, rankOf)).toBe(level);
  });
});

describe('measureCoverage', () => {
  const docs = [
    { name: 'one', text: 'Ataxia is common in autosomal recessive conditions, with rectal bleeding and hypoplasia.' },
    { name: 'two', text: 'Hypoplasia of the rectum. Ataxia, ataxia. Smith syndrome is named after Dr Smith. TP53 and BRCA1 are genes.' },
    { name: 'three', text: 'Hypoplasia.' },
  ];
  const report = measureCoverage(docs, matcher, rankOf);
  const row = (word: string) => report.rows.find((r) => r.word === word);

  it('counts documents and uses per rare word, most widely used first', () => {
    expect(report.rows[0]).toMatchObject({ word: 'hypoplasia', documents: 3, occurrences: 3, explained: false });
    expect(row('ataxia')).toMatchObject({ documents: 2, occurrences: 3, explainedOccurrences: 3, explained: true });
  });

  it('counts a word as explained by any form, inside a multi-word term too', () => {
    expect(row('rectal')?.explained).toBe(true);
    expect(row('rectum')?.explained).toBe(true);
    expect(row('autosomal')?.explained).toBe(true);
    expect(row('recessive')?.explained).toBe(true);
  });

  it('ignores common words, names that are never written in lower case, and gene symbols', () => {
    expect(row('common')).toBeUndefined();
    expect(row('smith')).toBeUndefined();
    expect(row('brca')).toBeUndefined();
    expect(report.rows.some((r) => /\d/.test(r.word))).toBe(false);
  });

  it('reports the share of the top rare words explained', () => {
    expect(topCoverage(report, 2)).toEqual({ explained: 1, total: 2 });
    expect(report.explainedOccurrences).toBeLessThan(report.rareOccurrences);
  });
});

describe('rarestFirst', () => {
  // Ranks past the frequent list: "tremor" is in general English (rare), "ataxia" and "hypoplasia" are not.
  const ranks: RankOf = (word) => (word === 'tremor' ? 50_000 : rankOf(word));
  const docs = ['Ataxia and tremor.', 'Ataxia, tremor and hypoplasia.', 'Hypoplasia and tremor, ataxia.'].map((text, i) => ({ name: String(i), text }));
  const report = measureCoverage(docs, matcher, ranks);

  it('puts the words the list lacks first, most widely used first among them, and keeps only those used widely enough', () => {
    expect(rarestFirst(report, 1, ranks).rows.map((r) => r.word)).toEqual(['ataxia', 'hypoplasia', 'tremor']);
    expect(rarestFirst(report, 3, ranks).rows.map((r) => r.word)).toEqual(['ataxia', 'tremor']);
    expect(topCoverage(rarestFirst(report, 1, ranks), 2)).toEqual({ explained: 1, total: 2 });
  });
});

describe('htmlToText', () => {
  it('keeps visible text and drops scripts, styles and tags', () => {
    expect(htmlToText('<p>Ataxia&nbsp;&amp; <b>rectal</b></p><script>var hypoplasia</script><style>.x{}</style>&#65;')).toMatch(/^\s*Ataxia & {2}rectal\s+A$/);
  });
});
