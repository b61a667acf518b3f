import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, openExtensionPage, type FirefoxSession } from './harness/firefox';
import { serveStatic, type StaticServer } from './harness/fixture-server';
import { ENGINE_TEST_SETTINGS } from './harness/kit';
import { pointOfHighlight, readTooltip, termlightHighlights, waitFor, type Evaluator } from './harness/page-helpers';
import { FIREFOX_BUILD, FIXTURES } from './harness/paths';

/**
 * Firefox for Android has no context menus, keyboard commands or windows. This runs the real
 * Firefox build with those APIs taken away before the background starts (and the manifest keys
 * that need them removed), and records every error the background throws.
 */
const ANDROID_STUB = `
const errors = [];
const record = (message) => { errors.push(String(message)); void browser.storage.local.set({ androidErrors: errors }); };
self.addEventListener('error', (event) => record(event.message));
self.addEventListener('unhandledrejection', (event) => record(event.reason && event.reason.message || event.reason));
for (const api of ['contextMenus', 'menus', 'commands', 'windows']) {
  try { Object.defineProperty(browser, api, { value: undefined, configurable: true }); } catch (error) { record('stub ' + api + ': ' + error); }
}
void browser.storage.local.set({ androidErrors: errors, androidApis: ['contextMenus', 'menus', 'commands', 'windows'].filter((api) => browser[api] !== undefined) });
`;

function androidBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'termlight-android-'));
  cpSync(FIREFOX_BUILD, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.permissions = (manifest.permissions as string[]).filter((permission) => permission !== 'contextMenus');
  delete manifest.commands;
  writeFileSync(join(dir, 'android-stub.js'), ANDROID_STUB);
  manifest.background.scripts = ['android-stub.js', ...manifest.background.scripts];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

describe('firefox without the APIs Android lacks', () => {
  let dir: string;
  let session: FirefoxSession;
  let server: StaticServer;
  let helper: Page;

  beforeAll(async () => {
    dir = androidBuild();
    server = await serveStatic({ '/': `${FIXTURES}/pages` });
    session = await launchFirefox({ extensionDir: dir });
    helper = await session.newPage();
    await openExtensionPage(helper, session.extensionUrl('popup.html'), 'input[type="search"]');
    await helper.evaluate((value) => browser.storage.sync.set({ settings: value }), ENGINE_TEST_SETTINGS as never);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts its background with no context menus, commands or windows, and no errors', async () => {
    const state = await waitFor(
      () => helper.evaluate(() => browser.storage.local.get(['androidErrors', 'androidApis'])) as Promise<{ androidErrors?: string[]; androidApis?: string[] }>,
      (value) => Array.isArray(value.androidApis),
    );
    expect(state.androidApis).toEqual([]);
    expect(state.androidErrors).toEqual([]);
  });

  it('still highlights terms and shows their card', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/hover.html'));
    const wrapped = page as unknown as Evaluator;
    await waitFor(() => termlightHighlights(wrapped), (found) => found.includes('Dehydration'));
    const point = (await pointOfHighlight(wrapped, 'Dehydration', 'termlight-underline-teal'))!;
    await page.mouse.click(point.x, point.y);
    const card = await waitFor(() => readTooltip(wrapped), (value) => !!value?.visible, 3_000);
    expect(card?.text).toContain('dehydration');
    await page.close();
  });

  it('opens the popup as a page, searches, and leaves no background error behind', async () => {
    const popup = await session.newPage();
    await openExtensionPage(popup, session.extensionUrl('popup.html?q=magnesum'), '.result');
    const first = await popup.evaluate(() => document.querySelector('.result .result-term')?.textContent ?? '');
    expect(first).toMatch(/^magnesium/);
    const errors = (await helper.evaluate(() => browser.storage.local.get('androidErrors'))) as { androidErrors?: string[] };
    expect(errors.androidErrors).toEqual([]);
    await popup.close();
  });
});
