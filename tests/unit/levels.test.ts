import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { isUnderlined, underlineMatcher, type UnderlineLevel } from '../../glossary/levels';
import { createMatcher } from '../../glossary/matcher';
import { entry } from './helpers/entries';

const compiled = compile([
  {
    packId: 'p',
    entries: [
      entry('blood', 'blood', { level: 'everyday' }),
      entry('blood-pressure', 'blood pressure', { level: 'general' }),
      entry('arteriosclerosis', 'arteriosclerosis', { level: 'technical' }),
      entry('mine', 'my own word'), // a user's entry without a level: always underlined
    ],
  },
]);
const text = 'Blood, blood pressure, arteriosclerosis and my own word.';
const found = (underline: UnderlineLevel) =>
  underlineMatcher(createMatcher(compiled), compiled.entries, underline)
    .findInText(text)
    .map((match) => compiled.entries[match.entry]!.id);

describe('what is underlined at each setting', () => {
  it.each([
    ['technical', ['arteriosclerosis', 'mine']],
    ['general', ['blood-pressure', 'arteriosclerosis', 'mine']],
    ['everyday', ['blood', 'blood-pressure', 'arteriosclerosis', 'mine']],
  ] as const)('%s', (underline, ids) => {
    expect(found(underline)).toEqual(ids);
  });

  it('leaves segment matching filtered the same way', () => {
    const matcher = underlineMatcher(createMatcher(compiled), compiled.entries, 'general');
    const ids = matcher.findInSegments(['Blood ', 'press', 'ure and blood']).map((match) => compiled.entries[match.entry]!.id);
    expect(ids).toEqual(['blood-pressure']);
  });

  it.each([
    ['everyday', 'general', false],
    ['general', 'general', true],
    ['technical', 'technical', true],
    ['general', 'technical', false],
    ['everyday', 'everyday', true],
  ] as const)('a %s word at setting %s: %s', (level, underline, expected) => {
    expect(isUnderlined(level, underline)).toBe(expected);
  });
});
