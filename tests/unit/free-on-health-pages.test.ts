import { describe, expect, it } from 'vitest';
import { compile, type CompileOptions } from '../../glossary/compile';
import { emphasisWordCheck } from '../../glossary/frequency';
import { createMatcher } from '../../glossary/matcher';
import { checkPack } from '../../glossary/pack-checks';
import { commonWordList } from '../../scripts/lib/common-words';
import { entry } from './helpers/entries';

const GLOSSARY = [
  entry('stroke', 'stroke', { context: ['brain', 'clot'], notIn: ['stroke of luck'], freeOnHealthPages: true }),
  entry('cold', 'cold', { context: ['sneezing', 'runny nose'] }),
  entry('bp', 'BP', { caseSensitive: true, context: ['mmHg', 'systolic'], freeOnHealthPages: true }),
  entry('ct', 'CT', { caseSensitive: true, context: ['scan', 'contrast'], freeOnHealthPages: true }),
  entry('us', 'US', { caseSensitive: true, context: ['ultrasound', 'probe'], freeOnHealthPages: true }),
];
const EMPHASIS: CompileOptions = { isEmphasisWord: emphasisWordCheck(commonWordList()) };
const compiled = compile([{ packId: 'test', entries: GLOSSARY }], EMPHASIS);
const matcher = createMatcher(compiled);

function shown(text: string, healthTopic: boolean): string[] {
  return matcher.findInText(text, { healthTopic }).map((match) => text.slice(match.start, match.end));
}

describe('words free on health pages', () => {
  it('match with no cue word on a page about health', () => {
    expect(shown('Her father had a stroke last spring.', true)).toEqual(['stroke']);
    expect(shown('Your BP today was 128/82, a little high.', true)).toEqual(['BP']);
  });

  it('still need their cue words on a page that is not about health', () => {
    expect(shown('Her father had a stroke last spring.', false)).toEqual([]);
    expect(shown('Your BP today was 128/82, a little high.', false)).toEqual([]);
    expect(shown('The clot travelled to the brain and caused a stroke.', false)).toEqual(['stroke']);
  });

  it('leave the phrases of another sense plain on health pages too', () => {
    expect(shown('It was a stroke of luck that the ambulance was nearby.', true)).toEqual([]);
  });

  it('change nothing for entries without the mark', () => {
    expect(shown('It is cold outside, so wrap up.', true)).toEqual([]);
    expect(shown('A cold with sneezing and a runny nose.', true)).toEqual(['cold']);
  });

  it('as abbreviations, skip headings in capitals, a town and its state, and letters spelled out just before', () => {
    expect(shown('WHAT TO DO IF YOUR BP IS HIGH', true)).toEqual([]);
    expect(shown('The clinic moved to Hartford, CT last year.', true)).toEqual([]);
    expect(shown('A computed tomography (CT) was done.', true)).toEqual([]);
    expect(shown('The CT was done on Tuesday.', true)).toEqual(['CT']);
    // Small words the letters leave out ("of", "and", "the") may stand between the spelled words, never after the last.
    expect(shown('The Bureau of Petroleum (BP) reported lower output.', true)).toEqual([]);
    expect(shown('The Bureau of Petroleum of (BP) reported lower output.', true)).toEqual(['BP']);
    expect(shown('The Bureau of the Petroleum (BP) reported lower output.', true)).toEqual([]);
    expect(shown('The Bureau’s great Petroleum (BP) reported lower output.', true)).toEqual(['BP']);
  });

  it('never include abbreviations that spell a word writers put in capitals for emphasis', () => {
    expect(shown('Rates in the US rose again last year.', true)).toEqual([]);
    expect(shown('The US showed gallstones with no ultrasound signs of swelling.', true)).toEqual(['US']);
    const marked = compiled.entries.map((item) => [item.id, item.freeOnHealthPages === true]);
    expect(marked).toEqual([
      ['stroke', true],
      ['cold', false],
      ['bp', true],
      ['ct', true],
      ['us', false],
    ]);
  });

  it('are a problem in a pack when the entry has no context words to go without', () => {
    const files = new Map([['other.json', [entry('murmur', 'murmur', { freeOnHealthPages: true, level: 'technical', pronunciation: 'MUR-mur' })]]]);
    const problems = checkPack({ id: 'test', name: 'Test', version: '1.0.0' }, files).problems.filter((problem) => problem.entry === 'murmur');
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'freeOnHealthPages: changes nothing: the entry has no context words, so its words match on every page already',
    ]);
  });
});
