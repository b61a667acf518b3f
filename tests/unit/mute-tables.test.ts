import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, expandGlossary, type CompiledGlossary } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { muteInTables } from '../../glossary/mute-tables';
import { loadValidPack } from '../../glossary/packs/prebuild';
import { bundledCompileOptions } from '../../scripts/lib/compile-options';

/**
 * The background marks muted terms in the bundled pack's build-time tables instead of compiling
 * the pack again; the matches must be the ones a compile with the same mutes gives.
 */
const { packId, entries } = loadValidPack(resolve(import.meta.dirname, '../../glossary/packs/health'));
const options = bundledCompileOptions();
const tables = compile([{ packId, entries }], options);

/** The forms that several entries claim, where the order of their owners decides, and those entries. */
function sharedForms(): { forms: string[]; owners: string[] } {
  const byKey = new Map<string, Set<string>>();
  for (const form of expandGlossary([{ packId, entries }], options).forms) {
    const ids = byKey.get(form.key) ?? new Set<string>();
    ids.add(entries[form.entry]!.id);
    byKey.set(form.key, ids);
  }
  const shared = [...byKey].filter(([, ids]) => ids.size > 1);
  return { forms: shared.map(([key]) => key), owners: [...new Set(shared.flatMap(([, ids]) => [...ids]))] };
}

function matchesOf(compiled: CompiledGlossary, texts: readonly string[]) {
  const matcher = createMatcher(compiled);
  return texts.map((text) => matcher.findInText(text, { healthTopic: true }).map((match) => `${match.start}-${match.end}:${compiled.entries[match.entry]!.id}`));
}

describe('muting terms in compiled tables', () => {
  const shared = sharedForms();
  const texts = [
    ...shared.forms.map((form) => `The doctor said the ${form} was checked, with a blood test and a scan of the heart and lungs.`),
    'Your blood pressure is the push of blood on the walls of your blood vessels. A nurse checks your blood pressure at every visit.',
  ];

  it('gives back the same tables when nothing is muted', () => {
    expect(muteInTables(tables, [])).toBe(tables);
    expect(muteInTables(tables, ['no-such-entry'])).toBe(tables);
  });

  it.each([
    [[`${packId}:blood-pressure`]],
    [['blood']],
    [[`${packId}:cold`, `${packId}:stroke`, 'iron', `${packId}:ms`, `${packId}:pe`]],
    ['every other entry that shares a form', 0],
    ['every other entry that shares a form', 1],
  ])('matches as a compile with the same mutes does: %j', (which, offset = 0) => {
    const mutedIds = Array.isArray(which) ? which : shared.owners.filter((_, i) => i % 2 === offset).map((id) => `${packId}:${id}`);
    // One owner per written surface keeps these few (a form the rules derive for two entries).
    expect(shared.forms.length).toBeGreaterThan(0);
    const marked = muteInTables(tables, mutedIds);
    expect(marked.entries.filter((entry) => entry.muted).length).toBe(mutedIds.length);
    expect(matchesOf(marked, texts)).toEqual(matchesOf(compile([{ packId, entries }], { ...options, mutedIds }), texts));
  });

  it('mutes the shared forms of a muted entry in favour of the other owners', () => {
    // Find a form two entries claim, mute its first owner, and the second comes first.
    const { start, entry } = tables.owners;
    const form = [...start.keys()].find((f) => f + 1 < start.length && start[f + 1]! - start[f]! > 1 && entry[start[f]!] !== entry[start[f]! + 1])!;
    const [first, second] = [entry[start[form]!]!, entry[start[form]! + 1]!];
    const marked = muteInTables(tables, [`${packId}:${tables.entries[first]!.id}`]);
    expect(marked.owners.entry[start[form]!]).toBe(second);
    expect(marked.owners.entry.slice(start[form], start[form + 1])).toContain(first);
  });
});
