import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Makes browser.storage.local (WXT's fake browser in unit tests) serve `data` itself, so the
 * code under test goes through its real storage item while a test sees every write. get() hands
 * out the live stored values on purpose: code that edited what it read, instead of a copy, would
 * change `data` and fail a test's "unchanged" checks. `failGet`/`failSet` make every read or write
 * reject with that value (a write is still recorded in `writes` first). Undo with vi.restoreAllMocks().
 */
export function serveLocalStorageFrom(data: Record<string, unknown>, options: { failGet?: unknown; failSet?: unknown } = {}): { writes: Record<string, unknown>[] } {
  const writes: Record<string, unknown>[] = [];
  const get = async (keys: string | string[]) => {
    if (options.failGet !== undefined) throw options.failGet;
    return Object.fromEntries([keys].flat().filter((key) => Object.hasOwn(data, key)).map((key) => [key, data[key]]));
  };
  const set = async (items: Record<string, unknown>) => {
    writes.push(items);
    if (options.failSet !== undefined) throw options.failSet;
    for (const [key, value] of Object.entries(items)) data[key] = structuredClone(value);
  };
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(get as never);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(set as never);
  return { writes };
}
