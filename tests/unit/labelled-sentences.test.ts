import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { foldTerm } from '../../glossary/normalize';
import { loadValidPack } from '../../glossary/packs/prebuild';
import { chooseSense } from '../../glossary/senses';
import { bundledCompileOptions } from '../../scripts/lib/compile-options';
import abbreviationSentences from './data/abbreviation-sentences.json';
import senseSentences from './data/sense-sentences.json';

/**
 * Labelled sentences for abbreviations and everyday words with a medical sense, run through the
 * real bundled pack as the build compiles it. Each names a word, the entry that should explain it
 * (by one of its names), or null where it must stay plain, and for several meanings the sense.
 */
interface Labelled {
  text: string;
  word: string;
  expect: string | null;
  sense?: string;
}

const { packId, entries } = loadValidPack(resolve(import.meta.dirname, '../../glossary/packs/health'));
const compiled = compile([{ packId, entries }], bundledCompileOptions());
const matcher = createMatcher(compiled);
const byId = new Map(entries.map((entry) => [entry.id, entry]));

type Verdict = 'right' | 'unsure' | 'wrong';

function judge(item: Labelled): { verdict: Verdict; found: string } {
  const at = item.text.indexOf(item.word);
  const start = at >= 0 ? at : item.text.toLowerCase().indexOf(item.word.toLowerCase());
  // A sentence labelled with a meaning stands on a health page; one labelled plain, on an ordinary page.
  const match = matcher.findInText(item.text, { healthTopic: item.expect !== null }).find((m) => m.start <= start && m.end > start);
  if (!match) return { verdict: item.expect === null ? 'right' : 'wrong', found: 'no highlight' };
  const entry = byId.get(compiled.entries[match.entry]!.id)!;
  if (item.expect === null) return { verdict: 'wrong', found: entry.id };
  // The expected name, or a longer name that holds it ("DNR order" for DNR, "ER-positive" for ER).
  const names = [entry.term, ...entry.aliases, ...entry.forms].map(foldTerm);
  const wanted = foldTerm(item.expect);
  const holds = (name: string) => name === wanted || new RegExp(`(^|[\\s-])${wanted.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}($|[\\s-])`).test(name);
  if (!names.some(holds)) return { verdict: 'wrong', found: entry.id };
  // A more specific entry ("ER-positive" for ER) has its own meaning: no sense to choose.
  if (!item.sense || !names.includes(wanted)) return { verdict: 'right', found: entry.id };
  const chosen = chooseSense(entry.senses ?? [], item.text, match.start, match.end);
  if (chosen === null) return { verdict: 'unsure', found: `${entry.id} (lists its meanings)` };
  const label = entry.senses![chosen]!.label;
  return { verdict: label === item.sense ? 'right' : 'wrong', found: `${entry.id}: ${label}` };
}

function report(name: string, items: readonly Labelled[]) {
  const results = items.map((item) => ({ item, ...judge(item) }));
  const count = (verdict: Verdict) => results.filter((result) => result.verdict === verdict).length;
  console.log(`${name}: ${count('right')} of ${items.length} right, ${count('unsure')} listed their meanings, ${count('wrong')} wrong`);
  for (const result of results.filter((r) => r.verdict !== 'right')) console.log(`  ${result.verdict}: "${result.item.text}" → ${result.found}`);
  return { results, right: count('right') / items.length };
}

describe('abbreviations in labelled sentences', () => {
  const items = abbreviationSentences as Labelled[];
  const ambiguous = items.filter((item) => item.sense !== undefined || item.expect === null);
  const { results, right } = report('abbreviations', items);

  it('has at least 60 sentences, about half of them ambiguous', () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(ambiguous.length).toBeGreaterThanOrEqual(items.length / 2 - 1);
  });

  it('gets at least 90% right', () => {
    expect(right).toBeGreaterThanOrEqual(0.9);
  });

  it('never gives a confident wrong answer on the ambiguous half (listing the meanings is allowed)', () => {
    const wrong = results.filter((r) => ambiguous.includes(r.item) && r.verdict === 'wrong').map((r) => `${r.item.text} → ${r.found}`);
    expect(wrong).toEqual([]);
  });
});

describe('everyday words with a medical sense in labelled sentences', () => {
  const items = senseSentences as Labelled[];
  const { results, right } = report('medical senses', items);

  it('has at least 40 sentences and gets at least 90% right', () => {
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(right).toBeGreaterThanOrEqual(0.9);
  });

  it('never highlights these words in their ordinary sense', () => {
    const wrong = results.filter((r) => r.item.expect === null && r.verdict !== 'right').map((r) => `${r.item.text} → ${r.found}`);
    expect(wrong).toEqual([]);
  });
});
