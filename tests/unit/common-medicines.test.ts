import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { loadValidPack } from '../../glossary/packs/prebuild';
import { bundledFormFilter } from '../../scripts/lib/form-filter';
import checklist from './data/common-medicines.json';

/**
 * The medicines readers meet most, by generic name: each must be matched whole by the bundled pack
 * as the build compiles it. The coverage tool's corpus has no medicine pages, so nothing else
 * notices when one goes missing.
 */
const { packId, entries } = loadValidPack(resolve(import.meta.dirname, '../../glossary/packs/health'));
const matcher = createMatcher(compile([{ packId, entries }], { dropDerivedForm: bundledFormFilter() }));

function matchedWhole(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return matcher.findInText(text, { healthTopic: false }).some((match) => match.start === start && match.end === start + name.length);
}

describe('common medicine names', () => {
  it('matches every name on the checklist in a sentence about a prescription', () => {
    const gated = checklist.gated as Record<string, string>;
    const missing = checklist.names.filter((name) => !matchedWhole(gated[name] ?? `The doctor prescribed ${name} for the patient's condition.`, name));
    expect(missing).toEqual([]);
    expect(checklist.names.length).toBeGreaterThanOrEqual(180);
  });

  it('keeps lithium plain in battery news, where the metal is meant', () => {
    expect(matchedWhole('Lithium prices fell as battery makers cut orders.', 'Lithium')).toBe(false);
  });
});
