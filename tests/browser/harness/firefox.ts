import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { assertBuilt, FIREFOX_BUILD, FIREFOX_EXTENSION_ID, FIREFOX_EXTENSION_UUID, firefoxPath } from './paths';

export interface FirefoxSession {
  browser: Browser;
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(options: { extensionDir?: string; headless?: boolean } = {}): Promise<FirefoxSession> {
  const extensionDir = options.extensionDir ?? FIREFOX_BUILD;
  assertBuilt(extensionDir);
  const userDataDir = await mkdtemp(join(tmpdir(), 'termlight-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    userDataDir,
    // Firefox 153+ refuses WebDriver navigation to moz-extension:// pages without this.
    args: ['--no-remote', '--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A fixed internal UUID gives the popup a stable moz-extension:// URL.
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
      // Keep the offline machine from trying to reach Mozilla's services.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'extensions.update.enabled': false,
    },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    extensionUrl: (path) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    newPage: () => browser.newPage(),
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens an extension page in `page`. Firefox never reports moz-extension:// navigations as
 * finished over BiDi, so we start the navigation and wait for the document instead.
 */
export async function openExtensionPage(page: Page, url: string, readySelector: string): Promise<void> {
  void page.goto(url).catch(() => {});
  const deadline = Date.now() + 15_000;
  // While the new document replaces about:blank, a query can fail with a detached context.
  for (;;) {
    try {
      await page.waitForSelector(readySelector, { timeout: 2_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`${url} did not show ${readySelector} within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
