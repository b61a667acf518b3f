import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breaksSentence, SENTENCE_BREAK } from '../../glossary/sentences';

// Every unit the definition names, and some that it does not.
const UNITS = ['.', '!', '?', '…', '"', "'", ')', ']', '”', ' ', '\n', '\t', '\u00a0', '\u2003', 'a', '1', ',', ';', '(', '“', '-'];

describe('breaksSentence', () => {
  it.each([
    ['. ', true],
    ['.) ', true],
    ['?!” ', true],
    ['…\n', true],
    ['\n \n', true],
    ['\n\t\u00a0\n', true],
    ['.', false],
    ['.x ', false],
    [', ', false],
    ['\n x\n', false],
    ['."." ', true],
  ])('%j breaks a sentence: %s', (gap, expected) => {
    expect(breaksSentence(gap, 0, gap.length)).toBe(expected);
  });

  it('reads only the range it is given', () => {
    const text = 'word. Next';
    expect(breaksSentence(text, 4, 5)).toBe(false);
    expect(breaksSentence(text, 4, 6)).toBe(true);
  });

  it('answers as the sentence-break RegExp does, on any gap', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 12 }), (units) => {
        const gap = units.join('');
        expect(breaksSentence(`x${gap}y`, 1, gap.length + 1)).toBe(SENTENCE_BREAK.test(gap));
      }),
      { numRuns: 5_000 },
    );
  });
});
