import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { TextWords } from '../../glossary/text-words';
import type { GlossaryEntry } from '../../glossary/schema';
import { entry } from './helpers/entries';

/** The texts a matcher of these entries matches in a text, in text order. */
function textsMatchedBy(entries: GlossaryEntry[]): (text: string) => string[] {
  const matcher = createMatcher(compile([{ packId: 'p', entries }]));
  return (text) => matcher.findInText(text).map((match) => text.slice(match.start, match.end));
}

const compiled = compile([
  {
    packId: 'health',
    entries: [
      entry('muscle', 'muscle'),
      entry('heart', 'heart'),
      entry('muscle-spasm', 'muscle spasm'),
      entry('involuntary-muscle-spasm', 'involuntary muscle spasm'),
      entry('blood', 'blood'),
      entry('blood-pressure', 'blood pressure'),
      entry('high-blood-pressure', 'high blood pressure', { aliases: ['hypertension'] }),
      entry('artery', 'artery'),
      entry('arteriosclerosis', 'arteriosclerosis', { aliases: ['hardening of the arteries'] }),
      entry('stroke', 'stroke', { context: ['brain', 'blood clot', 'paralysis'] }),
      entry('cold', 'cold', { context: ['virus', 'sneeze', 'sore throat'] }),
      entry('twitch', 'twitch', { aliases: ['fasciculation'] }),
      entry('ache', 'ache'),
      entry('bacteria', 'bacteria', { forms: ['bacterium'] }),
      entry('tooth', 'tooth'),
      entry('vertebra', 'vertebra'),
      entry('diagnosis', 'diagnosis'),
      entry('anemia', 'anemia'),
      entry('diarrhea', 'diarrhea'),
      entry('edema', 'edema'),
      entry('hemoglobin', 'hemoglobin'),
      entry('esophagus', 'esophagus'),
      entry('tumor', 'tumor'),
      entry('color-blind', 'color-blind'),
      entry('heartbeat', 'heart beat'),
      entry('menieres', 'Ménière disease'),
      entry('ms', 'MS'),
      entry('als', 'ALS'),
      entry('copd', 'COPD'),
      entry('mri', 'MRI'),
      entry('crohns', "Crohn's disease", { caseSensitive: true }),
      entry('x-ray', 'X-ray'),
      entry('vitamin-d', 'vitamin D'),
      entry('beta-blocker', 'β-blocker'),
      entry('guillain-barre', 'Guillain-Barré syndrome'),
    ],
  },
]);
const matcher = createMatcher(compiled);

/** What was found, as [entry id, exact text found]. */
function found(text: string): [string, string][] {
  return matcher.findInText(text).map((m) => [compiled.entries[m.entry]!.id, text.slice(m.start, m.end)]);
}

describe('findInText', () => {
  it.each<[string, string, [string, string][]]>([
    ['a plain term', 'A muscle spasm hurts.', [['muscle-spasm', 'muscle spasm']]],
    ['the longest term wins', 'Involuntary muscle spasms hurt.', [['involuntary-muscle-spasm', 'Involuntary muscle spasms']]],
    ['a two-word term beats its first word', 'muscle spasm, muscle', [['muscle-spasm', 'muscle spasm'], ['muscle', 'muscle']]],
    ['a closed compound beats its first part', 'heartbeat, heart', [['heartbeat', 'heartbeat'], ['heart', 'heart']]],
    ['a three-word term beats its parts', 'high blood pressure', [['high-blood-pressure', 'high blood pressure']]],
    ['shorter terms still match alone', 'blood pressure and blood', [['blood-pressure', 'blood pressure'], ['blood', 'blood']]],
    ['matches never overlap', 'high blood pressure blood', [['high-blood-pressure', 'high blood pressure'], ['blood', 'blood']]],
    ['a line break between words', 'muscle\nspasm', [['muscle-spasm', 'muscle\nspasm']]],
    ['a non-breaking space between words', 'muscle\u00a0spasm', [['muscle-spasm', 'muscle\u00a0spasm']]],
    ['a run of mixed whitespace', 'high \t\nblood\u00a0 pressure', [['high-blood-pressure', 'high \t\nblood\u00a0 pressure']]],
    ['any case', 'MUSCLE SPASM, Muscle Spasm', [['muscle-spasm', 'MUSCLE SPASM'], ['muscle-spasm', 'Muscle Spasm']]],
    ['no accents in the text', 'Meniere disease', [['menieres', 'Meniere disease']]],
    ['accents and capitals', 'MÉNIÈRE DISEASE', [['menieres', 'MÉNIÈRE DISEASE']]],
    ['decomposed accents, marks included in the range', 'Me\u0301nie\u0300re disease', [['menieres', 'Me\u0301nie\u0300re disease']]],
    ['joined names with an en dash, as encyclopedias write them', 'Guillain–Barré syndrome', [['guillain-barre', 'Guillain–Barré syndrome']]],
    ['an unspaced en dash between ordinary words parts them', 'tooth–vertebra', [['tooth', 'tooth'], ['vertebra', 'vertebra']]],
    ['plural of the head word', 'muscle spasms', [['muscle-spasm', 'muscle spasms']]],
    ['verb forms', 'twitches, twitching, twitched, aching', [['twitch', 'twitches'], ['twitch', 'twitching'], ['twitch', 'twitched'], ['ache', 'aching']]],
    ['y plurals', 'arteries', [['artery', 'arteries']]],
    ['irregular and classical plurals', 'teeth, vertebrae, diagnoses', [['tooth', 'teeth'], ['vertebra', 'vertebrae'], ['diagnosis', 'diagnoses']]],
    ['explicit forms', 'a bacterium, many bacteria', [['bacteria', 'bacterium'], ['bacteria', 'bacteria']]],
    ['possessives', "the artery's wall, the artery’s wall", [['artery', "artery's"], ['artery', 'artery’s']]],
    ['a plural possessive leaves the apostrophe out', "the arteries' walls", [['artery', 'arteries']]],
    [
      'UK spellings of US terms',
      'anaemia, diarrhoea, oedema, haemoglobin, oesophagus, tumours',
      [['anemia', 'anaemia'], ['diarrhea', 'diarrhoea'], ['edema', 'oedema'], ['hemoglobin', 'haemoglobin'], ['esophagus', 'oesophagus'], ['tumor', 'tumours']],
    ],
    ['spelling and joins together', 'colour-blind, colourblind, color blind', [['color-blind', 'colour-blind'], ['color-blind', 'colourblind'], ['color-blind', 'color blind']]],
    ['hyphen, space and closed compounds', 'heart-beat, heartbeat, heart beats', [['heartbeat', 'heart-beat'], ['heartbeat', 'heartbeat'], ['heartbeat', 'heart beats']]],
    ['typographic hyphens', 'heart‑beat, X‐ray', [['heartbeat', 'heart‑beat'], ['x-ray', 'X‐ray']]],
    ['X-ray written every way', 'X ray, xray, x-rays', [['x-ray', 'X ray'], ['x-ray', 'xray'], ['x-ray', 'x-rays']]],
    ['aliases', 'hypertension, hardening of the arteries', [['high-blood-pressure', 'hypertension'], ['arteriosclerosis', 'hardening of the arteries']]],
    ['alias plurals', 'fasciculations', [['twitch', 'fasciculations']]],
    ['no match inside a word', 'arteriesX heatstroke bloodstream', []],
    ['no match inside a hyphenated word', 'heat-stroke blood-thinning', []],
    ['a term with a number hyphened on, either side', 'hemoglobin-2 and 2-hemoglobin, tumor-12-positive', [['hemoglobin', 'hemoglobin'], ['hemoglobin', 'hemoglobin'], ['tumor', 'tumor']]],
    ['a word hyphened on is still part of the word', 'hemoglobin-b2 and b2-hemoglobin', []],
    ['a term right before punctuation', '(muscle spasm).', [['muscle-spasm', 'muscle spasm']]],
    ['emoji around a term', '💪muscle spasm🙂', [['muscle-spasm', 'muscle spasm']]],
    ['CJK around a term', 'のMRI検査', [['mri', 'MRI']]],
    ['abbreviations in capitals', 'MS and ALS and COPD', [['ms', 'MS'], ['als', 'ALS'], ['copd', 'COPD']]],
    ['abbreviations stay quiet in other cases', 'ms and als, 5 ms, Ms. Smith, Als', []],
    ['abbreviations take s and possessives', "MRIs, MS’s, COPD's", [['mri', 'MRIs'], ['ms', 'MS’s'], ['copd', "COPD's"]]],
    ['a case-sensitive entry as written', "Crohn's disease, Crohn’s disease", [['crohns', "Crohn's disease"], ['crohns', 'Crohn’s disease']]],
    ['a case-sensitive entry in another case', "crohn's disease, CROHN'S DISEASE", []],
    ['a term that starts with a Greek letter, in any case', 'Take β-blockers, Β-BLOCKER, beta', [['beta-blocker', 'β-blockers'], ['beta-blocker', 'Β-BLOCKER']]],
    ['a letter that does not inflect', "vitamin D, vitamin D's, Vitamin d", [['vitamin-d', 'vitamin D'], ['vitamin-d', "vitamin D's"], ['vitamin-d', 'Vitamin d']]],
    ['context in the same sentence', 'A cold is caused by a virus.', [['cold', 'cold']]],
    ['no context near', 'The cold weather came early this year.', []],
    ['context in the next sentence, within 10 words', 'I had a cold. Then I began to sneeze.', [['cold', 'cold']]],
    ['context in another sentence, too far away', 'I had a cold. One two three four five six seven eight nine ten eleven virus.', []],
    ['context far away in the same sentence', 'The cold one two three four five six seven eight nine ten eleven twelve virus.', [['cold', 'cold']]],
    ['context before the term', 'Virus season: everyone has a cold', [['cold', 'cold']]],
    ['a multi-word context form', 'My sore throat came with a cold.', [['cold', 'cold']]],
    ['context forms are inflected too', 'Viruses cause the common cold.', [['cold', 'cold']]],
    ['a context phrase split by punctuation does not count', 'It was sore, throat aside; a cold.', []],
    ['context for another common word', 'A stroke happens when a blood clot blocks the brain.', [['stroke', 'stroke'], ['blood', 'blood']]],
    ['a common word without its context', 'A stroke of luck.', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports offsets in the original text when folding changes lengths', () => {
    const text = 'Fuß and ﬁne: muscle spasm';
    const [match] = matcher.findInText(text);
    expect(match).toEqual({ entry: compiled.entries.findIndex((e) => e.id === 'muscle-spasm'), start: 13, end: 25 });
  });

  it('reports UTF-16 offsets after astral characters', () => {
    const text = '😀😀 artery';
    expect(matcher.findInText(text)).toEqual([{ entry: compiled.entries.findIndex((e) => e.id === 'artery'), start: 5, end: 11 }]);
  });

  it('finds nothing in empty text', () => {
    expect(matcher.findInText('')).toEqual([]);
  });

  it('finds nothing with an empty glossary', () => {
    expect(createMatcher(compile([])).findInText('muscle spasm')).toEqual([]);
  });

  it('loads from JSON', () => {
    const fromJson = createMatcher(JSON.parse(JSON.stringify(compiled)));
    expect(fromJson.findInText('Involuntary muscle spasms')).toEqual(matcher.findInText('Involuntary muscle spasms'));
  });
});

describe('findInSegments', () => {
  const id = (m: { entry: number }) => compiled.entries[m.entry]!.id;

  it.each<[string, string[], [string, [number, number], [number, number]][]]>([
    ['a term split by inline markup', ['muscle ', 'spasm'], [['muscle-spasm', [0, 0], [1, 5]]]],
    ['a term inside one segment', ['a muscle spasm here'], [['muscle-spasm', [0, 2], [0, 14]]]],
    ['a start at a segment boundary lies in the next segment', ['see ', 'muscle spasm'], [['muscle-spasm', [1, 0], [1, 12]]]],
    ['an end at a segment boundary stays in its segment', ['muscle spasm', ' next'], [['muscle-spasm', [0, 0], [0, 12]]]],
    ['empty segments are skipped on both ends', ['', 'muscle', '', ' spasm', ''], [['muscle-spasm', [1, 0], [3, 6]]]],
    ['a term spread over three segments', ['high ', 'blood', ' pressure'], [['high-blood-pressure', [0, 0], [2, 9]]]],
    [
      'several terms',
      ['Involuntary muscle ', 'spasms', ' and ', 'blood'],
      [
        ['involuntary-muscle-spasm', [0, 0], [1, 6]],
        ['blood', [3, 0], [3, 5]],
      ],
    ],
  ])('%s', (_name, segments, expected) => {
    const matches = matcher.findInSegments(segments);
    expect(matches.map((m) => [id(m), [m.start.segment, m.start.offset], [m.end.segment, m.end.offset]])).toEqual(expected);
    for (const m of matches) {
      expect(m.start.offset).toBeLessThan(segments[m.start.segment]!.length);
      expect(m.end.offset).toBeGreaterThan(0);
    }
  });
});

describe('context words anywhere on a health page', () => {
  // Found by the brute-force property test: a cue word followed by a typographic apostrophe was
  // missed in text that needs no folding, which keeps its ’ while cue words have ASCII ones.
  const cued = createMatcher(compile([{ packId: 'p', entries: [entry('spasm', 'vertebra tooth artery', { forms: ['muscle'], context: ['muscle'] })] }]));

  it.each(["muscle's ", 'muscle\u2019s ', 'MUSCLE\u2019S '])('finds a term whose own word is its cue, in %j', (text) => {
    expect(cued.findInText(text, { healthTopic: true })).toEqual([{ entry: 0, start: 0, end: 8 }]);
  });

  it('still needs the cue somewhere', () => {
    expect(cued.findInText('vertebra tooth artery', { healthTopic: true })).toEqual([]);
  });
});

describe('cue words joined by a mark ("s/p", "I&O", "g/dL")', () => {
  // Such cues never matched before: the words of a cue were compared with whitespace between them only.
  const marked = createMatcher(compile([{ packId: 'p', entries: [entry('cabg', 'bypass graft', { context: ['s/p', 'I&O', 'complications: none'] })] }]));
  const found = (text: string, healthTopic = false) => marked.findInText(text, { healthTopic }).length;

  it.each(['Bypass graft, s/p 2019.', 'Strict I&O after the bypass graft.', 'Complications: none. Bypass graft done.', 'S/P   bypass graft.'])('counts near the term: %j', (text) => {
    expect(found(text)).toBe(1);
  });

  it.each(['Bypass graft, s p 2019.', 'Bypass graft, s-p 2019.', 'I & O after the bypass graft.', 'Bypass graft, sp 2019.', 'Complications none: bypass graft.'])(
    'needs the same mark between the words: %j',
    (text) => {
      expect(found(text)).toBe(0);
    },
  );

  it('counts anywhere in a text about health, with the mark as written', () => {
    const far = `The bypass graft held. ${'Words that say nothing. '.repeat(20)}`;
    expect(found(`${far}Seen s/p repair.`, true)).toBe(1);
    expect(found(`${far}Seen s p repair.`, true)).toBe(0);
  });
});

describe('answers kept for one text only', () => {
  // The matcher keeps, per call, which gated entries have cue words in the text; a later text must
  // never reuse an earlier one's answer.
  const gated = createMatcher(
    compile([
      {
        packId: 'p',
        entries: [
          entry('cold', 'cold', { context: ['virus', 'sneeze'] }),
          entry('tendon', 'tendon'),
          entry('ligament', 'ligament'),
          entry('cartilage', 'cartilage'),
          entry('bursa', 'bursa'),
        ],
      },
    ]),
  );
  const health = 'tendon ligament cartilage bursa.';

  it('near a cue, then in a text without one, then near a cue again', () => {
    expect(gated.findInText('A cold virus spread.').map((m) => m.entry)).toEqual([0]);
    expect(gated.findInText('A cold wind blew.')).toEqual([]);
    expect(gated.findInText('She had a cold and a sneeze.').map((m) => m.entry)).toEqual([0]);
  });

  it('a cue anywhere in a health text, then a health text without one', () => {
    const far = `The cold lingered. ${health} ${'Words that say nothing. '.repeat(20)}A virus was found.`;
    expect(gated.findInText(far).map((m) => m.entry)).toContain(0);
    const none = `The cold lingered. ${health} ${'Words that say nothing. '.repeat(20)}`;
    expect(gated.findInText(none).map((m) => m.entry)).not.toContain(0);
    expect(gated.findInText(far).map((m) => m.entry)).toContain(0);
  });

  it('a long text (a whole book, in one call) still finds cues near and anywhere', () => {
    const filler = 'Words that say nothing at all here. '.repeat(700);
    const long = `${filler}A cold virus. ${filler}${health} The cold lingered. ${filler}sneeze`;
    expect(long.length).toBeGreaterThan(20_000);
    expect(gated.findInText(long).filter((m) => m.entry === 0)).toHaveLength(2);
    expect(gated.findInText(`${filler}The cold lingered. ${health}`).filter((m) => m.entry === 0)).toHaveLength(0);
  });
});

describe('forms that begin with a unit that is no word character', () => {
  const matcher = createMatcher(
    compile([
      {
        packId: 'units',
        entries: [
          entry('percent-daily-value', '% daily value'),
          entry('percent-fat', '% fat', { context: ['label'] }),
          entry('daily', 'daily'),
          entry('value', 'value'),
        ],
      },
    ]),
  );
  const found = (text: string) => matcher.findInText(text).map((m) => text.slice(m.start, m.end));

  it('start a match where the unit stands at a word start, in text order with the words', () => {
    expect(found('% Daily Value is 20%. The daily value and 10 % daily value.')).toEqual(['% Daily Value', 'daily', 'value', '% daily value']);
  });

  it('never inside a word or inside a match already made', () => {
    expect(found('20% daily value')).toEqual(['daily', 'value']);
    expect(found('a 5%-% daily value')).toEqual(['% daily value']);
  });

  it('keep their context rule', () => {
    expect(found('The % fat on the label')).toEqual(['% fat']);
    expect(found('The % fat here')).toEqual([]);
  });
});

describe('Greek and Russian capitals', () => {
  const greek = compile([
    {
      packId: 'p',
      entries: [entry('cf', 'ΔF508', {}), entry('spasm', 'muscle spasm', {}), entry('mcg', 'μg', {})],
    },
  ]);
  const matcher = createMatcher(greek);
  const found = (text: string) => matcher.findInText(text).map((m) => `${text.slice(m.start, m.end)}=${greek.entries[m.entry]!.id}`);

  it('are read as the scan reads ASCII capitals, with no folded copy of the text', () => {
    const words = new TextWords();
    words.read('The ΔF508 change. Μg doses. ДНК.');
    expect(words.foldFree).toBe(true);
    words.read('ΟΔΟΣ');
    expect(words.foldFree).toBe(false);
  });

  it('match a term written with one (in capitals only: it is an abbreviation), and leave the rest of the text as it was', () => {
    expect(found('Most people with CF have ΔF508, not δf508. A muscle spasm.')).toEqual(['ΔF508=cf', 'muscle spasm=spasm']);
    // A sentence that starts with "μg" (Greek mu) capitalised makes a Greek capital Mu.
    expect(found('Μg per day. Then a muscle spasm.')).toEqual(['Μg=mcg', 'muscle spasm=spasm']);
  });
});

describe('the micro sign and the Greek mu', () => {
  it('are one letter to the matcher: pages write "µg" and "μg" alike', () => {
    const units = compile([{ packId: 'p', entries: [entry('mcg', 'µg', {}), entry('umol', 'μmol/L', {})] }]);
    const matcher = createMatcher(units);
    const found = (text: string) => matcher.findInText(text).map((m) => `${text.slice(m.start, m.end)}=${units.entries[m.entry]!.id}`);
    expect(found('Take 50 μg (micrograms), not 50 µg twice. Urea 5 µmol/L, then 6 μmol/L.')).toEqual(['μg=mcg', 'µg=mcg', 'µmol/L=umol', 'μmol/L=umol']);
  });

  it('also where the term must match its case exactly', () => {
    const exact = compile([{ packId: 'p', entries: [entry('mcg', 'mcg', { aliases: ['µg'], caseSensitive: true })] }]);
    const matcher = createMatcher(exact);
    expect(matcher.findInText('50 μg and 50 µg, not 50 MCG.').map((m) => m.start)).toEqual([3, 13]);
  });
});

describe('a state in a postal address', () => {
  const found = textsMatchedBy([entry('ca', 'CA', { context: ['cancer'] }), entry('or', 'OR', { context: ['surgery'] })]);

  it('is no abbreviation between a comma and a ZIP code, even beside its cue words', () => {
    expect(found('Breast Cancer Center, 200 Medical Plaza, Los Angeles, CA 90095')).toEqual([]);
    expect(found('Surgery Clinic, 3181 Park Rd, Portland, OR 97239-3098')).toEqual([]);
  });

  it('is still the abbreviation elsewhere', () => {
    expect(found('Hx of breast CA, cancer free since 2019.')).toEqual(['CA']);
    expect(found('Surgery, OR 4, at 07:30')).toEqual(['OR']);
    expect(found('Surgery in OR 12345 today')).toEqual(['OR']);
  });
});

describe('an abbreviation beside a technical term', () => {
  const found = textsMatchedBy([
    entry('iv', 'IV', { context: ['infusion'] }),
    entry('or', 'OR', { context: ['surgery'] }),
    entry('ondansetron', 'ondansetron', { level: 'technical' }),
    entry('appendectomy', 'appendectomy', { level: 'technical' }),
    entry('nausea', 'nausea', { level: 'general' }),
  ]);

  it('does without its context words in the sentence of a technical term', () => {
    expect(found('Ondansetron 4 mg IV was given before the move.')).toEqual(['Ondansetron', 'IV']);
    expect(found('He was taken to the OR for an emergency appendectomy.')).toEqual(['OR', 'appendectomy']);
  });

  it('reads a long block without a sentence break once, however many abbreviations wait in it', () => {
    const oneSentence = `${'IV and '.repeat(20_000)}ondansetron`;
    const manySentences = 'IV and ondansetron. '.repeat(20_000);
    // The fastest of three runs, so that a busy machine's pauses do not count.
    const fastest = (text: string) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const started = performance.now();
          found(text);
          return performance.now() - started;
        }),
      );
    expect(found(oneSentence)).toHaveLength(20_001);
    // Read once per waiting abbreviation, the one long sentence took seconds; read once, about three
    // times the same letters in short sentences that each hold the technical term (twice the
    // matches). Compared with that block rather than with a time in milliseconds, because a
    // loaded machine slows both alike.
    expect(fastest(oneSentence) / fastest(manySentences)).toBeLessThan(20);
  });

  it('still needs them beside a common health word, in another sentence, or as a town’s state', () => {
    expect(found('The nausea eased after the IV was started.')).toEqual(['nausea']);
    expect(found('The IV was started. Ondansetron came later.')).toEqual(['Ondansetron']);
    expect(found('Her appendectomy was done in Portland, OR last spring.')).toEqual(['appendectomy']);
  });
});

describe('letters the page spells out before them', () => {
  const found = textsMatchedBy([entry('avs', 'AVS', { context: ['visit'] }), entry('aldosteronism', 'aldosteronism', { level: 'technical' })]);

  it('are the page’s own abbreviation, not the entry’s, beside a technical term', () => {
    expect(found('Adrenal vein sampling (AVS) can show the cause of aldosteronism.')).toEqual(['aldosteronism']);
  });

  it('still count where the words before them spell something else, or when a cue word is near', () => {
    expect(found('Ask about the summary (AVS) for aldosteronism.')).toEqual(['AVS', 'aldosteronism']);
    expect(found('Adrenal vein sampling (AVS) came up at the visit.')).toEqual(['AVS']);
  });
});
