import { createStore, get, set, type UseStore } from 'idb-keyval';

/**
 * The extension's own IndexedDB, for values of megabytes that only extension pages and the
 * background read. Unlike `storage.local`, a write here is announced to no one: the browser sends
 * every `storage.local` change, old and new value both, to every listener in every context,
 * content scripts in every tab included. A 6 MB glossary written there kept Firefox's web pages
 * waiting 3–5 s after each mute (Chromium about 1 s); written here, about 0.1 s.
 *
 * The database is opened on first use, never when a module loads.
 */
const DATABASE = 'termlight';
const STORE = 'large-values';
let store: UseStore | null = null;
const database = () => (store ??= createStore(DATABASE, STORE));

/** Rejects, never throws, where the browser has no IndexedDB. */
export async function readLargeValue(key: string): Promise<unknown> {
  return get(key, database());
}

export async function writeLargeValue(key: string, value: unknown): Promise<void> {
  await set(key, value, database());
}
