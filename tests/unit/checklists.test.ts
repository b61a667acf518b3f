import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { loadValidPack } from '../../glossary/packs/prebuild';
import { bundledCompileOptions } from '../../scripts/lib/compile-options';
import brands from './data/common-brands.json';
import medicines from './data/common-medicines.json';
import tests from './data/common-tests.json';

/**
 * Names readers meet most where the coverage corpus has no pages: medicines by generic and by brand
 * name, and the tests of patient portals. Each must be matched whole by the bundled pack as the build
 * compiles it, in a plain sentence (or, for a name shown only near its cue words, in a sentence
 * with one), so nothing goes missing unnoticed.
 */
interface Checklist {
  template: string;
  names: string[];
  cued: Record<string, string>;
}

const { packId, entries } = loadValidPack(resolve(import.meta.dirname, '../../glossary/packs/health'));
const matcher = createMatcher(compile([{ packId, entries }], bundledCompileOptions()));

function matchedWhole(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return start >= 0 && matcher.findInText(text, { healthTopic: false }).some((match) => match.start === start && match.end === start + name.length);
}

const unmatched = (list: Checklist) => list.names.filter((name) => !matchedWhole(list.cued[name] ?? list.template.replace('{name}', name), name));

describe('checklists of names readers meet', () => {
  it.each([
    ['common medicines', medicines as Checklist, 180],
    ['common tests and lab results', tests as Checklist, 140],
    ['brand names of common medicines', brands as Checklist, 50],
  ])('matches every name on the %s checklist', (_, list, atLeast) => {
    expect(unmatched(list)).toEqual([]);
    expect(list.names.length).toBeGreaterThanOrEqual(atLeast);
  });

  it('keeps lithium plain in battery news, where the metal is meant', () => {
    expect(matchedWhole('Lithium prices fell as battery makers cut orders.', 'Lithium')).toBe(false);
  });
});
