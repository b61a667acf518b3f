/**
 * The options page's domain decisions, as the pure functions it calls: pack switches, unmuting a
 * row of Muted terms, and the glossary list's Undo-after-Remove and Rename.
 */
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../glossary/schema';
import { withPackEnabled } from '../../glossary/settings-schema';
import { withGlossaryPutBack, withGlossaryRenamed } from '../../glossary/user-glossary-list';
import type { UserGlossary } from '../../glossary/user-glossary-schema';
import { withoutMutedKey } from '../../glossary/muted-ids';

describe('withPackEnabled', () => {
  it.each([
    ['switching off adds the pack', [], 'health-basics', false, ['health-basics']],
    ['switching off twice adds it once', ['health-basics'], 'health-basics', false, ['health-basics']],
    ['switching off keeps the other packs', ['user-a'], 'health-basics', false, ['user-a', 'health-basics']],
    ['switching on removes the pack', ['user-a', 'health-basics'], 'health-basics', true, ['user-a']],
    ['switching on removes every mention', ['health-basics', 'user-a', 'health-basics'], 'health-basics', true, ['user-a']],
    ['switching on a pack that is on changes nothing', ['user-a'], 'health-basics', true, ['user-a']],
  ])('%s', (_, disabled, packId, enabled, expected) => {
    const before = [...disabled];
    expect(withPackEnabled(disabled, packId, enabled)).toEqual(expected);
    expect(disabled).toEqual(before);
  });
});

describe('withoutMutedKey', () => {
  it('removes exactly the row that was unmuted, per-glossary or old-style', () => {
    const muted = ['health-basics:kidney', 'kidney', 'user-a:kidney'];
    expect(withoutMutedKey(muted, 'health-basics:kidney')).toEqual(['kidney', 'user-a:kidney']);
    expect(withoutMutedKey(muted, 'kidney')).toEqual(['health-basics:kidney', 'user-a:kidney']);
    expect(withoutMutedKey(muted, 'user-b:kidney')).toEqual(muted);
    expect(muted).toEqual(['health-basics:kidney', 'kidney', 'user-a:kidney']);
  });
});

function entry(id: string): GlossaryEntry {
  return { id, term: id, aliases: [], forms: [], short: 'S.', explanation: 'L.', category: 'other', related: [], source: 'N', reviewed: '2026-11-30' };
}

function glossary(id: string, name = id.replace('user-', '')): UserGlossary {
  return { id, name, origin: 'file', fileName: `${id}.csv`, updatedAt: '2026-11-30T10:00:00.000Z', enabled: true, entries: [entry(`${id}-entry`)] };
}

const [A, B, C] = [glossary('user-a'), glossary('user-b'), glossary('user-c')];
const ids = (list: readonly UserGlossary[]) => list.map((item) => item.id);

describe('withGlossaryPutBack', () => {
  it('puts a removed glossary back in its old place', () => {
    expect(ids(withGlossaryPutBack([A, C], B, 1))).toEqual(['user-a', 'user-b', 'user-c']);
    expect(ids(withGlossaryPutBack([B, C], A, 0))).toEqual(['user-a', 'user-b', 'user-c']);
  });

  it('puts it at the end when the list has shrunk since', () => {
    expect(ids(withGlossaryPutBack([A], C, 2))).toEqual(['user-a', 'user-c']);
  });

  it('never holds it twice, and leaves the given list alone', () => {
    const list = [A, B, C];
    expect(withGlossaryPutBack(list, { ...B, name: 'B again' }, 0)).toEqual([{ ...B, name: 'B again' }, A, C]);
    expect(list).toEqual([A, B, C]);
  });
});

describe('withGlossaryRenamed', () => {
  const now = new Date('2026-12-01T09:00:00.000Z');

  it('renames only that glossary and marks it changed', () => {
    expect(withGlossaryRenamed([A, B], 'user-b', 'Heart words', now)).toEqual([A, { ...B, name: 'Heart words', updatedAt: now.toISOString() }]);
  });

  it("makes the name unique among the other glossaries' names, in any case", () => {
    expect(withGlossaryRenamed([A, B], 'user-b', 'A', now)[1]!.name).toBe('A (2)');
  });

  it('keeps its own name free: renaming to the same name changes only the date', () => {
    expect(withGlossaryRenamed([A, B], 'user-a', 'a', now)[0]).toEqual({ ...A, updatedAt: now.toISOString() });
  });
});
