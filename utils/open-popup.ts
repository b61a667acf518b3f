import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/** A query handed to the popup when it is opened for the user (context menu, card, command). */
export const pendingQueryItem = storage.defineItem<string | null>('session:pendingQuery', { fallback: null });

/**
 * Opens the toolbar popup on a search. action.openPopup works where the browser allows it;
 * elsewhere the popup page opens in a small window of its own.
 */
export async function openPopupWithQuery(query: string, tabId?: number): Promise<void> {
  await pendingQueryItem.setValue(query);
  try {
    await browser.action.openPopup();
  } catch {
    await pendingQueryItem.setValue(null);
    const params = new URLSearchParams({ q: query });
    if (tabId !== undefined) params.set('tab', String(tabId));
    const url = browser.runtime.getURL(`/popup.html?${params}`);
    // Firefox for Android has no windows API: the popup page opens as a tab there.
    const windows = browser.windows as typeof browser.windows | undefined;
    if (windows) await windows.create({ url, type: 'popup', width: 420, height: 600 });
    else await browser.tabs.create({ url });
  }
}
