import type { Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';

/** The extension's tab id for a page (read in the service worker while that page is frontmost). */
export async function tabIdOf(session: ChromiumSession, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('could not find the tab id of the page');
  return id;
}

/** Opens the popup page as a tab that speaks about `target`, sized like the real popup. */
export async function openPopupFor(session: ChromiumSession, target: Page, query = ''): Promise<Page> {
  const tabId = await tabIdOf(session, target);
  const popup = await session.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  const params = new URLSearchParams({ tab: String(tabId) });
  if (query) params.set('q', query);
  await popup.goto(session.extensionUrl(`popup.html?${params}`));
  await popup.waitForSelector('input[type="search"]');
  return popup;
}
