import { beforeEach, describe, expect, it, vi } from 'vitest';
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

describe('the stored compiled glossary', () => {
  beforeEach(() => fakeBrowser.reset());

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
    await fakeBrowser.storage.local.set({ compiledGlossary: { revision: 'r', tables: { entries: '[not json' } } });
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
    await fakeBrowser.storage.local.remove('compiledGlossary');
    await vi.waitFor(() => expect(seen).toEqual(['rev-a: tendon', 'rev-b: tendon, artery', null]));
    stop();
    await store.writeCompiledGlossary('rev-c', tables('calcium'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(3);
  });
});
