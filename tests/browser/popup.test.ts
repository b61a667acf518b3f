import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type KitPage } from './harness/kit';
import { clickCardButton, waitFor, type Evaluator, termlightHighlights } from './harness/page-helpers';
import type { Page as PlaywrightPage } from 'playwright-core';
import { seriousAxeViolations } from './harness/axe';
import { useKit } from './harness/suite';

const texts = (page: Evaluator, selector: string) =>
  page.evaluate((sel) => [...document.querySelectorAll(sel)].map((node) => (node.textContent ?? '').trim()), selector);

const highlightCount = async (page: Evaluator) => (await termlightHighlights(page)).length;

describe.each<BrowserName>(['chromium', 'firefox'])('popup in %s', (browserName) => {
  const suite = useKit(browserName);
  let page: KitPage;

  beforeAll(async () => {
    page = await suite.kit.newPage();
    await page.goto(suite.server.url('/article.html'));
    await waitFor(() => highlightCount(page), (count) => count === 6);
  });

  it('renders, focuses the search box, and lists the terms on this page with counts in order', async () => {
    const popup = await suite.kit.openPopup(page);
    await waitFor(() => texts(popup, '.page-term-name'), (names) => names.length > 0);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('type'), undefined)).toBe('search');
    expect(await texts(popup, '.section-title')).toEqual(['On this page (6)']);
    expect(await texts(popup, '.page-term-name')).toEqual(['muscle spasm', 'dehydration', 'magnesium', 'potassium', 'arteriosclerosis', 'artery']);
    expect(await texts(popup, '.page-term .count')).toEqual(['1', '1', '1', '1', '1', '1']);
    await popup.close();
  });

  it('leaves a muted term out of the list of terms on this page, and lists it again once unmuted', async () => {
    await suite.kit.setSettings({ mutedIds: ['health-basics:dehydration'] });
    try {
      await waitFor(() => highlightCount(page), (count) => count === 5);
      const popup = await suite.kit.openPopup(page);
      await waitFor(() => texts(popup, '.page-term-name'), (names) => names.length > 0);
      expect(await texts(popup, '.section-title')).toEqual(['On this page (5)']);
      expect(await texts(popup, '.page-term-name')).toEqual(['muscle spasm', 'magnesium', 'potassium', 'arteriosclerosis', 'artery']);
      await popup.close();
    } finally {
      await suite.kit.setSettings({});
    }
    await waitFor(() => highlightCount(page), (count) => count === 6);
    const popup = await suite.kit.openPopup(page);
    await waitFor(() => texts(popup, '.page-term-name'), (names) => names.length === 6);
    expect(await texts(popup, '.page-term-name')).toEqual(['muscle spasm', 'dehydration', 'magnesium', 'potassium', 'arteriosclerosis', 'artery']);
    await popup.close();
  });

  it('finds a typo, marks matched letters, and opens the detail card with Enter', async () => {
    const popup = await suite.kit.openPopup(page, 'magnesum');
    const first = await waitFor(() => texts(popup, '.result .result-term'), (names) => names.length > 0);
    expect(first[0]).toMatch(/^magnesium/);
    expect((await texts(popup, '.result.active mark')).join('').length).toBeGreaterThan(3);
    await popup.press('Enter');
    const detail = await waitFor(() => texts(popup, '.detail .tl-term'), (terms) => terms.length === 1);
    expect(detail).toEqual(['magnesium']);
    expect((await texts(popup, '.detail .tl-advice'))[0]).toContain('not medical advice');
    await popup.press('Escape');
    expect(await waitFor(() => texts(popup, '.detail'), (nodes) => nodes.length === 0)).toEqual([]);
    await popup.close();
  });

  it('finds what a reader types: a misspelled inflected form and a sound-alike spelling, with the pronunciation', async () => {
    const popup = await suite.kit.openPopup(page);
    await waitFor(() => popup.evaluate(() => document.activeElement?.getAttribute('type'), undefined), (type) => type === 'search');
    const typeInto = async (text: string) => {
      for (const key of text) await popup.press(key);
    };
    await typeInto('twiching');
    const twitch = await waitFor(() => texts(popup, '.result .result-term'), (names) => names[0] === 'twitch');
    expect(twitch[0]).toBe('twitch');
    expect((await texts(popup, '.result.active .result-say'))[0]).toContain('TWICH');
    await popup.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      box.select();
    }, undefined);
    await typeInto('amfisema');
    const emphysema = await waitFor(() => texts(popup, '.result .result-term'), (names) => names[0] === 'emphysema');
    expect(emphysema[0]).toBe('emphysema');
    await popup.close();
  });

  it('says so plainly when nothing matches', async () => {
    const popup = await suite.kit.openPopup(page, 'zzzzqqq');
    // While the glossary loads the same line says so; wait for the answer itself.
    const lines = await waitFor(() => texts(popup, '.empty'), (found) => found.length > 0 && !found[0]!.startsWith('Loading'));
    expect(lines[0]).toContain('No term matches');
    await popup.close();
  });
});

describe('popup in chromium, with the page', () => {
  const suite = useKit('chromium');

  it('counts exactly the highlights the tab shows', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/repeat.html'));
    const total = await waitFor(() => highlightCount(page), (count) => count >= 6);
    const popup = await suite.kit.openPopup(page);
    const counts = await waitFor(() => texts(popup, '.page-term .count'), (values) => values.length > 0);
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(total);
    expect(await texts(popup, '.page-term-name')).toEqual(['magnesium', 'muscle', 'dehydration', 'twitch', 'eye']);
    await popup.close();
    await page.close();
  });

  it('scrolls to a term and flashes it, and Next steps through its occurrences', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/repeat.html'));
    await waitFor(() => highlightCount(page), (count) => count >= 6);
    const popup = await suite.kit.openPopup(page);
    await waitFor(() => texts(popup, '.page-term-name'), (names) => names.includes('magnesium'));
    const flashed = () =>
      page.evaluate(() => {
        const range = [...(CSS.highlights.get('termlight-focus') ?? [])][0];
        return range ? (range.startContainer.parentElement as HTMLElement).id : null;
      }, undefined);
    const clickIn = (label: string) => popup.evaluate((name) => (document.querySelector(`[aria-label="${name}"]`) as HTMLButtonElement).click(), label);

    await clickIn('Show magnesium on the page');
    expect(await waitFor(flashed, (id) => id === 'one')).toBe('one');
    await clickIn('Next magnesium on the page');
    expect(await waitFor(flashed, (id) => id === 'two')).toBe('two');
    expect(await waitFor(() => page.evaluate(() => window.scrollY, undefined), (y) => y > 800)).toBeGreaterThan(800);
    await clickIn('Next magnesium on the page');
    expect(await waitFor(flashed, (id) => id === 'three')).toBe('three');
    await clickIn('Next magnesium on the page');
    expect(await waitFor(flashed, (id) => id === 'one')).toBe('one');
    // The flash fades by itself.
    expect(await waitFor(flashed, (id) => id === null, 3_000)).toBeNull();
    await popup.close();
    await page.close();
  });

  it('pauses and resumes the site from its switch, live in the tab', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/article.html'));
    await waitFor(() => highlightCount(page), (count) => count === 6);
    const popup = await suite.kit.openPopup(page);
    const toggle = () => popup.evaluate(() => (document.querySelector('.controls input[role="switch"]') as HTMLInputElement).click(), undefined);
    expect(await texts(popup, '.controls .switch span')).toContain('Highlight on 127.0.0.1');
    await toggle();
    expect(await waitFor(() => highlightCount(page), (count) => count === 0)).toBe(0);
    await toggle();
    expect(await waitFor(() => highlightCount(page), (count) => count === 6)).toBe(6);
    await popup.close();
    await page.close();
  });

  it('registers the "Explain … with Termlight" item for selected text', async () => {
    // Browsers offer no way to click a context menu from a test; updating an item only succeeds
    // when it exists. Its click handler is openPopupWithQuery, the path the next test drives.
    const updated = await suite.kit.updateContextMenu('termlight-explain-selection');
    expect(updated).toBe(true);
    expect(await suite.kit.updateContextMenu('no-such-item')).toBe(false);
  });

  it('"Open in Termlight" on a card opens the toolbar popup on that term', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/article.html'));
    await waitFor(() => highlightCount(page), (count) => count === 6);
    await clickCardButton(page, 'dehydration', 'termlight-underline-teal', 'Open in Termlight');
    const opened = await waitFor(
      () => suite.kit.extensionContexts(),
      (contexts) => contexts.some((context) => context.type === 'POPUP' && context.url.includes('/popup.html')),
    );
    expect(opened.filter((context) => context.type === 'POPUP')).toHaveLength(1);
    // The popup took the entry handed to it (and cleared it, so the next opening starts on this
    // page's terms); which entry it shows is checked in popup-detail.test.ts.
    expect(await waitFor(() => suite.kit.pendingEntry(), (entry) => entry === null)).toBeNull();
    await page.close();
  });

  it('has no serious or critical accessibility violations, in search and in on-this-page mode', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/article.html'));
    await waitFor(() => highlightCount(page), (count) => count === 6);
    const popup = await suite.kit.openPopup(page);
    await waitFor(() => texts(popup, '.page-term-name'), (names) => names.length > 0);
    expect(await seriousAxeViolations(popup.raw as PlaywrightPage)).toEqual([]);
    await (popup.raw as PlaywrightPage).fill('input[type="search"]', 'cramp');
    await waitFor(() => texts(popup, '.result'), (results) => results.length > 0);
    expect(await seriousAxeViolations(popup.raw as PlaywrightPage)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
