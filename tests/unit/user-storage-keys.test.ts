import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

describe("the user's glossaries and their search index in storage", () => {
  beforeEach(() => fakeBrowser.reset());

  it('are not read when their modules load: the popup reads each of them once, when it opens', async () => {
    await fakeBrowser.storage.local.set({ userGlossaries: [], userSearchIndex: { revision: 'r', index: {} } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    vi.resetModules();
    // A WXT storage item read its whole value when defined: the popup read both lists twice.
    await import('../../utils/storage/user-glossaries');
    await import('../../utils/storage/user-search-index');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(get).not.toHaveBeenCalled();
    get.mockRestore();
  });

  it('give back the search index the background wrote, and null before it wrote one', async () => {
    vi.resetModules();
    const { readUserSearchIndex, writeUserSearchIndex } = await import('../../utils/storage/user-search-index');
    expect(await readUserSearchIndex()).toBeNull();
    const index = { revision: 'docs1|g1@2026-12-04:3', index: { keys: [], records: [] } } as unknown as Parameters<typeof writeUserSearchIndex>[0];
    await writeUserSearchIndex(index);
    expect(await readUserSearchIndex()).toEqual(index);
  });

  it("tell a watcher of each change to the glossaries, as valid glossaries, and not of the same list written again", async () => {
    vi.resetModules();
    const { loadUserGlossaries, saveUserGlossaries, watchUserGlossaries } = await import('../../utils/storage/user-glossaries');
    const seen: number[] = [];
    const stop = watchUserGlossaries((glossaries) => seen.push(glossaries.length));
    expect(await loadUserGlossaries()).toEqual([]);
    await fakeBrowser.storage.local.set({ userGlossaries: [{ not: 'a glossary' }] });
    await vi.waitFor(() => expect(seen).toEqual([0]));
    await saveUserGlossaries([]);
    await saveUserGlossaries([]);
    await vi.waitFor(() => expect(seen).toEqual([0, 0]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([0, 0]);
    stop();
  });
});
