import { describe, expect, it } from 'vitest';
import { foldText, foldUnits } from '../../glossary/normalize';
import { TextWords } from '../../glossary/text-words';
import { WordPresence, type CueSet } from '../../glossary/word-presence';
import type { ContextForm } from '../../glossary/context';
import { words } from '../../glossary/words';

/** Asks about one cue word or phrase at a time, as the matcher asks about an entry's cue set. */
const presenceOf = (text: string) => {
  const presence = new WordPresence();
  const list = new TextWords();
  list.read(text);
  const asks = (cues: CueSet) => presence.whichOccur(text, list, [cues])[0] === 1;
  return {
    presence: {
      has: (word: string) => asks({ single: [word], long: [] }),
      hasPhrase: (form: ContextForm) => asks({ single: [], long: [form] }),
      /** Many words in one call, each its own cue set. */
      hasEach: (words: readonly string[]) => [...presence.whichOccur(text, list, words.map((word) => ({ single: [word], long: [] })))].map((bit) => bit === 1),
    },
  };
};

describe('WordPresence', () => {
  it('finds whole words whatever their case or apostrophe, and not parts of words', () => {
    const { presence } = presenceOf('The MUSCLE\u2019s ache eased; pharmacy hours vary.');
    expect(presence.has('muscle')).toBe(false);
    expect(presence.has("muscle's")).toBe(true);
    expect(presence.has('ache')).toBe(true);
    expect(presence.has('arm')).toBe(false);
    expect(presence.has('pharmacy')).toBe(true);
  });

  it('answers for the text and the cues of each call, one instance after another', () => {
    const presence = new WordPresence();
    const list = new TextWords();
    const ask = (text: string, word: string) => {
      list.read(text);
      return presence.whichOccur(text, list, [{ single: [word], long: [] }])[0];
    };
    expect(ask('a sore muscle', 'muscle')).toBe(1);
    expect(ask('a golf swing', 'muscle')).toBe(0);
    expect(ask('a golf swing', 'golf')).toBe(1);
  });

  it('answers the same cue sets again on each new text, found in the last one or not', () => {
    // The matcher asks about the same entries' sets call after call; a cue found in one text is looked for again in the next.
    const sets: CueSet[] = [
      { single: ['muscle'], long: [] },
      { single: [], long: [{ words: ['blood', 'test'], gaps: [null] }] },
    ];
    const presence = new WordPresence();
    const list = new TextWords();
    const ask = (text: string) => {
      list.read(text);
      return [...presence.whichOccur(text, list, sets)];
    };
    expect(ask('a sore muscle after a blood test')).toEqual([1, 1]);
    expect(ask('a golf swing')).toEqual([0, 0]);
    expect(ask('the blood test came back; muscle pain')).toEqual([1, 1]);
    expect(ask('blood, test')).toEqual([0, 0]);
  });

  it('answers every cue set of one call, each with its own words and phrases', () => {
    const text = 'Stretch the calf muscle before a run; drink water after it.';
    const list = new TextWords();
    list.read(text);
    const sets: CueSet[] = [
      { single: ['tendon', 'muscle'], long: [] },
      { single: [], long: [{ words: ['drink', 'water'], gaps: [null] }] },
      { single: ['golf'], long: [{ words: ['calf', 'stretch'], gaps: [null] }] },
      { single: [], long: [] },
      // The same cue as the first set's, asked for another entry: both sets hear of it.
      { single: ['muscle'], long: [] },
    ];
    expect([...new WordPresence().whichOccur(text, list, sets)]).toEqual([1, 1, 0, 0, 1]);
  });

  it('finds a cue after others are answered, and stops only once every set is', () => {
    const filler = Array.from({ length: 2_000 }, (_, i) => `word${i}`).join(' ');
    const text = `tendon ${filler} muscle ${filler} tendon`;
    const list = new TextWords();
    list.read(text);
    const found = new WordPresence().whichOccur(text, list, [{ single: ['tendon'], long: [] }, { single: ['absent'], long: [] }, { single: ['muscle'], long: [] }]);
    expect([...found]).toEqual([1, 0, 1]);
  });

  it('gives the same answers for a long text', () => {
    const filler = Array.from({ length: 4_000 }, (_, i) => `word${i}`).join(' ');
    const { presence } = presenceOf(`${filler} Twitching MUSCLES near the end. ${filler}`);
    expect(presence.has('muscles')).toBe(true);
    expect(presence.has('twitching')).toBe(true);
    expect(presence.has('muscle')).toBe(false);
    expect(presence.has('word3999')).toBe(true);
    expect(presence.has('word4000')).toBe(false);
  });

  it.each([
    'The muscle-building plan didn\u2019t work; x-ray and X\u2010ray (with U+2010) differ.',
    "Trailing joiners' and -leading ones, a--b, a-'b, rock 'n' roll",
    'Caf\u00e9 au lait spots, na\u00efve; \u306eMRI\u691c\u67fb and \u5fc3\u81d3MRI; 123-abc 4.5 mg, interleukin-6',
    'Emoji \u{1FAC0}heart\u{1FAC1} and \u{1D518}\u{1D52B} letters, \u2032prime\u2032 and \uff07fullwidth\uff07 quotes',
  ])('has every word words() finds, as cue words are stored: %s', (text) => {
    const { presence } = presenceOf(text);
    const found = words(text).map((word) => foldUnits(text.slice(word.start, word.end)));
    expect(found.filter((word) => !presence.has(word))).toEqual([]);
  });

  it('reads a text foldText() made, and answers as for the text it came from', () => {
    const raw = 'Caf\u00e9 MUSCLE\u2019s ache \u2014 x\u2010ray and a sore throat; na\u00efve';
    const { presence } = presenceOf(foldText(raw).text);
    expect(['cafe', "muscle's", 'x-ray', 'sore', 'naive'].filter((word) => !presence.has(word))).toEqual([]);
    expect(presence.has('muscle')).toBe(false);
  });

  it('finds a word whose hash an earlier word of the text shares', () => {
    // "w4pvu" and "wb3ea" have the same 32-bit hash (found by a search), so each is filed where the
    // other is asked about; the answer must still come from the text.
    const { presence } = presenceOf('first w4pvu, later wb3ea');
    expect(presence.has('wb3ea')).toBe(true);
    expect(presence.has('w4pvu')).toBe(true);
    expect(presenceOf('only w4pvu here').presence.has('wb3ea')).toBe(false);
  });

  it('says "no" to parts of words and to words the text lacks, a whole book too', () => {
    expect(presenceOf('blood-pressure').presence.has('blood')).toBe(false);
    expect(presenceOf("patient's").presence.has('patient')).toBe(false);
    // 60,000 distinct words: every one is found, and none of 2,000 absent ones.
    const text = Array.from({ length: 60_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    const { presence } = presenceOf(text);
    expect(presence.hasEach(Array.from({ length: 2_000 }, (_, i) => `absent${i}word`)).filter(Boolean)).toEqual([]);
    expect(presence.hasEach(['w0x', 'absent', `w${(30_000).toString(36)}x`])).toEqual([true, false, true]);
    expect(presence.has('w0x')).toBe(true);
    expect(presence.has(`w${(59_999).toString(36)}x`)).toBe(true);
  });

  describe('phrases (the context rule’s cues of several words)', () => {
    const phrase = (text: string, cue: string, gaps: (string | null)[] = []) => presenceOf(text).presence.hasPhrase({ words: cue.split(' '), gaps: gaps.length > 0 ? gaps : cue.split(' ').slice(1).map(() => null) });

    it.each([
      ['across any run of whitespace, a line break included', 'It was a Blood\n  Test.', 'blood test', true],
      ['folded: capitals, accents and curly apostrophes', 'After the X\u2010Ray\u2019s result, Sjögren Syndrome', "sjogren syndrome", true],
      ['at a later place of its first word', 'blood loss, blood type, and then a blood test', 'blood test', true],
      ['not across a comma', 'blood, test', 'blood test', false],
      ['not as part of a longer word', 'bloodtest and blood tests', 'blood test', false],
      ['not with a word glued on', 'pre-blood test', 'blood test', false],
      ['not past the end of the text', 'a blood', 'blood test', false],
    ])('%s', (_name, text, cue, expected) => {
      expect(phrase(text, cue)).toBe(expected);
    });

    it('with the marks a cue has between its words ("s/p")', () => {
      expect(phrase('Patient is S/P surgery.', 's p', ['/'])).toBe(true);
      expect(phrase('Patient is s p surgery.', 's p', ['/'])).toBe(false);
      // A number's hyphen parts two words on a page, typographic or not ("omega-3" is "omega", "-", "3").
      expect(phrase('Rich in Omega\u20113 fats', 'omega 3', ['-'])).toBe(true);
      expect(phrase('Rich in omega 3 fats', 'omega 3', ['-'])).toBe(false);
    });

    it('from places that share a hash with its first word, compared with the text', () => {
      // "w4pvu" and "wb3ea" share a 32-bit hash (see above): a phrase is tried at both.
      expect(phrase('w4pvu test then wb3ea test', 'wb3ea test')).toBe(true);
      expect(phrase('wb3ea x then w4pvu test', 'wb3ea test')).toBe(false);
    });
  });
});
