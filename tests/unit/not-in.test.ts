/**
 * `notIn`: phrases in which an entry's words mean something else ("cabin fever", "genetic
 * algorithm"). A match inside one is no match; the same word anywhere else still is.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { readGlossaryFile } from '../../glossary/import';
import { createMatcher } from '../../glossary/matcher';
import { LIMITS } from '../../glossary/limits';
import { idleNotInPhrases } from '../../glossary/not-in-check';
import type { GlossaryEntry } from '../../glossary/schema';
import { underlinedIds } from './helpers/bundled-underline';

const entry = (id: string, term: string, more: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  term,
  aliases: [],
  forms: [],
  short: 'S.',
  explanation: 'L.',
  category: 'symptoms',
  related: [],
  source: 'NHS',
  reviewed: '2026-12-03',
  ...more,
});

const FEVER = entry('fever', 'fever', { forms: ['feverish'], notIn: ['cabin fever', 'fever pitch', "Bieber's fever"] });
const GENETICS = entry('genetics', 'genetics', { forms: ['genetic'], notIn: ['genetic algorithm', 'genetic algorithms'] });

function found(entries: GlossaryEntry[], text: string): string[] {
  const matcher = createMatcher(compile([{ packId: 'p', entries }]));
  return matcher.findInText(text).map((match) => text.slice(match.start, match.end));
}

describe('a match inside a notIn phrase is no match', () => {
  it('leaves the phrase plain and finds the word elsewhere', () => {
    expect(found([FEVER], 'After a week of cabin fever she had a fever.')).toEqual(['fever']);
    expect(found([FEVER], 'Excitement reached fever pitch; the child was feverish.')).toEqual(['feverish']);
    expect(found([GENETICS], 'A genetic algorithm is not a genetic test, and genetic algorithms are code.')).toEqual(['genetic']);
  });

  it('reads the phrase in any case, across line breaks and runs of spaces, with typographic apostrophes', () => {
    expect(found([FEVER], 'CABIN FEVER and Cabin\n  fever')).toEqual([]);
    expect(found([FEVER], 'Bieber’s fever hit the town; fever followed the flu.')).toEqual(['fever']);
    // Accents make the matcher fold the text first: the phrase is still found there.
    expect(found([FEVER], 'Café owners had cabin fever.')).toEqual([]);
  });

  it('needs the whole phrase on word boundaries around the match', () => {
    expect(found([FEVER], 'The cabin had no heat and her fever rose.')).toEqual(['fever']);
    // A plural the phrase does not list is not inside it: each wanted plural is written out.
    expect(found([FEVER], 'Cabin fevers are rare; the fever pitched up.')).toEqual(['fevers', 'fever']);
    expect(found([GENETICS], 'genetic algorithmic trading')).toEqual(['genetic']);
  });

  it('leaves other entries alone: a longer term holding the word still matches, and so does an entry without the rule', () => {
    const cabinFeverEntry = entry('cabin-fever-syndrome', 'cabin fever syndrome');
    expect(found([FEVER, cabinFeverEntry], 'She read about cabin fever syndrome.')).toEqual(['cabin fever syndrome']);
    const hay = entry('hay-fever', 'hay fever');
    expect(found([FEVER, hay], 'Hay fever and cabin fever.')).toEqual(['Hay fever']);
  });

  it('applies to terms with context words too', () => {
    const gated = { ...FEVER, context: ['temperature'] };
    expect(found([gated], 'Cabin fever set in; her temperature was normal.')).toEqual([]);
    expect(found([gated], 'A fever means a high temperature.')).toEqual(['fever']);
  });
});

describe('idleNotInPhrases: phrases that can never take effect', () => {
  it('names a phrase that holds none of the entry’s words, and accepts derived forms', () => {
    expect(idleNotInPhrases(entry('fever', 'fever', { notIn: ['heat wave', 'cabin fevers', 'fever pitch'] }))).toEqual(['heat wave']);
    expect(idleNotInPhrases(entry('fever', 'fever'))).toEqual([]);
  });

  it('ignores the entry’s own context words, which a phrase need not hold', () => {
    expect(idleNotInPhrases(entry('stroke', 'stroke', { context: ['brain'], notIn: ['stroke of luck'] }))).toEqual([]);
  });
});

describe('notIn in imported glossaries', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('reads the CSV column as a list, and warns with row and field about a phrase that can never take effect', () => {
    const csv = 'term,short,explanation,source,notIn\nfever,S.,L.,NHS,cabin fever; heat wave\n';
    const preview = readGlossaryFile('mine.csv', utf8(csv));
    expect(preview.errors).toEqual([]);
    expect(preview.entries[0]!.notIn).toEqual(['cabin fever', 'heat wave']);
    expect(preview.warnings.map((warning) => warning.message)).toEqual([
      'mine.csv, row 2, column notIn: "heat wave" holds none of this entry\'s words (term, aliases or forms), so it will never take effect.',
    ]);
  });

  it('refuses more phrases than the limit, naming the field', () => {
    const json = JSON.stringify([{ ...entry('fever', 'fever'), notIn: Array.from({ length: LIMITS.notInPerEntry + 1 }, (_, i) => `fever ${i}`) }]);
    const preview = readGlossaryFile('mine.json', utf8(json));
    expect(preview.entries).toEqual([]);
    expect(preview.errors.map((error) => error.message).join('\n')).toMatch(/notIn/);
  });
});

describe('the bundled pack', { timeout: 30_000 }, () => {
  it.each([
    ['We used genetic algorithms and genetic programming to tune the controller.'],
    ['The fans have spring fever, cabin fever and World Cup fever; excitement is at fever pitch.'],
    ['The survey results may reflect survivorship bias.'],
    ['Under certain rare conditions the cache returns stale data.'],
  ])('leaves "%s" plain', (text) => {
    expect(underlinedIds(text)).toEqual([]);
  });

  it.each([
    ['A fever above 103 °F in a child with a rash', 'fever'],
    ['Genetic testing can show whether a mutation runs in the family.', 'genetic-test'],
    ['Eye color is partly genetic.', 'genetics'],
    ['Survivorship care plans cover follow-up after cancer treatment.', 'survivorship'],
    ['Some rare conditions cause seizures in infancy.', 'rare-disease'],
  ])('still underlines "%s"', (text, id) => {
    expect(underlinedIds(text)).toContain(id);
  });
});
