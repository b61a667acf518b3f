import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { parseLabelled, scoreLines, surfaceAt, type LabelledLine } from '../../bench/labelled/score';
import { entry } from './helpers/entries';

const entries = [
  entry('tendon', 'tendon', { level: 'technical' }),
  entry('blood', 'blood', { level: 'everyday' }),
  entry('pt', 'PT', {
    level: 'technical',
    context: ['therapy', 'clotting'],
    senses: [
      { label: 'physical therapy', short: 'Exercise care.', cues: ['therapy'] },
      { label: 'prothrombin time', short: 'A clotting test.', cues: ['clotting'] },
    ],
  }),
];
const compiled = compile([{ packId: 'test', entries }]);
const glossary = { matcher: createMatcher(compiled), compiled, entries: new Map(entries.map((item) => [item.id, item])) };
const line = (text: string, surface: string, expect: string): LabelledLine => ({ group: 'g', text, surface, expect });
const score = (lines: LabelledLine[], underline: 'general' | 'everyday' = 'general') =>
  scoreLines(lines, glossary, { topic: 'alone', underline }).map(({ right, shown }) => ({ right, shown }));

describe('the labelled-sentence scorer (bench:labelled)', () => {
  it('scores the surface where it stands as a word, not inside a longer one', () => {
    expect(surfaceAt('XLA was ruled out; LA agreed.', 'LA')).toBe(19);
    expect(surfaceAt('LA first', 'LA')).toBe(0);
    expect(surfaceAt('Only XLA here', 'LA')).toBe(6);
    expect(score([line('Retendons aside, the tendon was torn.', 'tendon', 'the cord joining muscle to bone')])).toEqual([{ right: true, shown: 'tendon' }]);
  });

  it('counts a card as right for a meaning, no card as right for plain, and a list of meanings as right for ambiguous', () => {
    expect(
      score([
        line('The tendon was torn.', 'tendon', 'the cord joining muscle to bone'),
        line('Doing PT for clotting? PT is booked.', 'PT', 'prothrombin time'),
        line('PT sessions help after therapy or clotting tests.', 'PT', 'ambiguous: physical therapy | prothrombin time'),
        line('Starts at 10 a.m. PT today.', 'PT', 'plain'),
      ]),
    ).toEqual([
      { right: true, shown: 'tendon' },
      { right: true, shown: 'PT: prothrombin time' },
      { right: true, shown: 'lists meanings' },
      { right: true, shown: null },
    ]);
  });

  it('counts a card that chose another sense than the label names as wrong', () => {
    expect(
      score([
        line('Doing PT for clotting? PT is booked.', 'PT', 'physical therapy (exercise care)'),
        line('Doing PT for clotting? PT is booked.', 'PT', 'a clotting test'),
        line('Doing PT for clotting? PT is booked.', 'PT', 'something no sense names'),
      ]),
    ).toEqual([
      { right: false, shown: 'PT: prothrombin time' },
      { right: true, shown: 'PT: prothrombin time' },
      { right: true, shown: 'PT: prothrombin time' },
    ]);
  });

  it('counts what the setting leaves without an underline as not shown', () => {
    const blood = [line('Blood was drawn.', 'Blood', 'the red fluid')];
    expect(score(blood)).toEqual([{ right: false, shown: null }]);
    expect(score(blood, 'everyday')).toEqual([{ right: true, shown: 'blood' }]);
    expect(score([line('The tendon was torn.', 'tendon', 'plain')])).toEqual([{ right: false, shown: 'tendon' }]);
  });

  it('names the entry and level of a match the setting leaves plain, and only then', () => {
    const scored = scoreLines(
      [line('Blood was drawn.', 'Blood', 'the red fluid'), line('The tendon was torn.', 'tendon', 'a cord'), line('Nothing here.', 'here', 'a place')],
      glossary,
      { topic: 'alone', underline: 'general' },
    );
    expect(scored.map(({ plainByLevel }) => plainByLevel)).toEqual([{ term: 'blood', level: 'everyday' }, undefined, undefined]);
    expect(scoreLines([line('Blood was drawn.', 'Blood', 'the red fluid')], glossary, { topic: 'alone', underline: 'everyday' })[0]!.plainByLevel).toBeUndefined();
  });

  it('reads JSON Lines and names the file and line of one it cannot use', () => {
    const good = JSON.stringify(line('The tendon was torn.', 'tendon', 'plain'));
    expect(parseLabelled(`${good}\n\n${good}\n`, 'set.jsonl')).toHaveLength(2);
    expect(() => parseLabelled(`${good}\n{oops`, 'set.jsonl')).toThrow('set.jsonl, line 2: not JSON');
    expect(() => parseLabelled(JSON.stringify({ group: 'g', text: 't', surface: 's' }), 'set.jsonl')).toThrow('set.jsonl, line 1: "expect" is missing');
    expect(() => parseLabelled(JSON.stringify(line('The tendon was torn.', 'muscle', 'plain')), 'set.jsonl')).toThrow('the surface "muscle" is not in the text');
  });
});
