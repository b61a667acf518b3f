import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compile } from '../../glossary/compile';
import type { GlossaryEntry } from '../../glossary/schema';
import { GLOSSARY_REVISION_KEY } from '../../utils/storage/glossary-revision-key';

const entry = (id: string, term: string): GlossaryEntry =>
  ({ id, term, aliases: [], short: `${term} in plain words.`, category: 'body', level: 'general', source: 'Test', context: [], related: [], forms: [] }) as unknown as GlossaryEntry;
const tables = (...terms: string[]) => compile([{ packId: 'test', entries: terms.map((term) => entry(term, term)) }]);

/** The module fresh, as a page that has just loaded it. */
const loadStore = async () => {
  vi.resetModules();
  return import('../../utils/storage/glossary-store');
};

/** The keys of every storage.local change the browser announced (to every context: content scripts in every tab too). */
function announcedKeys(): string[][] {
  const seen: string[][] = [];
  fakeBrowser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local') seen.push(Object.keys(changes));
  });
  return seen;
}

describe('the stored compiled glossary', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // A fresh, empty extension database for each test (fake-indexeddb: IndexedDB in memory).
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(() => {
    delete (globalThis as { indexedDB?: unknown }).indexedDB;
  });

  it('reads nothing from storage when its module loads, since the tables are megabytes', async () => {
    await fakeBrowser.storage.local.set({ compiledGlossary: { revision: 'r1', tables: {} } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await loadStore();
    // A WXT storage item read its whole value when defined; a page that loaded the module paid for it.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(get).not.toHaveBeenCalled();
    get.mockRestore();
  });

  it('gives back what the background wrote, table for table, and publishes its revision', async () => {
    const store = await loadStore();
    const compiled = tables('tendon', 'artery');
    await store.writeCompiledGlossary('rev-a', compiled);
    expect(await store.readCompiledGlossary()).toEqual({ revision: 'rev-a', compiled });
    expect(await store.compiledGlossaryRevision()).toBe('rev-a');
    expect((await fakeBrowser.storage.local.get(GLOSSARY_REVISION_KEY))[GLOSSARY_REVISION_KEY]).toBe('rev-a');
  });

  it("tells the stored tables' revision without reading the tables", async () => {
    const store = await loadStore();
    await store.writeCompiledGlossary('rev-a', tables('tendon', 'artery'));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await store.compiledGlossaryRevision()).toBe('rev-a');
    expect(get.mock.calls.flat().flat()).not.toContain('compiledGlossary');
    get.mockRestore();
    // Tables stored by a version that kept no revision of its own are written again, not trusted.
    await fakeBrowser.storage.local.remove('compiledGlossaryRevision');
    expect(await store.compiledGlossaryRevision()).toBeNull();
  });

  it('reads null when nothing is published, or what is stored is not the tables it expects', async () => {
    const store = await loadStore();
    expect(await store.readCompiledGlossary()).toBeNull();
    expect(await store.compiledGlossaryRevision()).toBeNull();
    await fakeBrowser.storage.local.set({ compiledGlossaryRevision: 'r', compiledGlossary: { revision: 'r', tables: { entries: '[not json' } } });
    expect(await store.readCompiledGlossary()).toBeNull();
    await fakeBrowser.storage.local.set({ compiledGlossary: { revision: 'r', tables: { entries: '[]' } } });
    expect(await store.readCompiledGlossary()).toBeNull();
  });

  it('tells a watcher of each new glossary, not of the same one written again, and stops when asked', async () => {
    const store = await loadStore();
    const seen: (string | null)[] = [];
    const stop = store.watchCompiledGlossary((value) => seen.push(value ? `${value.revision}: ${value.compiled.entries.map((e) => e.term).join(', ')}` : null));
    await store.writeCompiledGlossary('rev-a', tables('tendon'));
    await vi.waitFor(() => expect(seen).toEqual(['rev-a: tendon']));
    // Firefox reports a write of the same value as a change.
    await store.writeCompiledGlossary('rev-a', tables('tendon'));
    await store.writeCompiledGlossary('rev-b', tables('tendon', 'artery'));
    await vi.waitFor(() => expect(seen).toEqual(['rev-a: tendon', 'rev-b: tendon, artery']));
    await fakeBrowser.storage.local.remove('compiledGlossaryRevision');
    await vi.waitFor(() => expect(seen).toEqual(['rev-a: tendon', 'rev-b: tendon, artery', null]));
    stop();
    await store.writeCompiledGlossary('rev-c', tables('calcium'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(3);
  });

  it('keeps the tables out of storage.local, whose every change reaches every tab, and announces only their revision', async () => {
    const store = await loadStore();
    const seen = announcedKeys();
    await store.writeCompiledGlossary('rev-a', tables('tendon', 'artery'));
    expect((await fakeBrowser.storage.local.get('compiledGlossary')).compiledGlossary).toBeUndefined();
    await vi.waitFor(() => expect(seen.flat()).toContain('compiledGlossaryRevision'));
    expect(seen.flat()).not.toContain('compiledGlossary');
    expect(await store.readCompiledGlossary()).toEqual({ revision: 'rev-a', compiled: tables('tendon', 'artery') });
  });

  it('reads tables an earlier build left in storage.local until it writes its own, and removes them when asked', async () => {
    const store = await loadStore();
    const compiled = tables('tendon');
    const asStored = { revision: 'old', tables: Object.fromEntries(Object.entries(compiled).map(([name, table]) => [name, JSON.stringify(table)])) };
    await fakeBrowser.storage.local.set({ compiledGlossary: asStored, compiledGlossaryRevision: 'old' });
    expect(await store.readCompiledGlossary()).toEqual({ revision: 'old', compiled });
    await store.writeCompiledGlossary('new', tables('artery'));
    expect((await store.readCompiledGlossary())?.compiled.entries.map((entry) => entry.term)).toEqual(['artery']);
    await store.removeTablesOfEarlierBuilds();
    expect((await fakeBrowser.storage.local.get('compiledGlossary')).compiledGlossary).toBeUndefined();
    expect((await store.readCompiledGlossary())?.compiled.entries.map((entry) => entry.term)).toEqual(['artery']);
  });

  it('keeps the tables in storage.local when the database cannot be written, and the reader still finds them', async () => {
    const store = await loadStore();
    delete (globalThis as { indexedDB?: unknown }).indexedDB;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await store.writeCompiledGlossary('rev-a', tables('tendon'));
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    expect(((await fakeBrowser.storage.local.get('compiledGlossary')).compiledGlossary as { revision: string }).revision).toBe('rev-a');
    expect((await store.readCompiledGlossary())?.compiled.entries.map((entry) => entry.term)).toEqual(['tendon']);
  });

  it('never hands out tables under another revision than the one published', async () => {
    const store = await loadStore();
    await store.writeCompiledGlossary('rev-a', tables('tendon'));
    // As if the background stopped between writing newer tables and their revision.
    await fakeBrowser.storage.local.set({ compiledGlossaryRevision: 'rev-b' });
    expect(await store.readCompiledGlossary()).toBeNull();
  });

  it("asks elsewhere for a revision's tables when neither the database nor storage.local has them, and checks the answer", async () => {
    const store = await loadStore();
    const compiled = tables('tendon');
    // As in a Firefox private window: the revision is in storage.local, the tables in another database.
    await fakeBrowser.storage.local.set({ compiledGlossaryRevision: 'rev-a' });
    const asked: string[] = [];
    const answer = (value: unknown) => async (revision: string) => {
      asked.push(revision);
      return value;
    };
    expect(await store.readCompiledGlossary(answer(store.encodeTables('rev-a', compiled)))).toEqual({ revision: 'rev-a', compiled });
    expect(asked).toEqual(['rev-a']);
    // Another revision's tables, damaged tables, nothing, or a failed message: no tables.
    expect(await store.readCompiledGlossary(answer(store.encodeTables('rev-b', compiled)))).toBeNull();
    expect(await store.readCompiledGlossary(answer({ revision: 'rev-a', tables: { entries: '[not json' } }))).toBeNull();
    expect(await store.readCompiledGlossary(answer(null))).toBeNull();
    expect(await store.readCompiledGlossary(() => Promise.reject(new Error('no receiver')))).toBeNull();
    // Tables at hand are never asked for.
    await store.writeCompiledGlossary('rev-c', compiled);
    asked.length = 0;
    expect((await store.readCompiledGlossary(answer(null)))?.revision).toBe('rev-c');
    expect(asked).toEqual([]);
  });

  it('a watcher asks too, for each new revision its database lacks', async () => {
    const store = await loadStore();
    const seen: (string | null)[] = [];
    const stop = store.watchCompiledGlossary(
      (value) => seen.push(value ? `${value.revision}: ${value.compiled.entries.map((e) => e.term).join(', ')}` : null),
      async (revision) => store.encodeTables(revision, tables('artery')),
    );
    await fakeBrowser.storage.local.set({ compiledGlossaryRevision: 'rev-x' });
    await vi.waitFor(() => expect(seen).toEqual(['rev-x: artery']));
    stop();
  });
});

describe('which senders are extension pages', () => {
  it('takes the extension’s own pages and refuses web pages, other extensions and senders without an address', async () => {
    const { isExtensionPage } = await import('../../utils/messages/messaging');
    const own = 'chrome-extension://abcdefghijklmnop/';
    expect(isExtensionPage({ url: `${own}reader.html?url=x` }, own)).toBe(true);
    expect(isExtensionPage({ url: 'https://example.com/chrome-extension://abcdefghijklmnop/' }, own)).toBe(false);
    expect(isExtensionPage({ url: 'chrome-extension://another/reader.html' }, own)).toBe(false);
    expect(isExtensionPage({}, own)).toBe(false);
    expect(isExtensionPage(undefined, own)).toBe(false);
  });
});
