import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../glossary/settings-schema';
import { publishGlossaryRevision, readGlossaryRevision, watchGlossaryRevision } from '../../utils/storage/glossary-revision';
import { loadSettings, updateSettings, watchSettings } from '../../utils/storage/settings';

/** What every web page reads at start-up, straight from storage (utils/storage/stored-key.ts). */
describe('settings as pages read them', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads a version 1 shape as it meant, without the item migrating it first', async () => {
    await fakeBrowser.storage.sync.set({ settings: { sites: ['nhs.uk'], color: 'rose' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, color: 'rose', pausedSites: ['nhs.uk'] });
  });

  it('reads the defaults when nothing or garbage is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('hears each real change once, resolved, and nothing from other keys or areas', async () => {
    const heard: Settings[] = [];
    const stop = watchSettings((next) => heard.push(next));
    await updateSettings((current) => ({ ...current, color: 'rose' }));
    await updateSettings((current) => ({ ...current, color: 'rose' }));
    await fakeBrowser.storage.local.set({ settings: { color: 'amber' } });
    await fakeBrowser.storage.sync.set({ other: 1 });
    expect(heard.map((settings) => settings.color)).toEqual(['rose']);
    stop();
    await updateSettings((current) => ({ ...current, color: 'teal' }));
    expect(heard).toHaveLength(1);
  });

  it('a write through the item is read back by the raw reader', async () => {
    await updateSettings((current) => ({ ...current, pausedSites: ['cdc.gov'], density: 'first' }));
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, pausedSites: ['cdc.gov'], density: 'first' });
  });
});

describe('settings stored in an older shape', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are rewritten in the current shape by migrateStoredSettings (the background and extension pages run it)', async () => {
    await fakeBrowser.storage.sync.set({ settings: { siteMode: 'only-listed', sites: ['nhs.uk'] }, settings$: { v: 1 } });
    // A fresh module, as in a context that has not defined the item yet.
    vi.resetModules();
    const fresh = await import('../../utils/storage/settings');
    const before = await fakeBrowser.storage.sync.get('settings');
    expect(before.settings).toEqual({ siteMode: 'only-listed', sites: ['nhs.uk'] });
    await fresh.migrateStoredSettings();
    const after = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(after.settings).toEqual({ siteMode: 'only-listed', allowedSites: ['nhs.uk'] });
    expect(after.settings$).toEqual({ v: 2 });
  });
});

describe('the glossary revision as pages read it', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is null until published, then the published revision, and changes are heard once each', async () => {
    expect(await readGlossaryRevision()).toBeNull();
    const heard: (string | null)[] = [];
    const stop = watchGlossaryRevision((revision) => heard.push(revision));
    await publishGlossaryRevision('r1');
    await publishGlossaryRevision('r1');
    await publishGlossaryRevision('r2');
    expect(await readGlossaryRevision()).toBe('r2');
    expect(heard).toEqual(['r1', 'r2']);
    stop();
  });

  it('reads anything but a string as no revision', async () => {
    await fakeBrowser.storage.local.set({ glossaryRevision: 42 });
    expect(await readGlossaryRevision()).toBeNull();
  });
});
