/**
 * Muting a term hides that term and nothing more: its text stays claimed, so the shorter terms
 * inside a muted multi-word term never surface there (issue #17, item 6).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, type CompileInput } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { loadValidPack } from '../../glossary/packs/prebuild';
import { withMuteSet } from '../../glossary/muted-ids';
import { entry } from './helpers/entries';

const pack: CompileInput = {
  packId: 'health',
  entries: [entry('blood', 'blood'), entry('blood-pressure', 'blood pressure'), entry('high-blood-pressure', 'high blood pressure'), entry('pressure', 'pressure')],
};

function shown(input: CompileInput[], text: string, mutedIds: string[]): string[] {
  const compiled = compile(input, { mutedIds });
  return createMatcher(compiled).findInText(text).map((match) => `${text.slice(match.start, match.end)}=${compiled.entries[match.entry]!.id}`);
}

describe('a muted multi-word term', () => {
  const text = 'Your blood pressure is fine. Blood tests and high blood pressure; pressure in the ear.';

  it('hides only itself: the words inside it stay unhighlighted where it stands', () => {
    expect(shown([pack], text, [])).toEqual(['blood pressure=blood-pressure', 'Blood=blood', 'high blood pressure=high-blood-pressure', 'pressure=pressure']);
    expect(shown([pack], text, ['health:blood-pressure'])).toEqual(['Blood=blood', 'high blood pressure=high-blood-pressure', 'pressure=pressure']);
  });

  it('does not hand a longer term to a shorter muted one, nor the other way round', () => {
    expect(shown([pack], text, ['health:high-blood-pressure'])).toEqual(['blood pressure=blood-pressure', 'Blood=blood', 'pressure=pressure']);
    expect(shown([pack], text, ['health:blood'])).toEqual(['blood pressure=blood-pressure', 'high blood pressure=high-blood-pressure', 'pressure=pressure']);
  });

  it('gives its very words to another glossary’s entry for them that is not muted', () => {
    const mine: CompileInput = { packId: 'mine', entries: [entry('blood-pressure', 'blood pressure')], overrides: true };
    expect(shown([mine, pack], 'blood pressure', ['mine:blood-pressure'])).toEqual(['blood pressure=blood-pressure']);
    const compiled = compile([mine, pack], { mutedIds: ['mine:blood-pressure'] });
    const [match] = createMatcher(compiled).findInText('blood pressure');
    expect(compiled.entries[match!.entry]!.packId).toBe('health');
  });

  // Loads, checks and compiles the whole bundled pack twice: about 4 s alone, and far more while
  // other suites share the machine's cores, where the default 5 s limit failed.
  it('in the bundled pack: muting blood pressure leaves no "blood" highlighted inside it', () => {
    const health = loadValidPack(resolve(import.meta.dirname, '../../glossary/packs/health'));
    const input = [{ packId: health.packId, entries: health.entries }];
    const sentence = 'Check your blood pressure every year.';
    const words = (muted: string[]) => shown(input, sentence, muted).map((item) => item.split('=')[0]);
    expect(words([])).toEqual(['blood pressure']);
    expect(words([`${health.packId}:blood-pressure`])).toEqual([]);
  }, 30_000);
});

describe('muting and unmuting from a card', () => {
  it('adds the per-glossary key once, and Undo removes it with any old bare key', () => {
    expect(withMuteSet(['a:x'], 'health', 'bp', true)).toEqual(['a:x', 'health:bp']);
    expect(withMuteSet(['health:bp'], 'health', 'bp', true)).toEqual(['health:bp']);
    expect(withMuteSet(['a:x', 'health:bp', 'bp'], 'health', 'bp', false)).toEqual(['a:x']);
  });

  it('uses the bare id when the card does not know the glossary', () => {
    expect(withMuteSet([], null, 'bp', true)).toEqual(['bp']);
    expect(withMuteSet(['bp', 'health:bp'], null, 'bp', false)).toEqual(['health:bp']);
  });
});
