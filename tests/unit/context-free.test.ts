import { describe, expect, it } from 'vitest';
import { compile, expandGlossary } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { muteInTables } from '../../glossary/mute-tables';
import { entry } from './helpers/entries';
import { referenceMatches } from './helpers/reference-matcher';

/**
 * contextFree: an entry's own words that mean it wherever they stand match without its context
 * words, while the rest of its words still wait for one ("hives" is also a bee's home; "urticaria"
 * is nothing else).
 */
const inputs = [
  {
    packId: 'p',
    entries: [
      entry('hives', 'hives', { aliases: ['urticaria', 'nettle rash'], context: ['itchy', 'allergy'], contextFree: ['urticaria'] }),
      entry('shingles', 'shingles', { aliases: ['herpes zoster'], context: ['rash', 'chickenpox'], contextFree: ['herpes zoster'] }),
      entry('herpes', 'herpes'),
      // The entry's gated term also makes the word its free form lists: one claim, and it is free.
      entry('hive', 'hive', { forms: ['hives'], context: ['sting'], contextFree: ['hives'] }),
    ],
  },
];
const compiled = compile(inputs);
const matcher = createMatcher(compiled);
const found = (text: string) => matcher.findInText(text).map((m) => `${text.slice(m.start, m.end)}=${compiled.entries[m.entry]!.id}`);

describe('context-free words', () => {
  it('match without the context words, their plurals too', () => {
    expect(found('The urticaria faded by noon.')).toEqual(['urticaria=hives']);
    expect(found('Chronic urticarias are rare.')).toEqual(['urticarias=hives']);
  });

  it('leave the entry\'s other words waiting for a context word', () => {
    expect(found('He grew up with nettle rash as a boy.')).toEqual([]);
    expect(found('Nettle rash is itchy.')).toEqual(['Nettle rash=hives']);
  });

  it('win over a shorter entry inside them', () => {
    expect(found('She had herpes zoster last year.')).toEqual(['herpes zoster=shingles']);
    expect(found('She had herpes last year.')).toEqual(['herpes=herpes']);
  });

  it('keep one claim, free, where an entry makes the same word twice', () => {
    expect(found('The hives were full of honey.')).toEqual(['hives=hive']);
    expect(found('A hive of activity.')).toEqual([]);
    const hivesOwners = compiled.owners.free.filter((o) => compiled.entries[compiled.owners.entry[o]!]!.id === 'hive');
    expect(hivesOwners).toHaveLength(1);
  });

  it('match as the reference matcher does', () => {
    const texts = ['The urticaria faded.', 'Nettle rash and urticaria, then herpes zoster.', 'A hive, hives and herpes.', 'Itchy nettle rash.'];
    for (const text of texts) expect(matcher.findInText(text)).toEqual(referenceMatches(expandGlossary(inputs), text));
  });

  it('stay free when the background marks a muted entry in the tables', () => {
    const muted = muteInTables(compiled, ['p:herpes']);
    expect(createMatcher(muted).findInText('The urticaria and the herpes zoster.')).toEqual(createMatcher(compile(inputs, { mutedIds: ['p:herpes'] })).findInText('The urticaria and the herpes zoster.'));
    expect(muted.owners.free).toEqual(compile(inputs, { mutedIds: ['p:herpes'] }).owners.free);
  });

  it('change nothing in an entry without context words', () => {
    const plain = compile([{ packId: 'p', entries: [entry('a', 'alpha', { contextFree: ['alpha'] })] }]);
    expect(plain.owners.free).toEqual([]);
  });
});

describe('context-free words as evidence that a text is about health', () => {
  const topicInputs = [
    {
      packId: 'p',
      entries: [
        entry('hives', 'hives', { aliases: ['urticaria', 'nettle rash'], context: ['itchy', 'allergy'], contextFree: ['urticaria'] }),
        entry('twitch', 'twitch', { context: ['muscle'] }),
        entry('anemia', 'anemia'),
        entry('nephritis', 'nephritis'),
        entry('gastritis', 'gastritis'),
      ],
    },
  ];
  const topic = compile(topicInputs);
  const topicMatcher = createMatcher(topic);
  const ids = (text: string) => topicMatcher.findInText(text).map((m) => topic.entries[m.entry]!.id);
  const far = 'Words that say nothing much at all fill this line and the next one too.';

  it('count, as an entry without context words does', () => {
    const [free] = topicMatcher.findInText('The urticaria faded.');
    expect(free?.contextFree).toBe(true);
    expect(topicMatcher.isTopicEvidence(free!)).toBe(true);
    const [cued] = topicMatcher.findInText('An itchy nettle rash.');
    expect(cued?.contextFree).toBeUndefined();
    expect(topicMatcher.isTopicEvidence(cued!)).toBe(false);
  });

  it('so three plain terms and a free word make a text about health, and a waiting term counts', () => {
    expect(ids(`Anemia, nephritis and gastritis. Then urticaria. A muscle ached. ${far} Later, a twitch.`)).toEqual(['anemia', 'nephritis', 'gastritis', 'hives', 'twitch']);
    // The same words gated by context count for nothing: the text is not shown to be about health.
    expect(ids(`Anemia, nephritis and gastritis. Then nettle rash. A muscle ached. ${far} Later, a twitch.`)).toEqual(['anemia', 'nephritis', 'gastritis']);
  });

  it('as the reference matcher decides it', () => {
    const text = `Anemia, nephritis and gastritis. Then urticaria. A muscle ached. ${far} Later, a twitch.`;
    expect(topicMatcher.findInText(text)).toEqual(referenceMatches(expandGlossary(topicInputs), text));
  });

  it('across text nodes too, where the background reports a block', () => {
    const split = topicMatcher.findInSegments(['The urti', 'caria faded.']);
    expect(split.map((m) => [topic.entries[m.entry]!.id, m.contextFree])).toEqual([['hives', true]]);
  });
});

describe('an entry that claims the same words gated and free', () => {
  // Found by the property test (seed -1677439379): the matcher and the reference disagreed on it.
  const twice = [
    {
      packId: 'p',
      entries: [
        entry('ache', 'Ache', { aliases: ['ache'], context: ['vertebra'], contextFree: ['ache'] }),
        entry('als', 'ALS', { forms: ['ache'], context: ['heart', 'beat'] }),
      ],
    },
  ];
  const twiceMatcher = createMatcher(compile(twice));
  const ids = (text: string) => twiceMatcher.findInText(text).map((m) => `${text.slice(m.start, m.end)}=${twice[0]!.entries[m.entry]!.id}`);

  it('keeps its better rank for them, so another entry listed later does not take them even when its cue word is near', () => {
    expect(ids('ache heart ')).toEqual(['ache=ache']);
    expect(ids('an ache ')).toEqual(['ache=ache']);
    for (const text of ['ache heart ', 'an ache ', 'ache vertebra heart']) expect(twiceMatcher.findInText(text)).toEqual(referenceMatches(expandGlossary(twice), text));
  });

  // "aches" is the plural the rules make of the freed "ache", but another entry writes "aches" itself.
  const shadowed = [
    {
      packId: 'p',
      entries: [entry('gated', 'aches', { aliases: ['ache'], context: ['vertebra'], contextFree: ['ache'] }), entry('plain', 'aches')],
    },
  ];
  const shadowedMatcher = createMatcher(compile(shadowed));
  const shadowedIds = (text: string) => shadowedMatcher.findInText(text).map((m) => `${text.slice(m.start, m.end)}=${shadowed[0]!.entries[m.entry]!.id}`);

  it('is not freed by a made-up form another entry writes itself', () => {
    expect(shadowedIds('Her aches were worse.')).toEqual(['aches=plain']);
    expect(shadowedIds('Aches near the vertebra.')).toEqual(['Aches=gated']);
    expect(shadowedIds('An ache.')).toEqual(['ache=gated']);
    for (const text of ['Her aches were worse.', 'Aches near the vertebra.', 'An ache.']) expect(shadowedMatcher.findInText(text)).toEqual(referenceMatches(expandGlossary(shadowed), text));
  });
});
