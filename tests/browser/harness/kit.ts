import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium, type ChromiumSession } from './chromium';
import { openPopupFor, tabIdOf } from './chromium-tabs';
import { launchFirefox, openExtensionPage, type FirefoxSession } from './firefox';
import type { Evaluator } from './page-helpers';
import { SETTINGS_VERSION } from '../../../glossary/settings-schema';

/**
 * Settings as the extension stores them: the value and WXT's version mark beside it. Without the
 * mark every new page would run the stored-shape migration, whose write-back can undo a test's
 * change made at the same moment.
 */
function storedSettings(settings: unknown): Record<string, unknown> {
  return { settings, settings$: { v: SETTINGS_VERSION } };
}

export type BrowserName = 'chromium' | 'firefox';

/** A page driven the same way in both browsers, so one test body covers Chromium and Firefox. */
export interface KitPage extends Evaluator {
  goto(url: string): Promise<void>;
  frame(index: number): Evaluator;
  move(x: number, y: number, steps?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  close(): Promise<void>;
  raw: PlaywrightPage | PuppeteerPage;
}

export interface BrowserKit {
  name: BrowserName;
  newPage(): Promise<KitPage>;
  /** Opens the popup page speaking about `target`. */
  openPopup(target: KitPage, query?: string): Promise<KitPage>;
  /** Writes the extension's sync settings (what the options page and popup do). */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  /**
   * Delivers a keyboard command to the page's content script exactly as the background does
   * when the user presses its shortcut (headless browsers do not route extension shortcuts).
   */
  runCommand(target: KitPage, command: 'next-term' | 'previous-term' | 'explain-selection' | 'toggle-site', options?: { wrap?: boolean }): Promise<unknown>;
  /** Chromium only: the extension's open contexts (popup, tabs, worker), from runtime.getContexts. */
  extensionContexts(): Promise<{ type: string; url: string }[]>;
  /** Chromium only: whether a context-menu item with this id exists (update succeeds). */
  updateContextMenu(id: string): Promise<boolean>;
  /** Chromium only: the entry a card handed to the popup, waiting in session storage (null once taken). */
  pendingEntry(): Promise<unknown>;
  /** Writes the stored user glossaries (what the options page's import does). */
  setUserGlossaries(glossaries: unknown[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * The settings the engine tests run under unless a test says otherwise: every glossary word and
 * every occurrence, so fixture pages test matching and scanning rather than the v2 defaults
 * (familiarity levels and first-per-section). Tests of the defaults set them explicitly.
 */
export const ENGINE_TEST_SETTINGS = { underline: 'everyday', density: 'every' } as const;

/** `extensionDir`: a build other than the project's own (a damaged copy, say). */
export async function launchKit(name: BrowserName, options: { extensionDir?: string } = {}): Promise<BrowserKit> {
  const kit = name === 'chromium' ? chromiumKit(await launchChromium(options)) : firefoxKit(await launchFirefox(options));
  const setSettings = kit.setSettings.bind(kit);
  kit.setSettings = (settings) => setSettings({ ...ENGINE_TEST_SETTINGS, ...settings });
  await kit.setSettings({});
  return kit;
}

/** The wire format of utils/messages/messaging.ts (@webext-core/messaging) for a runCommand message. */
function commandMessage(command: string, wrap?: boolean) {
  const data = wrap === undefined ? { command } : { command, wrap };
  return { id: Math.floor(Math.random() * 1e6), type: 'runCommand', data, timestamp: Date.now() };
}

/**
 * Both drivers' pages share the calls used here (evaluate, goto, frames, mouse, keyboard); only
 * the mouse's step option is spelled differently.
 */
function wrapPage(page: PlaywrightPage | PuppeteerPage): KitPage {
  const driver = page as PlaywrightPage;
  const evaluator = (target: { evaluate: PlaywrightPage['evaluate'] }): Evaluator => ({
    evaluate: (fn, arg) => target.evaluate(fn as never, arg) as never,
  });
  return {
    raw: page,
    ...evaluator(driver),
    async goto(url) {
      await driver.goto(url);
    },
    frame(index) {
      const frame = driver.frames()[index];
      if (!frame) throw new Error(`no frame ${index}`);
      return evaluator(frame as never);
    },
    move: (x, y, steps = 1) => driver.mouse.move(x, y, { steps }),
    click: (x, y) => driver.mouse.click(x, y),
    press: (key) => driver.keyboard.press(key),
    close: () => driver.close(),
  };
}

function chromiumKit(session: ChromiumSession): BrowserKit {
  return {
    name: 'chromium',
    newPage: async () => wrapPage(await session.newPage()),
    openPopup: async (target, query) => wrapPage(await openPopupFor(session, target.raw as PlaywrightPage, query)),
    pendingEntry: () => session.serviceWorker.evaluate(async () => (await chrome.storage.session.get('pendingEntry')).pendingEntry ?? null),
    async setSettings(settings) {
      await session.serviceWorker.evaluate((value) => chrome.storage.sync.set(value), storedSettings(settings));
    },
    async setUserGlossaries(glossaries) {
      await session.serviceWorker.evaluate((value) => chrome.storage.local.set({ userGlossaries: value }), glossaries);
    },
    extensionContexts: () =>
      session.serviceWorker.evaluate(async () =>
        (await chrome.runtime.getContexts({})).map((context) => ({ type: context.contextType, url: context.documentUrl ?? '' })),
      ),
    updateContextMenu: (id) =>
      session.serviceWorker.evaluate((itemId) => chrome.contextMenus.update(itemId, {}).then(() => true, () => false), id),
    async runCommand(target, command, options) {
      const tabId = await tabIdOf(session, target.raw as PlaywrightPage);
      return session.serviceWorker.evaluate(
        ({ tabId, message }) => chrome.tabs.sendMessage(tabId, message, { frameId: 0 }),
        { tabId, message: commandMessage(command, options?.wrap) },
      );
    },
    close: () => session.close(),
  };
}

function firefoxKit(session: FirefoxSession): BrowserKit {
  let extensionPage: PuppeteerPage | null = null;
  const extension = async () => {
    if (!extensionPage) {
      extensionPage = await session.newPage();
      await openExtensionPage(extensionPage, session.extensionUrl('popup.html'), 'input[type="search"]');
    }
    return extensionPage;
  };
  return {
    name: 'firefox',
    newPage: async () => wrapPage(await session.newPage()),
    async openPopup(target, query) {
      const helper = await extension();
      // Without the "tabs" permission URLs are hidden, so find the target as the active tab.
      await (target.raw as PuppeteerPage).bringToFront();
      const tabId = await helper.evaluate(async () => {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        return tab?.id ?? -1;
      });
      const popup = await session.newPage();
      const params = new URLSearchParams({ tab: String(tabId) });
      if (query) params.set('q', query);
      await openExtensionPage(popup, session.extensionUrl(`popup.html?${params}`), 'input[type="search"]');
      return wrapPage(popup);
    },
    pendingEntry: () => Promise.reject(new Error('pendingEntry is Chromium-only')),
    async setSettings(settings) {
      await (await extension()).evaluate((value) => browser.storage.sync.set(value), storedSettings(settings));
    },
    async setUserGlossaries(glossaries) {
      await (await extension()).evaluate((value) => browser.storage.local.set({ userGlossaries: value }), glossaries);
    },
    extensionContexts: () => Promise.reject(new Error('extensionContexts is Chromium-only')),
    updateContextMenu: () => Promise.reject(new Error('updateContextMenu is Chromium-only')),
    async runCommand(target, command, options) {
      const helper = await extension();
      await (target.raw as PuppeteerPage).bringToFront();
      return helper.evaluate(async (message) => {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        return browser.tabs.sendMessage(tab!.id!, message, { frameId: 0 });
      }, commandMessage(command, options?.wrap));
    },
    close: () => session.close(),
  };
}
