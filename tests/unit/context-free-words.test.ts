/**
 * Pack 2.36 lists, for 225 entries whose term waits for a context word, the words that mean the
 * entry wherever they stand (contextFree): "urticaria" for hives, "herpes zoster" for shingles,
 * "melanocytic nevi" for moles. Each must now be explained in a sentence with no cue word, while
 * the entry's other words, in their other senses, stay plain.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { loadValidPack } from '../../glossary/packs/prebuild';
import { bundledCompileOptions } from '../../scripts/lib/compile-options';
import { itLeavesPlain, itUnderlines } from './helpers/bundled-underline';

const pack = loadValidPack(resolve(import.meta.dirname, '../../glossary/packs/health'));
const compiled = compile([{ packId: pack.packId, entries: pack.entries }], bundledCompileOptions());
const matcher = createMatcher(compiled);

describe('context-free words of the bundled pack', { timeout: 60_000 }, () => {
  const freed = pack.entries.flatMap((entry) => (entry.contextFree ?? []).map((word) => ({ id: entry.id, word })));

  it('are listed for over 200 entries', () => {
    expect(new Set(freed.map(({ id }) => id)).size).toBeGreaterThan(200);
  });

  it('each explain their own entry in a sentence with no cue word', () => {
    const missed = freed.filter(({ id, word }) => {
      const text = `We read about ${word} yesterday.`;
      const at = text.indexOf(word);
      return !matcher.findInText(text).some((m) => m.start === at && m.end === at + word.length && compiled.entries[m.entry]!.id === id);
    });
    expect(missed).toEqual([]);
  });

  itUnderlines([
    ['The urticaria faded after two days.', 'hives'],
    ['She had herpes zoster last year.', 'shingles'],
    ['He has several melanocytic nevi on his back.', 'mole'],
    ['Photophobia can follow a head injury.', 'light-sensitivity'],
    ['Gastroesophageal reflux is common in infants.', 'acid-reflux'],
    ['A furuncle is usually drained.', 'skin-boil'],
    ['Epistaxis stopped with pressure.', 'nosebleed'],
    ['The posterior cruciate ligament was torn.', 'pcl'],
    ['Tetrahydrocannabinol levels were measured.', 'thc'],
    ['Stenosing tenosynovitis was diagnosed.', 'trigger-finger'],
    ['Fasciculations were seen in both calves.', 'twitch'],
    ['The hard palate was intact.', 'palate'],
  ]);

  itLeavesPlain([
    'The hives were humming with bees all summer.',
    'A mole dug up the lawn overnight.',
    'The wine pleased his palate.',
    'Put a colon before the list.',
    'Our dating scan found three fake profiles.',
    'He stammered an apology to the referee.',
    'The port was busy with container ships.',
    'Acid reflux of the solvent was kept for an hour in the flask.',
  ]);
});
