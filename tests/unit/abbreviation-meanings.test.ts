import { describe, expect, it } from 'vitest';
import { compile, type CompileOptions } from '../../glossary/compile';
import { emphasisWordCheck } from '../../glossary/frequency';
import { createMatcher } from '../../glossary/matcher';
import type { Sense } from '../../glossary/schema';
import { chooseSense } from '../../glossary/senses';
import { commonWordList } from '../../scripts/lib/common-words';
import { itLeavesWordPlain, itListsMeanings } from './helpers/bundled-underline';
import { entry } from './helpers/entries';

const MS_SENSES: Sense[] = [
  { label: 'multiple sclerosis', short: 'A disease of the nerves.', cues: ['myelin', 'relapse'] },
  { label: 'mitral stenosis', short: 'A narrowed heart valve.', cues: ['valve', 'murmur'] },
];
const OR_SENSES: Sense[] = [
  { label: 'operating room', short: 'Where surgery is done.', cues: ['surgery', 'surgeon'] },
  { label: 'odds ratio', short: 'A research figure.', cues: ['95% CI', 'cohort'] },
];
const GLOSSARY = [
  entry('ms', 'MS', { caseSensitive: true, context: ['myelin', 'relapse', 'valve', 'murmur'], senses: MS_SENSES }),
  entry('or', 'OR', { caseSensitive: true, context: ['surgery', 'surgeon', '95% CI', 'cohort'], senses: OR_SENSES }),
  entry('hr', 'HR', { caseSensitive: true, context: ['pulse', 'bpm'] }),
];
const EMPHASIS: CompileOptions = { isEmphasisWord: emphasisWordCheck(commonWordList()) };

function shown(text: string, options: { healthTopic: boolean }, compileOptions: CompileOptions = EMPHASIS): string[] {
  const compiled = compile([{ packId: 'test', entries: GLOSSARY }], compileOptions);
  return createMatcher(compiled)
    .findInText(text, options)
    .map((match) => {
      const found = GLOSSARY.find((item) => item.id === compiled.entries[match.entry]!.id)!;
      const sense = found.senses ? chooseSense(found.senses, text, match.start, match.end) : undefined;
      return `${found.term}${sense === undefined ? '' : sense === null ? ': lists meanings' : `: ${found.senses![sense]!.label}`}`;
    });
}

describe('letters with several meanings and no cue words', () => {
  it('are shown on a page about health, their card listing the meanings', () => {
    expect(shown('Past history: MS, followed by an outside specialist.', { healthTopic: true })).toEqual(['MS: lists meanings']);
  });

  it('are left plain on a page that is not about health', () => {
    expect(shown('Past history: MS, followed by an outside specialist.', { healthTopic: false })).toEqual([]);
  });

  it('still take the meaning their cue words point to', () => {
    expect(shown('MS, with a relapse last spring.', { healthTopic: true })).toEqual(['MS: multiple sclerosis']);
  });

  it('are left plain in a sentence written all in capitals (a heading, a shouted line)', () => {
    expect(shown('CALL US ABOUT YOUR MS TODAY', { healthTopic: true })).toEqual([]);
  });

  it('are left plain after a town or a name and a comma, and where the page spells them out just before', () => {
    expect(shown('Our clinic is in Bozeman, MS for now.', { healthTopic: true })).toEqual([]);
    expect(shown('Written by Dana Reyes, MS, for the clinic team.', { healthTopic: true })).toEqual([]);
    expect(shown('People with mitral stenosis (MS) may feel short of breath.', { healthTopic: true })).toEqual([]);
  });

  it('need two meanings: letters with one still wait for their cue words', () => {
    expect(shown('Her HR was noted on arrival.', { healthTopic: true })).toEqual([]);
    expect(shown('Her HR was 88 bpm on arrival.', { healthTopic: true })).toEqual(['HR']);
  });

  it('never include letters that spell a word writers put in capitals for emphasis', () => {
    expect(shown('Take it with food OR milk.', { healthTopic: true })).toEqual([]);
    expect(shown('She is still in the OR with the surgeon.', { healthTopic: true })).toEqual(['OR: operating room']);
    // Only the build's word list says which words those are: without it, OR lists its meanings too.
    expect(shown('Take it with food OR milk.', { healthTopic: true }, {})).toEqual(['OR: lists meanings']);
  });

  it('is marked in the tables only for an abbreviation with two senses or more', () => {
    const compiled = compile([{ packId: 'test', entries: GLOSSARY }], EMPHASIS);
    expect(compiled.entries.map((item) => [item.id, item.meanings === true])).toEqual([
      ['ms', true],
      ['or', false],
      ['hr', false],
    ]);
  });
});

describe('the bundled pack on a page about health', () => {
  itListsMeanings([
    ['Pt with hx of MS, here for routine follow-up.', 'MS'],
    ['PT ordered, will follow up in two weeks.', 'PT'],
    ['History of ED; referred to a specialist.', 'ED'],
  ]);

  itLeavesWordPlain([
    ['Take it with food OR milk, never on an empty stomach.', 'OR'],
    ['Clinic address: 1200 Main Street, Portland, OR 97201.', 'OR'],
    ['Written by Dana Reyes, MD, for the clinic team.', 'MD'],
    ['CALL THE ED IF YOU FEEL WORSE', 'ED'],
  ]);
});
