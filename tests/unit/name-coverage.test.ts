import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import type { RankOf } from '../../glossary/frequency';
import { createMatcher } from '../../glossary/matcher';
import { measureNameCoverage } from '../../glossary/name-coverage';
import { entry } from './helpers/entries';

/** A tiny stand-in for the general-English list: these words are frequent, everything else is rare. */
const FREQUENT = ['frozen', 'shoulder', 'blood', 'test', 'syndrome', 'and'];
const rankOf: RankOf = (word) => {
  const index = FREQUENT.indexOf(word);
  return index < 0 ? undefined : index;
};

const matcher = createMatcher(
  compile([
    {
      packId: 'p',
      entries: [entry('neuroma', 'neuroma'), entry('ataxia', 'ataxia'), entry('aldolase-test', 'aldolase blood test'), entry('plaque', 'plaque', { context: ['artery'] })],
    },
  ]),
);

describe('name coverage', () => {
  const report = measureNameCoverage(['Morton neuroma', 'Frozen shoulder', 'Aldolase blood test', 'Ataxia and hypoplasia', 'Aicardi syndrome', 'ataxia'], matcher, rankOf);

  it('leaves names without a rare word out of the share', () => {
    expect(report.names).toBe(6);
    expect(report.withRareWords).toBe(5);
  });

  it('counts a name as explained only when each of its rare words is inside a match', () => {
    // "Morton" is rare and capitalised: an eponym is part of the name, and nothing explains it.
    expect(report.missed).toEqual([
      { name: 'Morton neuroma', words: ['morton'] },
      { name: 'Ataxia and hypoplasia', words: ['hypoplasia'] },
      { name: 'Aicardi syndrome', words: ['aicardi'] },
    ]);
    expect(report.explained).toBe(2);
  });

  it('counts names one match covers from end to end', () => {
    expect(report.wholeNames).toBe(2); // "Aldolase blood test", "ataxia"
  });

  it('applies the matcher it is given: a term whose cue words are missing stays unexplained (the command leaves context rules out)', () => {
    expect(measureNameCoverage(['plaque'], matcher, rankOf).explained).toBe(0);
  });
});
