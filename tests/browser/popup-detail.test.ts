import { afterEach, describe, expect, it } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { type BrowserName, type KitPage } from './harness/kit';
import { clickCardButton, termlightHighlights, waitFor, type Evaluator } from './harness/page-helpers';
import { useKit } from './harness/suite';

/** Issue #17, items 4, 6 and 10: the popup's term detail and where a result comes from. */

const texts = (page: Evaluator, selector: string) =>
  page.evaluate((sel) => [...document.querySelectorAll(sel)].map((node) => (node.textContent ?? '').trim()), selector);

const clickButton = (page: Evaluator, label: string) =>
  page.evaluate((text) => {
    const button = [...document.querySelectorAll('button')].find((item) => item.textContent?.trim() === text);
    if (!button) return false;
    button.click();
    return true;
  }, label);

/** extension.getViews, from an extension page: the windows of the extension's pages. */
interface ExtensionViews {
  chrome: { extension: { getViews(): Window[] } };
  browser: { extension: { getViews(): Window[] } };
}

const frontmost = (page: KitPage) => (page.raw as PlaywrightPage | PuppeteerPage).bringToFront();

/** A user's own glossary with its own "dehydration", kept alongside the bundled one. */
const MY_TERMS = {
  id: 'user-my-terms',
  name: 'My terms',
  origin: 'my-terms',
  updatedAt: '2026-11-30T00:00:00.000Z',
  enabled: true,
  keepBoth: true,
  entries: [
    {
      id: 'dehydration', term: 'dehydration', aliases: [], forms: [],
      short: 'My own note: drink more water on hot days.',
      explanation: 'Written by me for my family.', category: 'other', related: [],
      source: 'Me', reviewed: '2026-11-30',
    },
  ],
};

describe.each<BrowserName>(['chromium', 'firefox'])('popup term detail in %s', (browserName) => {
  const suite = useKit(browserName);

  afterEach(async () => {
    await suite.kit.setSettings({});
    await suite.kit.setUserGlossaries([]);
  });

  it('says a muted term is muted, and one button unmutes it on the open page as well', async () => {
    await suite.kit.setSettings({ mutedIds: ['health-basics:dehydration'] });
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/article.html'));
    const before = await waitFor(() => termlightHighlights(page), (found) => found.length === 5);
    expect(before).not.toContain('dehydration');

    const popup = await suite.kit.openPopup(page, 'dehydration');
    await waitFor(() => texts(popup, '.result .result-term'), (names) => names[0]?.startsWith('dehydration') ?? false);
    await popup.press('Enter');
    await waitFor(() => texts(popup, '.detail .tl-term'), (terms) => terms[0] === 'dehydration');
    const notice = await waitFor(() => texts(popup, '.detail .muted-notice'), (found) => found.length === 1);
    expect(notice[0]).toMatch(/muted/i);

    expect(await clickButton(popup, 'Highlight this term again')).toBe(true);
    // The notice gives way to a confirmation, and the page underlines the term again.
    const after = await waitFor(() => texts(popup, '.detail .muted-notice'), (found) => found.length === 1 && !/Highlight this term again/.test(found[0]!));
    expect(after[0]).toMatch(/no longer muted/i);
    await frontmost(page);
    expect(await waitFor(() => termlightHighlights(page), (found) => found.includes('dehydration'))).toContain('dehydration');
    await popup.close();
    await page.close();
  });

  it('says nothing about muting for a term that is not muted', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/article.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.length === 6);
    const popup = await suite.kit.openPopup(page, 'magnesium');
    await waitFor(() => texts(popup, '.result .result-term'), (names) => names.length > 0);
    await popup.press('Enter');
    await waitFor(() => texts(popup, '.detail .tl-term'), (terms) => terms[0] === 'magnesium');
    expect(await texts(popup, '.detail .muted-notice')).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('marks which glossary a search result comes from when it is not the bundled pack', async () => {
    await suite.kit.setUserGlossaries([MY_TERMS]);
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/article.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.includes('dehydration'));
    const popup = await suite.kit.openPopup(page, 'dehydration');
    const rows = () =>
      popup.evaluate(
        () =>
          [...document.querySelectorAll('.result')].map((row) => ({
            glossary: row.querySelector('.result-glossary')?.textContent?.trim() ?? null,
            short: row.querySelector('.result-short')?.textContent?.trim() ?? '',
            term: (() => {
              const name = row.querySelector('.result-term')!.cloneNode(true) as Element;
              name.querySelectorAll('.badge').forEach((badge) => badge.remove());
              return (name.textContent ?? '').trim();
            })(),
          })),
        undefined,
      );
    const found = await waitFor(rows, (list) => list.filter((row) => row.term === 'dehydration').length === 2);
    const both = found.filter((row) => row.term === 'dehydration');
    const mine = both.find((row) => row.short.startsWith('My own note'))!;
    const bundled = both.find((row) => !row.short.startsWith('My own note'))!;
    // "from" is for screen readers only; the badge itself reads "My terms".
    expect(mine.glossary).toBe('from My terms');
    expect(bundled.glossary).toBeNull();
    await popup.close();
    await page.close();
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('"Open in Termlight" from a card, in %s', (browserName) => {
  const suite = useKit(browserName);

  it('opens the popup on that term\'s detail, not on a list of search results', async () => {
    // Another extension page, opened first and left in the background, reads the popup's document
    // (extension pages share a process): neither the toolbar popup (Chromium) nor the window the
    // popup page opens in where the browser refuses that (Firefox) is a tab the driver sees.
    const page = await suite.kit.newPage();
    const reader = await suite.kit.openPopup(page);
    await page.goto(suite.server.url('/article.html'));
    await frontmost(page);
    await waitFor(() => termlightHighlights(page), (found) => found.length === 6);
    await clickCardButton(page, 'dehydration', 'termlight-underline-teal', 'Open in Termlight');

    /** Every other popup page that shows a term's detail or search results. */
    const openedViews = () =>
      reader.evaluate(() => {
        const api = (globalThis as unknown as Partial<ExtensionViews>).browser ?? (globalThis as unknown as ExtensionViews).chrome;
        return api.extension
          .getViews()
          .filter((view) => view !== window && view.location.pathname.endsWith('/popup.html'))
          .map((view) => ({
            detail: [...view.document.querySelectorAll('.detail .tl-term')].map((node) => node.textContent),
            results: view.document.querySelectorAll('.result').length,
            query: view.document.querySelector<HTMLInputElement>('input[type="search"]')?.value ?? null,
          }))
          .filter((view) => view.detail.length > 0 || view.results > 0);
      }, undefined);
    const shown = await waitFor(openedViews, (views) => views.length > 0);
    expect(shown).toEqual([{ detail: ['dehydration'], results: 0, query: '' }]);
    await reader.close();
    await page.close();
  });
});
