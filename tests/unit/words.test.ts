import { describe, expect, it } from 'vitest';
import { isWordEnd, isWordStart, WordFilter, words } from '../../glossary/words';

describe('word boundaries', () => {
  it.each([
    ['after a space', 'a stroke', 2, true],
    ['at the very start', 'stroke', 0, true],
    ['inside a word', 'heatstroke', 4, false],
    ['after a hyphen glued to a word', 'heat-stroke', 5, false],
    ['after an apostrophe glued to a word', "o'stroke", 2, false],
    ['after a typographic apostrophe glued to a word', 'o’stroke', 2, false],
    ['after a leading hyphen', ' -stroke', 2, true],
    ['after an opening quote', "'stroke", 1, true],
    ['after an emoji', '💪stroke', 2, true],
    ['after CJK, which writes no spaces', '検査stroke', 2, true],
    ['after Cyrillic, which is a word of its own', 'жstroke', 1, false],
    ['after a digit', '2stroke', 1, false],
    ['after a number hyphened on in front', '6-mercaptopurine', 2, true],
    ['after a typographic hyphen and a number', '21‑hydroxylase', 3, true],
    ['after a word hyphened on, not a number', 'b6-mercaptopurine', 3, false],
    ['after a number and an apostrophe', "90's", 3, false],
  ])('a word starts %s', (_name, text, index, expected) => {
    expect(isWordStart(text, index)).toBe(expected);
  });

  it.each([
    ['before a space', 'stroke now', 6, true],
    ['at the very end', 'stroke', 6, true],
    ['before more letters', 'strokes', 6, false],
    ['before a hyphen that joins another word', 'stroke-free', 6, false],
    ["before an apostrophe that starts 's", "stroke's", 6, false],
    ['before a closing apostrophe', "strokes' x", 7, true],
    ['before an emoji', 'stroke🙂', 6, true],
    ['before CJK', 'MRI検査', 3, true],
    ['before a combining mark (it belongs to the letter)', 'stroke\u0301', 6, false],
    ['before a hyphened number', 'interleukin-6 levels', 11, true],
    ['before a hyphened number with more after it', 'interleukin-6-mediated', 11, true],
    ['before a hyphened word that starts with a digit', 'type-2a', 4, false],
  ])('a word ends %s', (_name, text, index, expected) => {
    expect(isWordEnd(text, index)).toBe(expected);
  });

  it('splits words with internal apostrophes and hyphens, and nothing else', () => {
    const text = "Don't over-train—your heart’s rate, x-ray💪ok -no b12-mg";
    expect(words(text).map((w) => text.slice(w.start, w.end))).toEqual(["Don't", 'over-train', 'your', 'heart’s', 'rate', 'x-ray', 'ok', 'no', 'b12-mg']);
  });

  it('parts a number from the word it is hyphened to ("interleukin-6", "5-mg")', () => {
    const text = 'interleukin-6-mediated, 6-mercaptopurine, 5-mg, COVID-19';
    expect(words(text).map((w) => text.slice(w.start, w.end))).toEqual(['interleukin', '6', 'mediated', '6', 'mercaptopurine', '5', 'mg', 'COVID', '19']);
  });
});

describe('WordFilter', () => {
  const wordsOf = (text: string) => words(text).map((word) => text.slice(word.start, word.end));
  const filterOf = (text: string) => {
    const filter = new WordFilter();
    filter.reset(text);
    return filter;
  };

  it.each([
    'The muscle-building plan didn\u2019t work; x-ray and X\u2010ray (with U+2010) differ.',
    "Trailing joiners' and -leading ones, a--b, a-'b, rock 'n' roll",
    'Caf\u00e9 au lait spots, na\u00efve; \u306eMRI\u691c\u67fb and \u5fc3\u81d3MRI; 123-abc 4.5 mg',
    'Emoji \u{1FAC0}heart\u{1FAC1} and \u{1D518}\u{1D52B} letters, \u2032prime\u2032 and \uff07fullwidth\uff07 quotes',
  ])('has every word words() finds (never a false "no"): %s', (text) => {
    const filter = filterOf(text);
    expect(wordsOf(text).filter((word) => !filter.mayHave(word))).toEqual([]);
  });

  it('says "no" to words the text does not hold, nearly always', () => {
    const text = Array.from({ length: 300 }, (_, i) => `sentence ${i}: the patient's blood-pressure rose, then fell; t-cells on day-${i}.`).join(' ');
    const filter = filterOf(text);
    const absent = Array.from({ length: 2_000 }, (_, i) => `absent${i}word`);
    expect(absent.filter((word) => filter.mayHave(word)).length).toBeLessThan(40);
    // Parts of a word are not its words.
    expect(filterOf('blood-pressure').mayHave('blood')).toBe(false);
    expect(filterOf("patient's").mayHave('patient')).toBe(false);
  });

  it('forgets the previous text on reset', () => {
    const filter = filterOf('muscle spasm');
    filter.reset('heart beat');
    expect(filter.mayHave('muscle')).toBe(false);
    expect(filter.mayHave('heart')).toBe(true);
  });

  it('grows with the text, so a whole book still gets a certain "no" for words it lacks', () => {
    // 60,000 distinct words: a filter of fixed size filled up and answered "maybe" to everything,
    // and every "maybe" cost a search through the whole text.
    const text = Array.from({ length: 60_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    const filter = filterOf(text);
    const absent = Array.from({ length: 2_000 }, (_, i) => `absent${i}word`);
    expect(absent.filter((word) => filter.mayHave(word)).length).toBeLessThan(40);
    expect(filter.mayHave('w0x')).toBe(true);
    expect(filter.mayHave(`w${(59_999).toString(36)}x`)).toBe(true);
  });
});
