import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, expandGlossary, type CompileInput } from '../../glossary/compile';
import { createMatcher, type SegmentMatch, type TextMatch } from '../../glossary/matcher';
import type { GlossaryEntry } from '../../glossary/schema';
import { entry } from './helpers/entries';
import { referenceMatches } from './helpers/reference-matcher';

// Words that share prefixes and combine into overlapping terms, so texts exercise longest-match
// choices, inflections, spellings and word boundaries.
const WORDS = ['muscle', 'spasm', 'blood', 'pressure', 'high', 'artery', 'stroke', 'heart', 'beat', 'cold', 'virus', 'twitch', 'ache', 'nerve', 'tooth', 'cell', 'sore', 'throat', 'ray', 'x', 'anemia', 'tumor', 'heat', 'vertebra'];
const ABBREVIATIONS = ['MS', 'ALS', 'COPD', 'MRI'];
const NOISE = ['the', 'and', 'Portland', 'a', 'of', 'xyz', 'it', 'ms', 'als', 'Ms', 'hearts', 'bloody', 'strokes', '12', 'arteriesX', 'sores'];
// Spaces dominate so sentences often run past the 10-word context window.
const SEPARATORS = [...Array<string>(16).fill(' '), '  ', '\n', '\u00a0', '\t', ', ', '. ', '! ', '? ', '.\n\n', '', '-', "'", '’', ' (', ') ', '💪', '検', '_', '\u00ad', '…', ' – '];

const wordsArb = (max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: max });

const entryArb = fc.record({
  words: wordsArb(3),
  joiner: fc.constantFrom(' ', ' ', '-'),
  abbreviation: fc.option(fc.constantFrom(...ABBREVIATIONS), { freq: 4 }),
  caseSensitive: fc.boolean(),
  capitalized: fc.boolean(),
  aliases: fc.array(wordsArb(2), { maxLength: 1 }),
  forms: fc.array(fc.constantFrom(...WORDS), { maxLength: 1 }),
  context: fc.option(wordsArb(2), { freq: 3 }),
  // Frees the first alias from the context words (contextFree), where there is one.
  freeAlias: fc.boolean(),
  symptom: fc.boolean(),
  // Only technical terms let an abbreviation beside them do without its context words.
  level: fc.constantFrom(undefined, 'technical', 'technical', 'general', 'everyday'),
});

const glossaryArb = fc.array(entryArb, { minLength: 1, maxLength: 8 }).map((list): CompileInput[] => {
  const entries: GlossaryEntry[] = list.map((e, i) => {
    const term = e.abbreviation ?? (e.capitalized ? capitalize(e.words.join(e.joiner)) : e.words.join(e.joiner));
    return entry(`e${i}`, term, {
      aliases: e.aliases.map((a) => a.join(' ')),
      forms: e.forms,
      caseSensitive: e.caseSensitive && e.capitalized ? true : undefined,
      context: e.context ?? undefined,
      contextFree: e.freeAlias ? e.aliases.slice(0, 1).map((a) => a.join(' ')) : undefined,
      category: e.symptom ? 'symptoms' : 'other',
      ...(e.level ? { level: e.level } : {}),
    });
  });
  return [{ packId: 'p', entries }];
});

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The ways a form can be written in a page. */
const DRESSINGS: ((s: string) => string)[] = [
  (s) => s,
  (s) => s,
  (s) => s.toUpperCase(),
  capitalize,
  (s) => s.replace(/e/g, 'é').replace(/o/g, 'ö'),
  (s) => s.replace(/e/g, 'e\u0301'),
  (s) => s.replace(/'/g, '’'),
  (s) => s.replace(/ /g, '\n'),
  (s) => s.replace(/-/g, '‑'),
  (s) => s.replace(/-/g, '–'),
];

/** A glossary and a text made of its forms (dressed up), noise words and separators. */
const caseArb = glossaryArb.chain((inputs) => {
  const expanded = expandGlossary(inputs);
  const surfaces = [...new Set(expanded.forms.map((f) => (f.exact !== '' ? f.exact : f.key)))];
  const token = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...surfaces), fc.constantFrom(...DRESSINGS)).map(([s, dress]) => dress(s)) },
    { weight: 2, arbitrary: fc.constantFrom(...NOISE, ...WORDS) },
  );
  const text = fc.array(fc.tuple(token, fc.constantFrom(...SEPARATORS)), { maxLength: 50, size: 'max' }).map((parts) => parts.map(([t, s]) => t + s).join(''));
  return fc.record({ inputs: fc.constant(inputs), text });
});

function assertWellFormed(matches: readonly TextMatch[], text: string): void {
  let previousEnd = 0;
  for (const m of matches) {
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    previousEnd = m.end;
  }
}

// 400 generated glossaries compiled one by one: a few seconds, more on a busy machine.
describe('matcher against a brute-force reference', { timeout: 30_000 }, () => {
  it('finds exactly what the reference finds, in bounds and without overlaps', () => {
    fc.assert(
      fc.property(caseArb, ({ inputs, text }) => {
        const matcher = createMatcher(compile(inputs));
        const matches = matcher.findInText(text);
        assertWellFormed(matches, text);
        expect(matches).toEqual(referenceMatches(expandGlossary(inputs), text));
        // On a page known to be about health, terms that lack only their context words count too.
        const onHealthPage = matcher.findInText(text, { healthTopic: true });
        assertWellFormed(onHealthPage, text);
        expect(onHealthPage).toEqual(referenceMatches(expandGlossary(inputs), text, true));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same terms in any split of the text into segments', () => {
    const splitArb = caseArb.chain(({ inputs, text }) =>
      fc.record({
        inputs: fc.constant(inputs),
        text: fc.constant(text),
        cuts: fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 6 }).map((c) => [...c].sort((a, b) => a - b)),
      }),
    );
    fc.assert(
      fc.property(splitArb, ({ inputs, text, cuts }) => {
        // Cuts may repeat or fall inside surrogate pairs; segments are plain strings either way.
        const bounds = [0, ...cuts, text.length];
        const segments = bounds.slice(1).map((end, i) => text.slice(bounds[i], end));
        const starts = bounds.slice(0, -1);
        const matcher = createMatcher(compile(inputs));
        const whole = matcher.findInText(text);
        const split = matcher.findInSegments(segments);
        const inText = (m: SegmentMatch): TextMatch => ({
          entry: m.entry,
          start: starts[m.start.segment]! + m.start.offset,
          end: starts[m.end.segment]! + m.end.offset,
          ...(m.contextFree ? { contextFree: true as const } : {}),
        });
        expect(split.map(inText)).toEqual(whole);
        for (const m of split) {
          expect(m.start.offset).toBeLessThan(segments[m.start.segment]!.length);
          expect(m.end.offset).toBeGreaterThan(0);
          expect(m.end.offset).toBeLessThanOrEqual(segments[m.end.segment]!.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('applies the context rule like the reference, near and far, in and out of sentences', () => {
    const inputs: CompileInput[] = [{ packId: 'p', entries: [entry('cold', 'cold', { context: ['virus', 'sore throat'] }), entry('flu', 'flu')] }];
    const matcher = createMatcher(compile(inputs));
    const expanded = expandGlossary(inputs);
    // Context words are rare, so many texts hinge on exactly where the nearest one falls.
    const word = fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom('the', 'a', 'day', 'of', 'it', 'was', 'flu', 'sore', 'throat') },
      { weight: 4, arbitrary: fc.constantFrom('cold', 'colds', 'Cold') },
      { weight: 1, arbitrary: fc.constantFrom('virus', 'viruses', 'sore throat', 'sore\nthroat') },
    );
    const gap = fc.constantFrom(...Array<string>(30).fill(' '), '. ', '.\n\n', ', ', '! ', '.” ', '...');
    const text = fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 80, size: 'max' }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(matcher.findInText(t)).toEqual(referenceMatches(expanded, t));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer from JSON as from the compiled object', () => {
    fc.assert(
      fc.property(caseArb, ({ inputs, text }) => {
        const compiled = compile(inputs);
        expect(createMatcher(JSON.parse(JSON.stringify(compiled))).findInText(text)).toEqual(createMatcher(compiled).findInText(text));
      }),
      { numRuns: 50 },
    );
  });
});
