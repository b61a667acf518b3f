import { describe, expect, it } from 'vitest';
import { WordPresence } from '../../glossary/word-presence';

const presenceOf = (text: string) => {
  const presence = new WordPresence();
  presence.reset(text);
  return presence;
};

describe('WordPresence', () => {
  it('finds whole words whatever their case or apostrophe, and not parts of words', () => {
    const presence = presenceOf('The MUSCLE\u2019s ache eased; pharmacy hours vary.');
    expect(presence.has('muscle')).toBe(false);
    expect(presence.has("muscle's")).toBe(true);
    expect(presence.has('ache')).toBe(true);
    expect(presence.has('arm')).toBe(false);
    expect(presence.has('pharmacy')).toBe(true);
  });

  it('answers for the text it was last given', () => {
    const presence = presenceOf('a sore muscle');
    expect(presence.has('muscle')).toBe(true);
    presence.reset('a golf swing');
    expect(presence.has('muscle')).toBe(false);
    expect(presence.has('golf')).toBe(true);
  });

  it('gives the same answers for a text long enough to be read into a word filter first', () => {
    const filler = Array.from({ length: 4_000 }, (_, i) => `word${i}`).join(' ');
    const presence = presenceOf(`${filler} Twitching MUSCLES near the end. ${filler}`);
    expect(presence.has('muscles')).toBe(true);
    expect(presence.has('twitching')).toBe(true);
    expect(presence.has('muscle')).toBe(false);
    expect(presence.has('word3999')).toBe(true);
    expect(presence.has('word4000')).toBe(false);
  });
});
