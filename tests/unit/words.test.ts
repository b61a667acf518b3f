import { describe, expect, it } from 'vitest';
import { isWordEnd, isWordStart, words } from '../../glossary/words';

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
