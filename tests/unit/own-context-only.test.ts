/**
 * Entries marked `ownContextOnly`: their abbreviations wait for the entry's own context words even
 * where a technical term shares their sentence or the page is about health, which is what lets any
 * other gated abbreviation open there. For letters health writing uses for other things too
 * ("GDP", a country's output, in an article on health spending).
 */
import { describe, expect, it } from 'vitest';
import { compile, type CompileOptions } from '../../glossary/compile';
import { emphasisWordCheck } from '../../glossary/frequency';
import { createMatcher } from '../../glossary/matcher';
import { checkPack } from '../../glossary/pack-checks';
import { commonWordList } from '../../scripts/lib/common-words';
import { itSkips, itUnderlinesOnHealthPages } from './helpers/bundled-underline';
import { entry } from './helpers/entries';

const GLOSSARY = [
  entry('gdp', 'GDP', { caseSensitive: true, context: ['dentist', 'dental practice'], ownContextOnly: true, level: 'technical' }),
  // The same letters and cue words without the mark, as every gated abbreviation was before it.
  entry('gdx', 'GDX', { caseSensitive: true, context: ['dentist', 'dental practice'], level: 'technical' }),
  entry('io', 'IO', {
    caseSensitive: true,
    context: ['tibia', 'infusion'],
    ownContextOnly: true,
    senses: [
      { label: 'intraosseous', short: 'Into the bone marrow.', cues: ['tibia'] },
      { label: 'immuno-oncology', short: 'Cancer drugs that work through the immune system.', cues: ['checkpoint'] },
    ],
  }),
  entry('amr', 'antimicrobial resistance', { level: 'technical' }),
  entry('appendectomy', 'appendectomy', { level: 'technical' }),
];
const EMPHASIS: CompileOptions = { isEmphasisWord: emphasisWordCheck(commonWordList()) };
const compiled = compile([{ packId: 'test', entries: GLOSSARY }], EMPHASIS);
const matcher = createMatcher(compiled);

function shown(text: string, healthTopic: boolean): string[] {
  return matcher.findInText(text, { healthTopic }).map((match) => text.slice(match.start, match.end));
}

describe('abbreviations that wait for their own context words', () => {
  it('stay plain beside a technical term, where an unmarked abbreviation opens', () => {
    expect(shown('Antimicrobial resistance could cost 3% of GDP by 2050.', false)).toEqual(['Antimicrobial resistance']);
    expect(shown('Antimicrobial resistance could cost 3% of GDX by 2050.', false)).toEqual(['Antimicrobial resistance', 'GDX']);
    expect(shown('After the appendectomy, spending rose as a share of GDP.', true)).toEqual(['appendectomy']);
  });

  it('open with their own context words, on any page', () => {
    expect(shown('Your GDP is the dentist who does your check-ups.', false)).toEqual(['GDP']);
    expect(shown('Your GDP is the dentist who does your check-ups.', true)).toEqual(['GDP']);
  });

  it('with several meanings, are not shown without a cue on a health page', () => {
    expect(shown('Spending on IO rose sharply in 2024, the report says.', true)).toEqual([]);
    expect(shown('IO access in the tibia after two failed attempts.', true)).toEqual(['IO']);
  });

  it('compile to a mark that turns off listing the meanings and going free on health pages', () => {
    const marks = compiled.entries.map((item) => [item.id, item.ownContextOnly === true, item.meanings === true]);
    expect(marks).toEqual([
      ['gdp', true, false],
      ['gdx', false, false],
      ['io', true, false],
      ['amr', false, false],
      ['appendectomy', false, false],
    ]);
    const unmarked = compile([{ packId: 'test', entries: [{ ...GLOSSARY[2]!, ownContextOnly: undefined }] }], EMPHASIS);
    expect(unmarked.entries[0]!.meanings).toBe(true);
  });

  it('are a problem in a pack where the mark does nothing or contradicts freeOnHealthPages', () => {
    const files = new Map([
      [
        'other.json',
        [
          entry('bo', 'BO', { caseSensitive: true, ownContextOnly: true, level: 'technical' }),
          entry('pe', 'PE', { caseSensitive: true, context: ['clot'], freeOnHealthPages: true, ownContextOnly: true, level: 'technical' }),
          entry('band', 'band', { context: ['gastric'], ownContextOnly: true, level: 'general' }),
          entry('ltg', 'LTG', { caseSensitive: true, context: ['lamotrigine'], ownContextOnly: true, level: 'technical' }),
        ],
      ],
    ]);
    const problems = checkPack({ id: 'test', name: 'Test', version: '1.0.0' }, files).problems.filter((problem) => problem.field === 'ownContextOnly');
    expect(problems.map((problem) => `${problem.entry}: ${problem.message}`)).toEqual([
      'bo: changes nothing: the entry has no context words to wait for',
      'pe: contradicts freeOnHealthPages: one lets the words go without context words on health pages, the other never',
      'band: changes nothing: it applies to abbreviations (names in capitals, or any name of a case-sensitive entry), and the entry has none',
    ]);
  });
});

describe('bundled letters that health writing also uses in another sense', () => {
  // Each sentence holds a technical term, which opens any other gated abbreviation beside it.
  itSkips([
    ['Antimicrobial resistance may cost the UK 2% of its GDP.', 'gdp'],
    ['Aphasia therapy: LTG is to order a coffee using short phrases.', 'ltg'],
    ['Apocrine sweat glands in the armpit are behind most BO.', 'bo'],
    ['We run an AUDIT of antibiotic prescribing for cellulitis each spring.', 'audit'],
    ['The appendectomy was billed under the wrong CPT.', 'cpt'],
  ]);
  itUnderlinesOnHealthPages([
    ['Your GDP can place the filling once the dental abscess has settled.', 'gdp'],
    ['Epilepsy clinic: LTG increased to 100 mg twice daily.', 'ltg'],
    ['BO x2 today, Bristol type 4, no rectal bleeding.', 'bo'],
    ['AUDIT score 19, drinking about 50 units a week.', 'audit'],
    ['A course of CPT for PTSD starts in January.', 'cpt'],
    ['Laparoscopy confirmed DIE on the uterosacral ligaments.', 'die'],
  ]);
});
