/**
 * Applying an import is one write: either storage takes the whole change or it keeps exactly
 * what it had. The fake storage hands out its live data, so an importer that edited what it
 * read (instead of a copy) would fail the "unchanged" checks too.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newGlossaryId, readGlossaryFile } from '../../glossary/import';
import { applyImport, applyPreview } from '../../utils/storage/user-glossaries';
import { serveLocalStorageFrom } from './helpers/memory-local-storage';
import type { GlossaryEntry } from '../../glossary/schema';
import type { UserGlossary } from '../../glossary/user-glossary-schema';

function entry(id: string, term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { id, term, aliases: [], forms: [], short: 'S.', explanation: 'L.', category: 'other', related: [], source: 'N', reviewed: '2026-11-30', ...extra };
}

function glossary(id: string, entries: GlossaryEntry[], extra: Partial<UserGlossary> = {}): UserGlossary {
  return { id, name: id.replace('user-', ''), origin: 'file', fileName: `${id}.csv`, updatedAt: '2026-11-30T10:00:00.000Z', enabled: true, entries, ...extra };
}

const MINE = glossary('user-mine', [entry('stroke', 'stroke'), entry('anemia', 'anemia')], { origin: 'my-terms', fileName: undefined });
const DAMAGED = { id: 'user-damaged', name: 42, entries: 'not a list' };
const NOW = new Date('2026-12-01T09:00:00.000Z');

/** browser.storage.local served from `data`, which the test inspects (see serveLocalStorageFrom). */
function memoryStorage(options: { failSet?: unknown; failGet?: unknown; initial?: unknown[] } = {}) {
  const data: Record<string, unknown> = { userGlossaries: structuredClone(options.initial ?? [MINE, DAMAGED]), settingsElsewhere: 1 };
  const { writes } = serveLocalStorageFrom(data, options);
  return { data, writes };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('applyImport', () => {
  it('adds a new glossary in one set() of one key, keeping every other item as it was', async () => {
    const { data, writes } = memoryStorage();
    const added = glossary('user-cardio', [entry('bp', 'blood pressure')]);
    await applyImport(added);
    expect(writes).toHaveLength(1);
    expect(Object.keys(writes[0]!)).toEqual(['userGlossaries']);
    expect(data.userGlossaries).toEqual([MINE, DAMAGED, added]);
    expect(data.settingsElsewhere).toBe(1);
  });

  it('replaces the glossary with the same id in place', async () => {
    const { data } = memoryStorage({ initial: [glossary('user-a', [entry('a', 'a')]), MINE] });
    const replacement = glossary('user-a', [entry('b', 'b')], { name: 'A, again' });
    await applyImport(replacement);
    expect(data.userGlossaries).toEqual([replacement, MINE]);
  });

  it('starts a list when nothing is stored yet', async () => {
    const { data } = memoryStorage();
    delete data.userGlossaries;
    await applyImport(MINE);
    expect(data.userGlossaries).toEqual([MINE]);
  });

  it('removes displaced entries from other glossaries in the same write', async () => {
    const { data, writes } = memoryStorage();
    const added = glossary('user-new', [entry('stroke', 'stroke')]);
    await applyImport(added, { remove: [{ glossaryId: 'user-mine', entryId: 'stroke' }], now: NOW });
    expect(writes).toHaveLength(1);
    expect(data.userGlossaries).toEqual([{ ...MINE, updatedAt: NOW.toISOString(), entries: [MINE.entries[1]] }, DAMAGED, added]);
  });

  const setFailures: [string, unknown, string][] = [
    [
      'a failure mid-apply',
      new Error('IO error: the disk went away'),
      'Termlight could not save the glossary "cardio", so nothing was changed. Please try again. (IO error: the disk went away)',
    ],
    [
      "Chrome's quota error",
      new Error('QUOTA_BYTES quota exceeded'),
      `There is not enough room in the browser's storage for the glossary "cardio". Nothing was changed. Remove a glossary you no longer need, or import a smaller file, and try again.`,
    ],
    [
      "Firefox's quota error",
      Object.assign(new Error('storage.local API call exceeded its quota limitations.'), { name: 'QuotaExceededError' }),
      `There is not enough room in the browser's storage for the glossary "cardio". Nothing was changed. Remove a glossary you no longer need, or import a smaller file, and try again.`,
    ],
  ];

  it.each(setFailures)('leaves storage exactly as it was after %s, and says so', async (_name, failure, message) => {
    const { data, writes } = memoryStorage({ failSet: failure });
    const before = structuredClone(data);
    const added = glossary('user-cardio', [entry('bp', 'blood pressure')]);
    const attempt = applyImport(added, { remove: [{ glossaryId: 'user-mine', entryId: 'stroke' }] });
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toMatchObject({ cause: failure });
    expect(writes).toHaveLength(1);
    expect(data).toEqual(before);
  });

  it('writes nothing when the stored glossaries cannot be read', async () => {
    const { data, writes } = memoryStorage({ failGet: new Error('gone') });
    const before = structuredClone(data);
    await expect(applyImport(MINE)).rejects.toThrow('Termlight could not read your saved glossaries, so nothing was changed. Please try again. (gone)');
    expect(writes).toEqual([]);
    expect(data).toEqual(before);
  });

  it('refuses a glossary that breaks the limits, even if it skipped the preview', async () => {
    const { data, writes } = memoryStorage();
    const before = structuredClone(data);
    const bad = glossary('user-bad', [entry('a', 'a'), entry('b', 'b'.repeat(101))]);
    await expect(applyImport(bad)).rejects.toThrow(
      'The glossary "bad" was not saved because entry 2, field term is not valid: 101 characters, the limit is 100. Nothing was changed.',
    );
    expect(writes).toEqual([]);
    expect(data).toEqual(before);
  });
});

describe('applyImport refuses a glossary with a bad name or id', () => {
  it.each([
    [glossary('user-x', [], { name: '   ' }), 'The glossary "   " was not saved because its name must be 1 to 100 characters long. Nothing was changed.'],
    [glossary('My glossary', []), 'The glossary "My glossary" was not saved because its id must look like "user-my-glossary". Nothing was changed.'],
  ])('%#', async (bad, message) => {
    const { writes } = memoryStorage();
    await expect(applyImport(bad)).rejects.toThrow(message);
    expect(writes).toEqual([]);
  });
});

describe('applyPreview', () => {
  const csv = (text: string, file = 'Heart words.csv') => readGlossaryFile(file, new TextEncoder().encode(text), { today: '2026-12-01' });

  it('stores a clean preview as a new enabled glossary named after the file', async () => {
    const { data } = memoryStorage();
    const stored = await applyPreview(csv('term,short,explanation,source\nblood pressure,S.,L.,N\n'), { now: NOW });
    expect(stored).toEqual({
      id: 'user-heart-words',
      name: 'Heart words',
      origin: 'file',
      fileName: 'Heart words.csv',
      updatedAt: NOW.toISOString(),
      enabled: true,
      entries: [entry('blood-pressure', 'blood pressure', { reviewed: '2026-12-01' })],
    });
    expect(data.userGlossaries).toEqual([MINE, DAMAGED, stored]);
  });

  it('resolves conflicts with the stored glossaries: keep-both by default', async () => {
    memoryStorage();
    const stored = await applyPreview(csv('term,short,explanation,source\nStroke,S.,L.,N\n'), { now: NOW });
    // Issue #17: ids no longer clash between glossaries, so keep-both stores the entry as it is and
    // marks the glossary; cards show both entries instead of a renamed "Stroke (imported)".
    expect(stored.entries.map((e) => [e.id, e.term, e.aliases])).toEqual([['stroke', 'Stroke', []]]);
    expect(stored.keepBoth).toBe(true);
  });

  it('keep-theirs removes the clashing entry from the other glossary in the same write', async () => {
    const { data, writes } = memoryStorage();
    await applyPreview(csv('term,short,explanation,source\nStroke,S.,L.,N\n'), { now: NOW, choice: 'keep-theirs' });
    expect(writes).toHaveLength(1);
    expect((data.userGlossaries as UserGlossary[])[0]!.entries.map((e) => e.id)).toEqual(['anemia']);
  });

  it('keep-ours leaves the clashing entry out', async () => {
    memoryStorage();
    const stored = await applyPreview(csv('term,short,explanation,source\nStroke,S.,L.,N\ntia,S.,L.,N\n'), { choice: 'keep-ours' });
    expect(stored.entries.map((e) => e.id)).toEqual(['tia']);
  });

  it('replaces a glossary when asked, without counting its own entries as conflicts', async () => {
    const { data } = memoryStorage();
    const stored = await applyPreview(csv('term,short,explanation,source\nstroke,S.,L.,N\n', 'mine.csv'), { replaceId: 'user-mine', name: 'Mine' });
    expect(stored.entries.map((e) => e.id)).toEqual(['stroke']);
    expect((data.userGlossaries as unknown[]).length).toBe(2);
    expect((data.userGlossaries as UserGlossary[])[0]!.name).toBe('Mine');
  });
});

describe('newGlossaryId', () => {
  it.each([
    ['Heart words', [], 'user-heart-words'],
    ['Heart words', ['user-heart-words'], 'user-heart-words-2'],
    ['Heart words', ['user-heart-words', 'user-heart-words-2'], 'user-heart-words-3'],
    ['心脏', [], expect.stringMatching(/^user-glossary-[0-9a-f]{8}$/)],
    ['x'.repeat(200), [], `user-${'x'.repeat(50)}`],
  ])('%s beside %j → %s', (name, taken, id) => {
    expect(newGlossaryId(name, taken)).toEqual(id);
    expect(newGlossaryId(name, taken)).toMatch(/^user-[a-z0-9-]{1,60}$/);
  });
});
