import { describe, expect, it } from 'vitest';
import { chooseSense } from '../../glossary/senses';
import type { Sense } from '../../glossary/schema';

const DISCHARGE: Sense[] = [
  { label: 'leaving hospital', short: 'Being sent home from the hospital.', cues: ['hospital', 'home', 'instructions', 'summary'] },
  { label: 'fluid', short: 'Fluid coming out of the body.', cues: ['vaginal', 'nipple', 'pus', 'wound', 'yellow'] },
];

function senseIn(sentence: string, word = 'discharge'): string | null {
  const start = sentence.toLowerCase().indexOf(word);
  const chosen = chooseSense(DISCHARGE, sentence, start, start + word.length);
  return chosen === null ? null : DISCHARGE[chosen]!.label;
}

describe('chooseSense', () => {
  it.each([
    ['Your discharge instructions list your medicines.', 'leaving hospital'],
    ['She went home after discharge from the hospital.', 'leaving hospital'],
    ['A yellow discharge from the wound can mean infection.', 'fluid'],
    ['Vaginal discharge changes during the cycle.', 'fluid'],
  ])('%s → %s', (sentence, label) => {
    expect(senseIn(sentence)).toBe(label);
  });

  it('chooses nothing when no cue decides, or when cues of both senses are near', () => {
    expect(senseIn('The discharge was noted.')).toBeNull();
    expect(senseIn('At hospital discharge the wound still had pus.')).toBeNull();
  });

  it('uses cue words elsewhere in the block when none is near', () => {
    const block = 'The nurse went over the hospital papers with him. ' + 'Words '.repeat(30) + 'Then came discharge.';
    expect(senseIn(block)).toBe('leaving hospital');
  });

  it('takes a cue word inside the name matched as the meaning, before the words around it', () => {
    const sentence = 'Wound discharge: the nurse will check it before you go home from the hospital.';
    expect(chooseSense(DISCHARGE, sentence, 0, 'Wound discharge'.length)).toBe(1);
    // The single word itself is no cue: the words around it decide.
    expect(senseIn(sentence)).toBeNull();
  });

  it('finds inflected cues (wounds) and has nothing to choose for an entry without senses', () => {
    expect(senseIn('Discharge from both wounds was clear.')).toBe('fluid');
    expect(chooseSense([], 'discharge', 0, 9)).toBeNull();
  });
});
