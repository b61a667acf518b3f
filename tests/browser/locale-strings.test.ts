import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMessageFrom, readMessages, type MessagesFile } from '../unit/helpers/locale-messages';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { launchFirefox, openExtensionPage, type FirefoxSession } from './harness/firefox';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness/paths';

/** Nine distinct values, so a message that fills in the wrong `$n` reads differently. */
const SUBSTITUTIONS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9'];

interface PageFacts {
  title: string;
  lang: string;
  dir: string;
  heading: string;
  text: string;
  shortcuts: string[];
  /** getMessage for every key, with nine substitutions. */
  messages: string[];
}

/** What the options page shows, and what the browser's own getMessage says for every key. */
function readPage({ keys, substitutions }: { keys: string[]; substitutions: string[] }): PageFacts {
  type I18nHost = { i18n: { getMessage(key: string, substitutions?: string[]): string } };
  const hosts = globalThis as unknown as { browser?: I18nHost; chrome?: I18nHost };
  const api = (hosts.browser ?? hosts.chrome)!.i18n;
  return {
    title: document.title,
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    heading: document.querySelector('h1')?.textContent ?? '',
    text: document.body.innerText,
    shortcuts: [...document.querySelectorAll('table.shortcuts td:first-child')].map((cell) => cell.textContent ?? ''),
    messages: keys.map((key) => api.getMessage(key, substitutions)),
  };
}

/** What the popup and the reader show before anything is opened, and the toolbar button's tooltip. */
interface OtherPageFacts {
  title: string;
  lang: string;
  text: string;
  placeholders: string[];
}

function readOtherPage(): OtherPageFacts {
  return {
    title: document.title,
    lang: document.documentElement.lang,
    text: document.body.innerText,
    placeholders: [...document.querySelectorAll<HTMLInputElement>('input[placeholder]')].map((input) => input.placeholder),
  };
}

async function actionTitle(): Promise<string> {
  type ActionHost = { action: { getTitle(details: object): Promise<string> } };
  const hosts = globalThis as unknown as { browser?: ActionHost; chrome?: ActionHost };
  return (hosts.browser ?? hosts.chrome)!.action.getTitle({});
}

const source = readMessages('en');

describe.each([
  ['chromium', CHROME_BUILD],
  ['firefox', FIREFOX_BUILD],
])('strings from _locales in %s', (name, build) => {
  const shipped = JSON.parse(readFileSync(resolve(build, '_locales/en/messages.json'), 'utf8')) as MessagesFile;
  const keys = Object.keys(shipped);
  const expected = getMessageFrom(shipped);
  let chromium: ChromiumSession | undefined;
  let firefox: FirefoxSession | undefined;
  let facts: PageFacts;
  let popup: OtherPageFacts;
  let reader: OtherPageFacts;
  let tooltip: string;

  beforeAll(async () => {
    if (name === 'chromium') {
      chromium = await launchChromium();
      const page: PlaywrightPage = await chromium.newPage();
      await page.goto(chromium.extensionUrl('options.html'));
      await page.waitForSelector('table.shortcuts td');
      facts = await page.evaluate(readPage, { keys, substitutions: SUBSTITUTIONS });
      tooltip = await page.evaluate(actionTitle);
      await page.goto(chromium.extensionUrl('popup.html'));
      await page.waitForSelector('.popup #open-pdf');
      popup = await page.evaluate(readOtherPage);
      await page.goto(chromium.extensionUrl('reader.html'));
      await page.waitForSelector('.dropzone');
      reader = await page.evaluate(readOtherPage);
    } else {
      firefox = await launchFirefox();
      const page: PuppeteerPage = await firefox.newPage();
      await openExtensionPage(page, firefox.extensionUrl('options.html'), 'table.shortcuts td');
      facts = await page.evaluate(readPage, { keys, substitutions: SUBSTITUTIONS });
      tooltip = await page.evaluate(actionTitle);
      await openExtensionPage(page, firefox.extensionUrl('popup.html'), '.popup #open-pdf');
      popup = await page.evaluate(readOtherPage);
      await openExtensionPage(page, firefox.extensionUrl('reader.html'), '.dropzone');
      reader = await page.evaluate(readOtherPage);
    }
  });

  afterAll(async () => {
    await chromium?.close();
    await firefox?.close();
  });

  it('ships the English messages file as written', () => {
    expect(shipped).toEqual(source);
  });

  // With every substitution given, as the code always gives them (the unit test checks the counts);
  // a missing one is filled differently by the two browsers, so the stand-in does not model it.
  it('fills in messages exactly as the unit tests’ stand-in does', () => {
    expect(facts.messages).toEqual(keys.map((key) => expected(key, SUBSTITUTIONS)));
    // Not an empty comparison: the file's placeholders really were filled.
    expect(facts.messages[keys.indexOf('importSummary')]).toBe('S1: S2 read, S3 ready, S4, S5.');
  });

  it('titles the options page and sets its language from the translation in use', () => {
    expect(facts.heading).toBe(source.optionsTitle!.message);
    expect(facts.title).toBe(source.optionsTitle!.message);
    expect(facts.lang).toBe('en');
    expect(facts.dir).toBe('ltr');
  });

  it('shows no message key or unreplaced __MSG_ reference on the page', () => {
    const words = new Set(facts.text.split(/[^A-Za-z0-9_]+/));
    expect(keys.filter((key) => words.has(key) && key !== source[key]!.message)).toEqual([]);
    expect(facts.text).not.toContain('__MSG_');
  });

  it('names the toolbar button from the messages file (the popup page’s title in the manifest)', () => {
    const manifest = JSON.parse(readFileSync(resolve(build, 'manifest.json'), 'utf8')) as { action: { default_title: string } };
    expect(manifest.action.default_title).toBe('__MSG_extName__');
    expect(tooltip).toBe(source.extName!.message);
  });

  it('titles the popup and the reader and shows them in messages, never keys', () => {
    expect([popup.title, reader.title]).toEqual([source.extName!.message, source.readerName!.message]);
    expect([popup.lang, reader.lang]).toEqual(['en', 'en']);
    expect(popup.placeholders).toEqual([source.popupSearchPlaceholder!.message]);
    expect(popup.text).toContain(source.popupPageUnsupported!.message);
    expect(reader.text).toContain(source.readerDropHint!.message);
    for (const { text } of [popup, reader]) {
      const words = new Set(text.split(/[^A-Za-z0-9_]+/));
      expect(keys.filter((key) => words.has(key) && key !== source[key]!.message)).toEqual([]);
      expect(text).not.toContain('__MSG_');
    }
  });

  it('lists the keyboard shortcuts with the manifest’s localized descriptions', () => {
    expect(facts.shortcuts).toEqual(expect.arrayContaining([source.commandNextTerm!.message, source.commandExplainSelection!.message, source.commandToggleSite!.message]));
    expect(facts.shortcuts.filter((description) => description.includes('__MSG_'))).toEqual([]);
  });

  if (name === 'chromium') {
    it('reads messages in the background service worker (context-menu titles)', async () => {
      const title = await chromium!.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getMessage(key: string): string } } }).chrome.i18n.getMessage('menuExplainSelection'));
      expect(title).toBe('Explain “%s” with Termlight');
    });
  }
});
