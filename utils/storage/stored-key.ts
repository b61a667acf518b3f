import { browser } from 'wxt/browser';

type Area = 'local' | 'sync';

/**
 * One stored key read straight from the browser, for what web pages read on every load: WXT's
 * storage items do more work on the way (a versioned item checks its migrations when defined),
 * and all of it is compiled anew in every page, where the start-up budget is a few milliseconds.
 * A versioned item's writers keep going through their item (see settings.ts).
 */
export async function readStoredKey(area: Area, key: string): Promise<unknown> {
  const stored = await browser.storage[area].get(key);
  return stored[key];
}

/** Several keys in one write: the browser stores them together or not at all. */
export async function writeStoredKeys(area: Area, values: Record<string, unknown>): Promise<void> {
  await browser.storage[area].set(values);
}

export async function writeStoredKey(area: Area, key: string, value: unknown): Promise<void> {
  await writeStoredKeys(area, { [key]: value });
}

/**
 * Calls `onChange` with the key's new value (undefined when removed) whenever it really changes.
 * `same` tells a write of the same value from a change; a caller whose values carry their own
 * revision passes a cheaper one than comparing them whole.
 */
export function watchStoredKey(area: Area, key: string, onChange: (value: unknown) => void, same: (a: unknown, b: unknown) => boolean = sameJson): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, changedArea: string) => {
    const change = changes[key];
    // Firefox reports a write of the same value as a change; WXT's items skipped those too.
    if (changedArea !== area || !change || same(change.newValue, change.oldValue)) return;
    onChange(change.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function removeStoredKey(area: Area, key: string): Promise<void> {
  await browser.storage[area].remove(key);
}
