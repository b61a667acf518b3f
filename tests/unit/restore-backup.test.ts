/**
 * Restoring a backup writes two storage items in two areas (glossaries in local, settings in sync),
 * each through its owner. No single write holds both, so a failed settings write must put the
 * glossaries back: these tests run the real owners against WXT's fake browser storage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { GlossaryEntry } from '../../glossary/schema';
import { DEFAULT_SETTINGS } from '../../glossary/settings-schema';
import { writeRestoredState } from '../../utils/storage/restore-backup';
import { loadSettings, replaceSettings } from '../../utils/storage/settings';
import { loadUserGlossaries, saveUserGlossaries, type UserGlossary } from '../../utils/storage/user-glossaries';

function entry(id: string): GlossaryEntry {
  return { id, term: id, aliases: [], forms: [], short: 'S.', explanation: 'L.', category: 'other', related: [], source: 'N', reviewed: '2026-11-30' };
}

function glossary(id: string, entries: string[]): UserGlossary {
  return { id, name: id.replace('user-', ''), origin: 'file', fileName: `${id}.csv`, updatedAt: '2026-11-30T10:00:00.000Z', enabled: true, entries: entries.map(entry) };
}

const BEFORE = [glossary('user-mine', ['stroke'])];
const BACKUP = [glossary('user-cardio', ['angina', 'murmur'])];

beforeEach(async () => {
  fakeBrowser.reset();
  await saveUserGlossaries(BEFORE);
  await replaceSettings({ color: 'rose' });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('writeRestoredState', () => {
  it('stores the backup glossaries and settings, settings as changes from the defaults', async () => {
    await writeRestoredState({ glossaries: BACKUP, settings: { underline: 'everyday', style: DEFAULT_SETTINGS.style } }, BEFORE);
    expect(await loadUserGlossaries()).toEqual(BACKUP);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, underline: 'everyday' });
    // The default style is not stored: only what differs from the defaults is.
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ underline: 'everyday' });
  });

  it("reads an older backup's single site list into the list of its mode", async () => {
    await writeRestoredState({ glossaries: BACKUP, settings: { siteMode: 'only-listed', sites: ['nhs.uk'] } as never }, BEFORE);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, siteMode: 'only-listed', allowedSites: ['nhs.uk'] });
  });

  it('puts the glossaries back and rethrows when the settings cannot be written', async () => {
    const failure = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(failure);
    await expect(writeRestoredState({ glossaries: BACKUP, settings: { underline: 'everyday' } }, BEFORE)).rejects.toBe(failure);
    expect(await loadUserGlossaries()).toEqual(BEFORE);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, color: 'rose' });
  });

  it('changes nothing when the glossaries cannot be written', async () => {
    const failure = new Error('IO error');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(failure);
    await expect(writeRestoredState({ glossaries: BACKUP, settings: { underline: 'everyday' } }, BEFORE)).rejects.toBe(failure);
    expect(await loadUserGlossaries()).toEqual(BEFORE);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, color: 'rose' });
  });
});
