/**
 * Issue #17: the conflict model. A user glossary's entry wins for the words it lists while the
 * glossary is on, nothing is muted to get there, mutes are per glossary, and the old mutes the
 * import flow added are migrated away.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../glossary/matcher';
import { planImport, plural, uniqueName } from '../../glossary/import';
import { describeRestore } from '../../glossary/import/restore';
import { DEFAULT_SETTINGS, resolveSettings } from '../../glossary/settings-schema';
import { compileEffective, EntryLookup, userSource, type GlossarySource } from '../../utils/background/effective-glossary';
import { hasOldMutes, isMuted, migrateMutedIds, mutedKey, parseMutedKey, withMuted, withoutMuted } from '../../glossary/muted-ids';
import type { UserGlossary } from '../../glossary/user-glossary-schema';
import { entry } from './helpers/entries';

const bundledEntries = [
  entry('kidney', 'kidney', { forms: ['kidneys'] }),
  entry('diuretic', 'diuretic', { aliases: ['water pill'] }),
  entry('glomerular-filtration-rate', 'glomerular filtration rate', { aliases: ['eGFR', 'GFR'] }),
  entry('blood', 'blood'),
  entry('artery', 'artery'),
];
const bundled: GlossarySource = { packId: 'health-basics', name: 'Health basics', version: '1', entries: bundledEntries };

function user(id: string, entries: UserGlossary['entries'], extra: Partial<UserGlossary> = {}): UserGlossary {
  return { id, name: id.replace('user-', ''), origin: 'file', updatedAt: '2026-12-01T00:00:00.000Z', enabled: true, entries, ...extra };
}
const mine = user('user-kidney-words', [
  entry('kidney', 'kidney', { short: 'My kidney.' }),
  entry('water-pill', 'water pill'),
  entry('egfr', 'eGFR'),
]);

const settings = (extra: Partial<typeof DEFAULT_SETTINGS> = {}) => ({ mutedIds: [], disabledPacks: [], ...extra });
const found = (sources: GlossarySource[], text: string, extra = {}) => {
  const compiled = compileEffective(sources, settings(extra));
  return createMatcher(compiled).findInText(text).map((match) => {
    const meta = compiled.entries[match.entry]!;
    return `${text.slice(match.start, match.end)}=${meta.packId}/${meta.id}`;
  });
};

describe('a user glossary beside the bundled pack', () => {
  const text = 'The kidney and both kidneys; a water pill, a diuretic; your eGFR; blood in an artery.';

  it('wins for the words it lists while it is on, whatever order the sources come in', () => {
    const expected = [
      'kidney=user-kidney-words/kidney',
      'kidneys=health-basics/kidney',
      'water pill=user-kidney-words/water-pill',
      'diuretic=health-basics/diuretic',
      'eGFR=user-kidney-words/egfr',
      'blood=health-basics/blood',
      'artery=health-basics/artery',
    ];
    expect(found([bundled, userSource(mine)], text)).toEqual(expected);
    expect(found([userSource(mine), bundled], text)).toEqual(expected);
  });

  it('brings every bundled entry back when it is switched off or removed: nothing was muted', () => {
    const all = ['kidney', 'kidneys', 'water pill', 'diuretic', 'eGFR', 'blood', 'artery'];
    expect(found([bundled, userSource(mine)], text, { disabledPacks: ['user-kidney-words'] }).map((m) => m.split('=')[0])).toEqual(all);
    expect(found([bundled], text).every((m) => m.includes('health-basics/'))).toBe(true);
    expect(found([bundled], text)).toHaveLength(all.length);
  });

  it('mutes per glossary: muting my kidney leaves the bundled one, and the other way round', () => {
    expect(found([bundled, userSource(mine)], 'kidney', { mutedIds: [mutedKey('user-kidney-words', 'kidney')] })).toEqual(['kidney=health-basics/kidney']);
    expect(found([bundled, userSource(mine)], 'kidney', { mutedIds: [mutedKey('health-basics', 'kidney')] })).toEqual(['kidney=user-kidney-words/kidney']);
    // An old-style bare id still mutes that id everywhere until it is migrated.
    expect(found([bundled, userSource(mine)], 'kidney', { mutedIds: ['kidney'] })).toEqual([]);
  });

  it('cards: the user entry is marked as the user’s, and "keep both" lists the bundled entry after it', () => {
    const plain = new EntryLookup([bundled, userSource(mine)]);
    expect(plain.reply('user-kidney-words', 'kidney')!.origin).toEqual({ packId: 'user-kidney-words', glossaryName: 'kidney-words', mine: true, alsoMeans: [] });
    expect(plain.reply('health-basics', 'kidney')!.origin!.mine).toBe(false);

    const both = new EntryLookup([bundled, userSource({ ...mine, keepBoth: true })]);
    const reply = both.reply('user-kidney-words', 'egfr')!;
    expect(reply.entry.term).toBe('eGFR');
    expect(reply.origin!.alsoMeans.map((other) => [other.packId, other.entry.id, other.glossaryName, other.mine])).toEqual([
      ['health-basics', 'glomerular-filtration-rate', 'Health basics', false],
    ]);
    // Not when the bundled entry is muted or its pack is switched off.
    expect(new EntryLookup([bundled, userSource({ ...mine, keepBoth: true })], settings({ mutedIds: ['health-basics:glomerular-filtration-rate'] })).reply('user-kidney-words', 'egfr')!.origin!.alsoMeans).toEqual([]);
    expect(new EntryLookup([bundled, userSource({ ...mine, keepBoth: true })], settings({ disabledPacks: ['health-basics'] })).reply('user-kidney-words', 'egfr')!.origin!.alsoMeans).toEqual([]);
  });
});

describe('muted keys', () => {
  it('name a pack and an id, and read old bare ids as every pack', () => {
    expect(mutedKey('user-a', 'stroke')).toBe('user-a:stroke');
    expect(parseMutedKey('user-a:stroke')).toEqual({ packId: 'user-a', id: 'stroke' });
    expect(parseMutedKey('stroke')).toEqual({ packId: null, id: 'stroke' });
    expect(isMuted(['user-a:stroke'], 'user-a', 'stroke')).toBe(true);
    expect(isMuted(['user-a:stroke'], 'health-basics', 'stroke')).toBe(false);
    expect(isMuted(['stroke'], 'health-basics', 'stroke')).toBe(true);
    expect(withMuted(['a:x'], 'a', 'x')).toEqual(['a:x']);
    expect(withoutMuted(['a:x', 'x', 'b:x'], 'a', 'x')).toEqual(['b:x']);
  });

  it('fit the stored settings: a long pack and id are kept, not thrown away with the whole list', () => {
    const key = mutedKey(`user-${'g'.repeat(60)}`, 'i'.repeat(100));
    expect(resolveSettings({ mutedIds: [key, 'health-basics:kidney'] }).mutedIds).toEqual([key, 'health-basics:kidney']);
  });
});

describe('migrating old mutes', () => {
  const source = (glossary: UserGlossary) => ({ packId: glossary.id, entries: glossary.entries, enabled: glossary.enabled });
  const bundledSource = { packId: 'health-basics', entries: bundledEntries };

  it('drops the mutes the old import flow added, keeps the user’s own, and qualifies them', () => {
    // The old "keep the file's entries" muted kidney, diuretic and glomerular-filtration-rate; the user muted artery.
    const old = ['kidney', 'diuretic', 'glomerular-filtration-rate', 'artery'];
    expect(migrateMutedIds(old, bundledSource, [source(mine)])).toEqual(['health-basics:artery']);
  });

  it('keeps a mute whose words no enabled user glossary claims (the user made it)', () => {
    const off = { ...mine, enabled: false };
    // Muted by id, it was muted in every glossary with that id: it stays so, now named per glossary.
    expect(migrateMutedIds(['kidney', 'artery'], bundledSource, [source(off)])).toEqual(['health-basics:kidney', 'user-kidney-words:kidney', 'health-basics:artery']);
    expect(migrateMutedIds(['kidney'], bundledSource, [])).toEqual(['health-basics:kidney']);
  });

  it('gives a mute of a user entry its glossary, keeps new-style keys, and runs to a fixed point', () => {
    const other = user('user-other', [entry('tinnitus', 'tinnitus')]);
    const migrated = migrateMutedIds(['tinnitus', 'user-x:y', 'gone'], bundledSource, [source(other)]);
    expect(migrated).toEqual(['user-other:tinnitus', 'user-x:y', 'health-basics:gone']);
    expect(hasOldMutes(migrated)).toBe(false);
    expect(migrateMutedIds(migrated, bundledSource, [source(other)])).toEqual(migrated);
    expect(hasOldMutes(['kidney'])).toBe(true);
  });
});

describe('planning an import', () => {
  const bundledGlossary = { id: 'health-basics', name: 'Health basics', entries: bundledEntries };
  const file = mine.entries;

  it('counts one conflict per file entry (3 entries, 3 conflicts), listing every entry already there', () => {
    const withSameIds = user('user-old', [entry('kidney', 'renal organ'), entry('diuretic', 'water pill')]);
    const plan = planImport(file, { user: [withSameIds], bundled: bundledGlossary, choice: 'keep-both', name: 'Kidney words' });
    expect(plan.conflicts.map((c) => [c.entry.term, c.existing.map((e) => `${e.glossaryName}/${e.term}`)])).toEqual([
      ['kidney', ['Health basics/kidney']],
      ['water pill', ['Health basics/diuretic', 'old/water pill']],
      ['eGFR', ['Health basics/glomerular filtration rate']],
    ]);
    expect(plan.entries).toHaveLength(3);
    expect(plan.keepBoth).toBe(true);
    expect(plan.removed).toEqual([]);
  });

  it('keep mine adds nothing when every entry clashes; keep theirs removes only user entries, never bundled ones', () => {
    expect(planImport(file, { user: [], bundled: bundledGlossary, choice: 'keep-ours', name: 'x' }).entries).toEqual([]);
    const old = user('user-old', [entry('wp', 'water pill')]);
    const theirs = planImport(file, { user: [old], bundled: bundledGlossary, choice: 'keep-theirs', name: 'x' });
    expect(theirs.entries).toHaveLength(3);
    expect(theirs.removed.map((item) => `${item.glossaryId}/${item.entryId}`)).toEqual(['user-old/wp']);
    expect(theirs.keepBoth).toBe(false);
  });

  it('makes names unique and pluralises counts', () => {
    expect(planImport(file, { user: [user('user-a', [], { name: 'Kidney words' })], choice: 'keep-both', name: 'kidney words' }).name).toBe('kidney words (2)');
    expect(uniqueName('A', ['A', 'a (2)'])).toBe('A (3)');
    expect(uniqueName('A', ['B'])).toBe('A');
    expect([plural(1, 'entry', 'entries'), plural(2, 'entry', 'entries'), plural(0, 'error'), plural(1, 'error')]).toEqual(['1 entry', '2 entries', '0 errors', '1 error']);
  });
});

describe('describing a restore', () => {
  it('lists each glossary with its counts now and after, and the settings that change', () => {
    const a = user('user-a', [entry('x', 'x'), entry('y', 'y')]);
    const b = user('user-b', [entry('z', 'z')]);
    const changes = describeRestore(
      { settings: { ...DEFAULT_SETTINGS, color: 'rose' }, glossaries: [a, b] },
      { settings: { pausedSites: ['example.com'] }, userGlossaries: [{ ...a, entries: [entry('x', 'x')] }, user('user-c', [])] },
    );
    expect(changes.glossaries).toEqual([
      { id: 'user-a', name: 'a', before: 2, after: 1 },
      { id: 'user-b', name: 'b', before: 1, after: null },
      { id: 'user-c', name: 'c', before: null, after: 0 },
    ]);
    expect(changes.settings).toEqual(['pausedSites', 'color']);
    expect(changes.same).toBe(false);
    expect(describeRestore({ settings: DEFAULT_SETTINGS, glossaries: [a] }, { settings: {}, userGlossaries: [a] }).same).toBe(true);
  });
});
