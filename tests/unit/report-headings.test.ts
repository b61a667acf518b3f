import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { isReportHeading } from '../../glossary/report-heading';
import { itSkips, itSkipsOnHealthPages, itUnderlinesOnHealthPages } from './helpers/bundled-underline';
import { entry } from './helpers/entries';

const at = (text: string, word: string) => isReportHeading(text, text.indexOf(word), text.indexOf(word) + word.length);

describe('a report section heading', () => {
  it('is a word in capitals, or with a capital first letter, that begins its line and ends with a colon', () => {
    expect(at('IMPRESSION: No acute process.', 'IMPRESSION')).toBe(true);
    expect(at('Exam done.\n  FINDINGS : normal liver.', 'FINDINGS')).toBe(true);
    expect(at('Impression: no acute process.', 'Impression')).toBe(true);
    expect(at('Exam done.\nClear margins: yes', 'Clear margins')).toBe(true);
    expect(at('Exam done.\nimpression: no acute process.', 'impression')).toBe(false);
    expect(at('My impression: kind staff.', 'impression')).toBe(false);
    expect(at('OVERALL IMPRESSION: GOOD', 'IMPRESSION')).toBe(false);
    expect(at('IMPRESSION - no acute process.', 'IMPRESSION')).toBe(false);
    expect(at('PT: 12 s', 'PT')).toBe(false);
  });
});

describe('report words written as a heading', () => {
  const glossary = [
    entry('impression', 'impression', { category: 'lab-reports', context: ['radiologist'] }),
    entry('stroke', 'stroke', { category: 'nerves-brain', context: ['brain'] }),
  ];
  const matcher = createMatcher(compile([{ packId: 'test', entries: glossary }]));
  const shown = (text: string, healthTopic: boolean) => matcher.findInText(text, { healthTopic }).map((match) => text.slice(match.start, match.end));

  it('need no cue word on a page about health', () => {
    expect(shown('IMPRESSION: Mild degenerative change. No fracture.', true)).toEqual(['IMPRESSION']);
  });

  it('still need one elsewhere, or written in a sentence', () => {
    expect(shown('IMPRESSION: Mild degenerative change. No fracture.', false)).toEqual([]);
    expect(shown('My first impression: a friendly place.', true)).toEqual([]);
  });

  it('only for words of lab and report pages', () => {
    expect(shown('STROKE: what to look for', true)).toEqual([]);
  });
});

describe('the bundled pack', () => {
  itUnderlinesOnHealthPages([
    ['IMPRESSION: No acute cardiopulmonary process.', 'impression'],
    ['FINDINGS: The liver is normal in size with no focal lesion.', 'findings'],
    ['IMPRESSION: 4 mm nonobstructing stone in the left kidney.', 'impression'],
    ['Impression: Normal chest radiograph.', 'impression'],
    ['Findings: Heart size is normal. Lungs are clear.', 'findings'],
  ]);
  itSkipsOnHealthPages([
    ['My first impression: the staff were kind.', 'impression'],
    ['Our findings: most readers skip the leaflet.', 'findings'],
    ['The impression: a friendly place to stay.', 'impression'],
  ]);
  itSkips([['IMPRESSION: No acute cardiopulmonary process.', 'impression']]);
});
