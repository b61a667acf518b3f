import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, contextFormsOf, fromOneByteItem } from '../../glossary/compile';
import { contextAppears, contextAppearsAt, contextRule, contextRuleOfItems } from '../../glossary/context';
import { foldTerm, foldText, isFoldFree } from '../../glossary/normalize';
import type { GlossaryEntry } from '../../glossary/schema';
import { TextWords } from '../../glossary/text-words';

// Cue words with and without joiners, multi-word cues, and words around them that are not cues.
// A phrase whose first word is glued ("x-ray film") is never ruled out by the first word's hash.
const CUES = ['muscle', "muscle's", 'x-ray', 'blood pressure', 'sore throat', 'cold', 'virus', 'a', 's/p', 'complications: none', 'x-ray film'];
const WORDS = ['muscle', 'muscles', 'x', 'ray', 'blood', 'pressure', 'sore', 'throat', 'cold', 'virus', 'the', 'it', 'twitch', 'MUSCLE', 'Virus', '12', 'a', 'musclé', 's', 'p', 'complications', 'none', 'film'];
const GAPS = [' ', ' ', ' ', '  ', '-', "'", '\u2019', '. ', '? ', '.\n\n', '\n\n', ', ', '; ', ' (', ') ', '"', '\u00a0', '…', ' 6-', '/', ': '];

const textArb = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 60 }).map((parts) => parts.map(([word, gap]) => word + gap).join(''));

describe('contextAppearsAt', () => {
  it('gives the answer contextAppears gives, for every whole word of a text as the match', () => {
    fc.assert(
      fc.property(textArb, fc.subarray(CUES, { minLength: 1 }), (raw, cues) => {
        // Texts reach the context rule folded, or fold-free, as the matcher passes them.
        const text = isFoldFree(raw) ? raw : foldText(raw).text;
        const rule = contextRule(cues.map(foldTerm));
        const list = new TextWords();
        list.read(text);
        for (let first = 0; first < list.count; first++) {
          if (first > 0 && list.wholeWordStart(first) !== first) continue;
          const last = list.wholeWordEnd(first);
          const start = list.start[first]!;
          const end = list.end[last]!;
          expect(contextAppearsAt(text, list, first, last, rule), `${JSON.stringify(text)} at ${start}`).toBe(contextAppears(text, start, end, rule));
        }
      }),
      { numRuns: 1_500 },
    );
  });

  it('finds a cue whose hyphen stands beside a number, which parts the words on a page ("omega-3", "covid-19")', () => {
    const rule = contextRule(['omega-3', 'covid-19', 'l4-l5'].map(foldTerm));
    const near = (text: string, word: string) => {
      const list = new TextWords();
      list.read(text);
      const at = Array.from({ length: list.count }, (_, w) => w).find((w) => text.slice(list.start[w], list.end[w]) === word)!;
      return [contextAppearsAt(text, list, at, at, rule), contextAppears(text, list.start[at]!, list.end[at]!, rule)];
    };
    expect(near('Fish oil is rich in omega-3 fats; supplementation helps some people.', 'supplementation')).toEqual([true, true]);
    expect(near('After COVID‑19 the booster was offered.', 'booster')).toEqual([true, true]);
    expect(near('The disc at L4-L5 showed a facet change.', 'facet')).toEqual([true, true]);
    expect(near('Omega 3 and a booster.', 'booster')).toEqual([false, false]);
  });

  it('finds a cue of several words that runs through the match itself ("DNR form", "taken to theatre"), in both readers', () => {
    const rule = contextRule(['dnr form', 'taken to theatre', 'peak flow meter'].map(foldTerm));
    const near = (text: string, from: string, to = from) => {
      const list = new TextWords();
      list.read(text);
      const words = Array.from({ length: list.count }, (_, w) => w);
      const first = words.find((w) => text.slice(list.start[w], list.end[w]) === from)!;
      const last = words.find((w) => w >= first && text.slice(list.start[w], list.end[w]) === to)!;
      return [contextAppearsAt(text, list, first, last, rule), contextAppears(text, list.start[first]!, list.end[last]!, rule)];
    };
    expect(near('The DNR form is on the fridge.', 'DNR')).toEqual([true, true]);
    expect(near('She was taken to theatre at 8 am.', 'theatre')).toEqual([true, true]);
    expect(near('Keep your peak flow meter by the bed.', 'peak', 'flow')).toEqual([true, true]);
    // The words must stand as the form has them: not across a sentence's end, not in another order.
    expect(near('She was taken to. Theatre starts at 8.', 'Theatre')).toEqual([false, false]);
    expect(near('The form for the DNR is on the fridge.', 'DNR')).toEqual([false, false]);
  });

  it('reads the same sentence whatever its length, and ten words beyond it', () => {
    const rule = contextRule(['muscle']);
    const check = (text: string, word: string) => {
      const list = new TextWords();
      list.read(text);
      const first = Array.from({ length: list.count }, (_, w) => w).find((w) => text.slice(list.start[w], list.end[w]) === word)!;
      return contextAppearsAt(text, list, first, first, rule);
    };
    const far = Array.from({ length: 30 }, () => 'word').join(' ');
    expect(check(`A muscle ${far} twitch here.`, 'twitch')).toBe(true);
    expect(check(`A muscle. ${far} twitch here.`, 'twitch')).toBe(false);
    expect(check('A muscle. Then a twitch.', 'twitch')).toBe(true);
    expect(check("The muscle's twitch.", 'twitch')).toBe(false);
  });

  it('finds a cue of several words whatever its first word: ASCII or not, short or very long', () => {
    const long = 'pneumonoultramicroscopicsilicovolcanoconiosis';
    const rule = contextRule(['blood pressure', 'blood sugar level', '\u03bc opioid', `${long} risk`].map(foldTerm));
    // Both readers of the words around "twitch", on the text as the matcher passes it.
    const near = (raw: string) => {
      const text = isFoldFree(raw) ? raw : foldText(raw).text;
      const list = new TextWords();
      list.read(text);
      const at = Array.from({ length: list.count }, (_, w) => w).find((w) => text.slice(list.start[w], list.end[w]) === 'twitch')!;
      const answers = [contextAppearsAt(text, list, at, at, rule), contextAppears(text, list.start[at]!, list.end[at]!, rule)];
      expect(answers[0], raw).toBe(answers[1]);
      return answers[0];
    };
    expect(near('High blood pressure and a twitch.')).toBe(true);
    expect(near('The blood sugar level, then a twitch.')).toBe(true);
    expect(near('Blood, sugar level and a twitch; bloods pressure too.')).toBe(false);
    expect(near('A \u03bc opioid twitch.')).toBe(true);
    expect(near('A \u03bc, opioid twitch.')).toBe(false);
    expect(near(`The ${long.toUpperCase()} risk: a twitch.`)).toBe(true);
    expect(near(`The ${long} twitch, a risk.`)).toBe(false);
  });
});

describe('context rules read from the compiled tables', () => {
  // The tables keep an entry's context words as one joined string, a form beyond Latin-1 escaped
  // (compile.ts); the matcher reads plain words and phrases in place there, and the others as forms.
  const FORMS = ['muscle', "muscle's", 'x-ray', 'blood pressure', 'sore throat', 's/p', '\u03bcg/l', 'na\u00efve', '\u03bc opioid', 'omega-3', 'follow-up visit'];

  const twitchWith = (context: string[]): GlossaryEntry => ({
    ...{ id: 'twitch', term: 'twitch', aliases: [], forms: [], related: [], context },
    ...{ short: 'A small movement.', explanation: 'A small movement of a muscle.', category: 'muscles-bones', source: 'Test', reviewed: '2026-12-07' },
  });

  it('answers as the rule of the same forms given as a list, for every word of a text', () => {
    const compiled = compile([{ packId: 't', entries: [twitchWith(FORMS)] }]);
    const fromTables = contextRuleOfItems(compiled.context.forms, compiled.context.start[0]!, compiled.context.start[1]!, fromOneByteItem);
    const fromList = contextRule(contextFormsOf(compiled.context, 0));
    const words = ['muscle', "muscle\u2019s", 'x-ray', 'blood', 'pressure', 'sore', 'throat', 's/p', '\u03bcg/l', 'na\u00efve', 'naive', '\u03bc', 'opioid', 'omega-3', 'follow-up', 'visit', 'twitch', 'the', 'muscles'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '. ', ', ', '  ')), { minLength: 1, maxLength: 30 }), (parts) => {
        const raw = parts.map(([word, gap]) => word + gap).join('');
        const text = isFoldFree(raw) ? raw : foldText(raw).text;
        const list = new TextWords();
        list.read(text);
        for (let first = 0; first < list.count; first++) {
          if (first > 0 && list.wholeWordStart(first) !== first) continue;
          const last = list.wholeWordEnd(first);
          const [start, end] = [list.start[first]!, list.end[last]!];
          const expected = contextAppears(text, start, end, fromList);
          expect(contextAppearsAt(text, list, first, last, fromTables), raw).toBe(expected);
          expect(contextAppears(text, start, end, fromTables), raw).toBe(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds each kind of form near a match: a plain word, a glued word, an accented one, a phrase, a form with marks', () => {
    const rule = contextRule(FORMS.map(foldTerm));
    const near = (raw: string) => {
      const text = isFoldFree(raw) ? raw : foldText(raw).text;
      const at = text.indexOf('twitch');
      return contextAppears(text, at, at + 'twitch'.length, rule);
    };
    expect(near('A MUSCLE twitch.')).toBe(true);
    expect(near('The muscle\u2019s twitch.')).toBe(true);
    expect(near('A na\u00efve twitch.')).toBe(true);
    expect(near('High Blood  Pressure and a twitch.')).toBe(true);
    expect(near('Seen s/p twitch.')).toBe(true);
    expect(near('Level 5 \u03bcg/L; a twitch.')).toBe(true);
    expect(near('A follow-up visit for the twitch.')).toBe(true);
    expect(near('Muscles, a blood test, a sore, a twitch.')).toBe(false);
    expect(near('Blood and pressure; a twitch.')).toBe(false);
  });
});
