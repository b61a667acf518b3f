import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { EntryRef } from '../messages/entry-ref';

/** A query handed to the popup when it is opened for the user (context menu, command). */
export const pendingQueryItem = storage.defineItem<string | null>('session:pendingQuery', { fallback: null });

/**
 * An entry handed to the popup ("Open in Termlight" on a card): it opens on that entry's detail.
 * Stored as unknown because the popup validates what it reads (see `readEntryRef`).
 */
export const pendingEntryItem = storage.defineItem<unknown>('session:pendingEntry', { fallback: null });

/**
 * What was handed to the popup, read once: both items are cleared as they are taken, so the next
 * opening starts empty. The entry comes as stored (unknown): the popup checks its shape.
 */
export async function takePendingHandover(): Promise<{ entry: unknown; query: string | null }> {
  const [entry, query] = await Promise.all([pendingEntryItem.getValue(), pendingQueryItem.getValue()]);
  if (entry !== null) await pendingEntryItem.setValue(null);
  if (query !== null) await pendingQueryItem.setValue(null);
  return { entry, query };
}

/** What the popup opens on: a search, or one entry's detail. */
export type PopupHandover = { query: string } | { entry: EntryRef };

export function openPopupWithQuery(query: string, tabId?: number): Promise<void> {
  return openPopupOn({ query }, tabId);
}

export function openPopupOnEntry(entry: EntryRef, tabId?: number): Promise<void> {
  return openPopupOn({ entry }, tabId);
}

/**
 * Opens the toolbar popup on a search or an entry. action.openPopup works where the browser
 * allows it; elsewhere the popup page opens in a small window of its own, told by its address.
 */
async function openPopupOn(handover: PopupHandover, tabId?: number): Promise<void> {
  const item = 'entry' in handover ? pendingEntryItem : pendingQueryItem;
  await item.setValue('entry' in handover ? handover.entry : handover.query);
  try {
    await browser.action.openPopup();
  } catch {
    await item.setValue(null);
    const params = new URLSearchParams('entry' in handover ? { pack: handover.entry.packId, entry: handover.entry.id } : { q: handover.query });
    if (tabId !== undefined) params.set('tab', String(tabId));
    const url = browser.runtime.getURL(`/popup.html?${params}`);
    // Firefox for Android has no windows API: the popup page opens as a tab there.
    const windows = browser.windows as typeof browser.windows | undefined;
    if (windows) await windows.create({ url, type: 'popup', width: 420, height: 600 });
    else await browser.tabs.create({ url });
  }
}
