import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { isLevel, isUnderlined, isUnderlinedOncePerPage, underlineMatcher, type UnderlineLevel } from '../../glossary/levels';
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
  underlineMatcher(createMatcher(compiled), compiled, underline)
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
    const matcher = underlineMatcher(createMatcher(compiled), compiled, 'general');
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

describe('an alias less familiar than its term', () => {
  const withAliases = compile([
    {
      packId: 'p',
      entries: [
        entry('nosebleed', 'nosebleed', { level: 'everyday', aliases: ['epistaxis', 'bloody nose'], aliasLevels: { epistaxis: 'technical' } }),
        entry('fainting', 'fainting', { level: 'general', aliases: ['syncope', 'passing out'], aliasLevels: { syncope: 'technical', 'passing out': 'general' } }),
        entry('flu', 'flu', { level: 'everyday', aliases: ['influenza'], aliasLevels: { influenza: 'general' } }),
      ],
    },
  ]);
  const matched = (text: string, underline: UnderlineLevel) =>
    underlineMatcher(createMatcher(withAliases), withAliases, underline)
      .findInText(text)
      .map((match) => text.slice(match.start, match.end));
  const text = 'A nosebleed (epistaxis) or a bloody nose; fainting, syncope, passing out; flu and Influenza; Epistaxis.';

  it('is underlined at its own level where it is the word on the page, and the term keeps the entry\'s level', () => {
    expect(matched(text, 'technical')).toEqual(['epistaxis', 'syncope', 'Epistaxis']);
    expect(matched(text, 'general')).toEqual(['epistaxis', 'fainting', 'syncope', 'passing out', 'Influenza', 'Epistaxis']);
    expect(matched(text, 'everyday')).toEqual(['nosebleed', 'epistaxis', 'bloody nose', 'fainting', 'syncope', 'passing out', 'flu', 'Influenza', 'Epistaxis']);
  });

  it('with its plural and possessive, and across text nodes', () => {
    expect(matched("Syncopes happen; syncope's causes vary. Nosebleeds too.", 'technical')).toEqual(['Syncopes', "syncope's"]);
    const matcher = underlineMatcher(createMatcher(withAliases), withAliases, 'technical');
    const found = matcher.findInSegments(['A nosebleed, then epi', 'stax', 'is.']).map((match) => withAliases.entries[match.entry]!.id);
    expect(found).toEqual(['nosebleed']);
  });

  it("marks a match whose words are such an alias with their level, at every setting (density goes by it)", () => {
    const marks = (underline: UnderlineLevel) =>
      underlineMatcher(createMatcher(withAliases), withAliases, underline)
        .findInText('Fainting, then syncope.')
        .map((match) => [match.entry, match.wordsLevel]);
    expect(marks('everyday')).toEqual([[1, undefined], [1, 'technical']]);
    expect(marks('general')).toEqual([[1, undefined], [1, 'technical']]);
    expect(marks('technical')).toEqual([[1, 'technical']]);
  });

  it("reads an alias's level from the entry's own list only, whatever the alias says", () => {
    const odd = compile([{ packId: 'p', entries: [entry('obj', 'object word', { level: 'everyday', aliases: ['constructor', 'toString'], aliasLevels: {} })] }]);
    expect(odd.aliasLevels).toEqual({});
    expect(underlineMatcher(createMatcher(odd), odd, 'general').findInText('A constructor and toString.')).toEqual([]);
  });

  it('takes a level from another context only when it is one', () => {
    expect(['technical', 'general', 'everyday'].every(isLevel)).toBe(true);
    expect([undefined, 'toString', '__proto__', 'Technical', 2, null].some(isLevel)).toBe(false);
  });

  it('never gives a word the term also makes another level, and a level equal to the entry\'s changes nothing', () => {
    const same = compile([
      { packId: 'p', entries: [entry('cramp', 'cramp', { level: 'general', aliases: ['cramps', 'charley horse'], aliasLevels: { cramps: 'technical', 'charley horse': 'general' } })] },
    ]);
    expect(Object.keys(same.aliasLevels)).not.toContain('0\u0000cramps');
    expect(Object.keys(same.aliasLevels).some((key) => key.includes('charley'))).toBe(false);
    const found = underlineMatcher(createMatcher(same), same, 'technical').findInText('A cramp, cramps and a charley horse.');
    expect(found).toEqual([]);
  });
});

describe('an alias more familiar than its term (a household brand)', () => {
  const withBrand = compile([
    {
      packId: 'p',
      entries: [entry('acetaminophen', 'acetaminophen', { level: 'technical', aliases: ['paracetamol', 'Tylenol'], aliasLevels: { Tylenol: 'everyday' } })],
    },
  ]);
  const matched = (text: string, underline: UnderlineLevel) =>
    underlineMatcher(createMatcher(withBrand), withBrand, underline)
      .findInText(text)
      .map((match) => [text.slice(match.start, match.end), match.wordsLevel]);
  const text = "Acetaminophen, sold as Tylenol (Tylenol's label says paracetamol abroad).";

  it('is left plain where the setting leaves everyday words plain, and the term and other aliases stay underlined', () => {
    expect(matched(text, 'technical')).toEqual([
      ['Acetaminophen', undefined],
      ['paracetamol', undefined],
    ]);
    expect(matched(text, 'general')).toEqual(matched(text, 'technical'));
  });

  it('is underlined, marked with its level, where every glossary word is', () => {
    expect(matched(text, 'everyday')).toEqual([
      ['Acetaminophen', undefined],
      ['Tylenol', 'everyday'],
      ["Tylenol's", 'everyday'],
      ['paracetamol', undefined],
    ]);
  });
});

describe('density by familiarity', () => {
  it('underlines jargon in each section, and words that are not jargon once per page', () => {
    expect(isUnderlinedOncePerPage('technical')).toBe(false);
    expect(isUnderlinedOncePerPage('general')).toBe(true);
    expect(isUnderlinedOncePerPage('everyday')).toBe(true);
  });
});

describe('context that knows the topic', () => {
  const topic = compile([
    {
      packId: 'p',
      entries: [
        entry('twitch', 'twitch', { context: ['muscle', 'eyelid'] }),
        entry('tendon', 'tendon', { level: 'general' }),
        entry('cramp', 'cramp', { level: 'general' }),
        entry('electrolyte', 'electrolyte', { level: 'technical' }),
        entry('magnesium', 'magnesium', { level: 'general' }),
        entry('blood', 'blood', { level: 'everyday' }),
      ],
    },
  ]);
  const matcher = createMatcher(topic);
  const ids = (text: string, healthTopic = false) => matcher.findInText(text, { healthTopic }).map((m) => topic.entries[m.entry]!.id);

  it('a term with context words counts without them in a text clearly about health', () => {
    const article =
      'A muscle tendon can ache after a cramp. Low magnesium or a lost electrolyte is common, and so are many other things that we need not list here. Later that day people compare it with a twitch.';
    expect(ids(article)).toEqual(['tendon', 'cramp', 'magnesium', 'electrolyte', 'twitch']);
  });

  it('but not in a text with too few health terms, and everyday words are no evidence', () => {
    expect(ids('Blood, blood and a tendon. The streamer on Twitch had a twitch in the chat.')).toEqual(['blood', 'blood', 'tendon']);
  });

  it('the caller can say the page is about health; a context word must still be somewhere in the text', () => {
    expect(ids('A muscle may ache. He watched a twitch stream.', true)).toEqual(['twitch']);
    expect(ids('He watched a twitch stream.', true)).toEqual([]);
  });

  it('never turns a name written with a capital in mid-sentence into a term', () => {
    const far = ' Words that say nothing much at all fill this line. Then a muscle.';
    expect(ids(`He streams on Twitch every night.${far}`, true)).toEqual([]);
    expect(ids(`Twitch can follow a long run.${far}`, true)).toEqual(['twitch']);
  });

  it('reads quotes and brackets before a capital as the start of a sentence, not as a name', () => {
    const far = ' Words that say nothing much at all fill this line. Then a muscle.';
    expect(ids(`It ended. “Twitch can follow a long run,” she said.${far}`, true)).toEqual(['twitch']);
    expect(ids(`It ended. ("Twitch can follow a long run.")${far}`, true)).toEqual(['twitch']);
    expect(ids(`One thing is sure; Twitch can follow a run.${far}`, true)).toEqual(['twitch']);
    expect(ids(`Then it came… Twitch, again.${far}`, true)).toEqual(['twitch']);
    expect(ids(`He streams on “Twitch” every night.${far}`, true)).toEqual([]);
    expect(ids(`He streams on (Twitch) every night.${far}`, true)).toEqual([]);
  });
});
