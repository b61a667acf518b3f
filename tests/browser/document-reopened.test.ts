import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type KitPage } from './harness/kit';
import { pointOfHighlight, readTooltip, termlightHighlights, waitFor } from './harness/page-helpers';
import { CHROMIUM_EXTENSION_ID, FIREFOX_EXTENSION_ID } from './harness/paths';
import { useKit } from './harness/suite';

/**
 * `document.open()` on the top document erases every listener on the document and its window,
 * the content script's included: WXT's own (the SPA location-change event it dispatches on
 * `window`, and the `document` event by which a newer copy of the content script retires the
 * old one) as well as Termlight's. Each check runs on a page as loaded, where it has always
 * worked, and on one that `document.open()` rewrote (tests/fixtures/pages/awkward/document-rewritten.html).
 */
const PAGES = {
  'a page as loaded': { path: '/article.html', rewrite: false, term: 'dehydration' },
  'a page rewritten by document.open()': { path: '/awkward/document-rewritten.html', rewrite: true, term: 'tendon' },
} as const;
type PageKind = keyof typeof PAGES;
const KINDS = Object.keys(PAGES) as PageKind[];

describe.each<BrowserName>(['chromium', 'firefox'])('listeners WXT and Termlight need, in %s', (browserName) => {
  const suite = useKit(browserName);

  beforeAll(async () => {
    await suite.kit.setSettings({ underline: 'general' });
  });

  afterAll(async () => {
    await suite.kit.setSettings({});
  });

  /** The page, rewritten if asked, once Termlight has highlighted `term` in it. */
  async function open(kind: PageKind): Promise<{ page: KitPage; term: string; count: number }> {
    const { path, rewrite, term } = PAGES[kind];
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url(path));
    if (rewrite) await page.evaluate(() => (window as unknown as { __change: () => Promise<void> }).__change(), undefined);
    const found = await waitFor(() => termlightHighlights(page), (texts) => texts.some((text) => text.toLowerCase() === term));
    return { page, term, count: found.length };
  }

  it.each(KINDS)('an SPA navigation makes Termlight start over on %s: the pinned card of the old view closes', async (kind) => {
    const { page, term, count } = await open(kind);
    const point = (await waitFor(() => pointOfHighlight(page, term, 'termlight-underline-teal'), (value) => value !== null))!;
    await page.move(point.x + 200, point.y + 200);
    await page.click(point.x, point.y);
    const card = await waitFor(() => readTooltip(page), (value) => !!value?.visible, 3_000);
    expect(card!.text.toLowerCase()).toContain(term);
    // A pinned card stays until something closes it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await readTooltip(page))?.visible).toBe(true);

    // The router changes the address and nothing else: only the location-change event can tell.
    await page.evaluate(() => history.pushState({}, '', '?view=next'), undefined);
    const after = await waitFor(() => readTooltip(page), (value) => !value?.visible, 3_000).catch(() => readTooltip(page));
    expect(after?.visible ?? false).toBe(false);
    // It started over, and found the same terms again.
    expect((await waitFor(() => termlightHighlights(page), (texts) => texts.length === count, 3_000)).length).toBe(count);
    await page.close();
  });

  it.each(KINDS)('a newer copy of the content script retires this one on %s, taking its highlights away', async (kind) => {
    const { page } = await open(kind);
    // What a newer copy (after an update or a reload of the extension) sends when it starts in
    // this document (WXT's ContentScriptContext.stopOldScripts), with an id of its own.
    const extensionId = browserName === 'chromium' ? CHROMIUM_EXTENSION_ID : FIREFOX_EXTENSION_ID;
    await page.evaluate((type) => {
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'a-newer-copy' } }));
    }, `${extensionId}:content:wxt:content-script-started`);
    const left = await waitFor(() => termlightHighlights(page), (texts) => texts.length === 0, 3_000).catch(() => termlightHighlights(page));
    expect(left).toEqual([]);
    await page.close();
  });
});
