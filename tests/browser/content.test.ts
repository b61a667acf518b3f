import { beforeAll, describe, expect, it } from 'vitest';
import { tabIdOf } from './harness/chromium-tabs';
import { type BrowserName, type KitPage } from './harness/kit';
import { pointOfHighlight, readTooltip, waitFor, type Evaluator, termlightHighlights } from './harness/page-helpers';
import { useChromium, useKit } from './harness/suite';

const DEFAULT_HIGHLIGHT = 'termlight-underline-teal';

/** Every highlighted text of the page (all Termlight appearances), sorted for comparison. */
const highlighted = termlightHighlights;

function expectedOf(page: Evaluator): Promise<string[]> {
  return page.evaluate(() => JSON.parse(document.getElementById('expected')!.textContent!) as string[], undefined);
}

const sameAs = (expected: string[]) => (actual: string[]) => JSON.stringify(actual) === JSON.stringify([...expected].sort());

describe.each<BrowserName>(['chromium', 'firefox'])('content script in %s', (browserName) => {
  const suite = useKit(browserName);
  let page: KitPage;

  beforeAll(async () => {
    page = await suite.kit.newPage();
  });

  it.each(['article', 'split-inline', 'skipped', 'shadow', 'shadow-sections'])('highlights exactly what %s.html expects', async (fixture) => {
    await page.goto(suite.server.url(`/${fixture}.html`));
    const expected = await expectedOf(page);
    const actual = await waitFor(() => highlighted(page), sameAs(expected)).catch(() => highlighted(page));
    expect(actual).toEqual([...expected].sort());
  });

  it('highlights the top page and an iframe, each in its own frame', async () => {
    await page.goto(suite.server.url('/iframe.html'));
    expect(await waitFor(() => highlighted(page), sameAs(['dehydration']))).toEqual(['dehydration']);
    const frame = page.frame(1);
    expect(await waitFor(() => highlighted(frame), sameAs(['magnesium', 'tendon']))).toEqual(['magnesium', 'tendon']);
  });

  it('follows text added, edited and removed after load', async () => {
    await page.goto(suite.server.url('/dynamic.html'));
    await waitFor(() => highlighted(page), sameAs(['dehydration', 'magnesium']));
    await page.evaluate(() => (window as unknown as { addLine(text: string): void }).addLine('New text about potassium.'), undefined);
    await waitFor(() => highlighted(page), sameAs(['dehydration', 'magnesium', 'potassium']));
    await page.evaluate(() => (window as unknown as { removeLine(): void }).removeLine(), undefined);
    await waitFor(() => highlighted(page), sameAs(['dehydration', 'potassium']));
    await page.evaluate(() => (window as unknown as { editLine(text: string): void }).editLine('Edited to mention calcium.'), undefined);
    expect(await waitFor(() => highlighted(page), sameAs(['calcium', 'potassium']))).toEqual(['calcium', 'potassium']);
  });

  it('shows the right card after the dwell, hides it on leave and Esc, and keeps a clicked card pinned', async () => {
    await page.goto(suite.server.url('/hover.html'));
    await waitFor(() => highlighted(page), (found) => found.includes('Dehydration'));
    const point = (await pointOfHighlight(page, 'Dehydration', DEFAULT_HIGHLIGHT))!;
    expect(point).not.toBeNull();

    await page.move(point.x, point.y + 200);
    await page.move(point.x, point.y, 2);
    const started = Date.now();
    const card = await waitFor(() => readTooltip(page), (value) => !!value?.visible, 2_000);
    expect(Date.now() - started).toBeLessThan(150 + 100 + 150); // dwell + 100 ms, plus driver round trips
    expect(card!.text).toContain('dehydration');
    expect(card!.text).toContain('not medical advice');
    expect(card!.role).toBe('tooltip');

    // Away from the term and from the card (which sits below it, from the term's left edge).
    const away = { x: point.x + 600, y: point.y };
    await page.move(away.x, away.y, 2);
    await waitFor(() => readTooltip(page), (value) => !value?.visible, 2_000);

    await page.move(point.x, point.y, 2);
    await waitFor(() => readTooltip(page), (value) => !!value?.visible, 2_000);
    await page.press('Escape');
    await waitFor(() => readTooltip(page), (value) => !value?.visible, 1_000);

    await page.click(point.x, point.y);
    await waitFor(() => readTooltip(page), (value) => !!value?.visible, 1_000);
    await page.move(away.x, away.y, 2);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await readTooltip(page))?.visible).toBe(true);
    await page.press('Escape');
    await waitFor(() => readTooltip(page), (value) => !value?.visible, 1_000);
  });

  it('never changes the page: no mutation but the tooltip host, after a full scan and a hover', async () => {
    await page.goto(suite.server.url('/article.html'));
    await waitFor(() => highlighted(page), (found) => found.length >= 6);
    const point = (await pointOfHighlight(page, 'dehydration', DEFAULT_HIGHLIGHT))!;
    await page.move(point.x, point.y + 100);
    await page.move(point.x, point.y, 2);
    await waitFor(() => readTooltip(page), (value) => !!value?.visible, 2_000);
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: unknown[] }).__mutations, undefined);
    expect(mutations).toEqual([{ type: 'childList', target: 'BODY', attribute: null, added: ['TERMLIGHT-TOOLTIP'], removed: [] }]);
  });

  it('removes every highlight within 100 ms when the site is paused, and restores them on resume', async () => {
    await page.goto(suite.server.url('/article.html'));
    await waitFor(() => highlighted(page), (found) => found.length === 6);
    await suite.kit.setSettings({ sites: ['127.0.0.1'] });
    const paused = Date.now();
    await waitFor(() => highlighted(page), (found) => found.length === 0, 2_000);
    expect(Date.now() - paused).toBeLessThan(100 + 150); // 100 ms budget, plus one driver round trip
    await suite.kit.setSettings({});
    expect(await waitFor(() => highlighted(page), (found) => found.length === 6, 2_000)).toHaveLength(6);
  });
});

describe('hover cards at other zoom levels, and muting, in chromium', () => {
  const chromium = useChromium();

  it.each([0.5, 1, 2])('at %sx page zoom the card appears beside the term and never covers it', async (zoom) => {
    const page = await chromium.session.newPage();
    await page.goto(chromium.server.url('/hover.html'));
    await waitFor(() => highlighted(page), (found) => found.includes('Dehydration'));
    const tabId = await tabIdOf(chromium.session, page);
    await chromium.session.serviceWorker.evaluate(({ tabId, zoom }) => chrome.tabs.setZoom(tabId, zoom), { tabId, zoom });
    await page.waitForTimeout(300);
    const point = (await pointOfHighlight(page, 'Dehydration', DEFAULT_HIGHLIGHT))!;
    await page.mouse.move(point.x + 400, point.y + 200);
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await waitFor(() => readTooltip(page), (card) => !!card?.visible);
    const geometry = await page.evaluate(() => {
      const card = document.querySelector('termlight-tooltip')!.shadowRoot!.querySelector('[data-termlight-card]')!.getBoundingClientRect();
      const range = [...CSS.highlights.get('termlight-underline-teal')!][0]!;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const term = live.getBoundingClientRect();
      return { card: { left: card.left, top: card.top, right: card.right, bottom: card.bottom, width: card.width }, term: { left: term.left, top: term.top, right: term.right, bottom: term.bottom }, viewport: innerWidth };
    });
    const overlaps = !(geometry.card.right <= geometry.term.left || geometry.card.left >= geometry.term.right || geometry.card.bottom <= geometry.term.top || geometry.card.top >= geometry.term.bottom);
    expect(overlaps, JSON.stringify(geometry)).toBe(false);
    expect(geometry.card.left).toBeGreaterThanOrEqual(0);
    expect(geometry.card.right).toBeLessThanOrEqual(geometry.viewport);
    await chromium.session.serviceWorker.evaluate((id) => chrome.tabs.setZoom(id, 1), tabId);
    await page.close();
  });

  it('"Don\'t highlight this term" mutes it at once, on this page and in other tabs', async () => {
    const page = await chromium.session.newPage();
    const other = await chromium.session.newPage();
    await other.goto(chromium.server.url('/article.html'));
    await page.goto(chromium.server.url('/article.html'));
    await waitFor(() => highlighted(page), (found) => found.includes('dehydration'));
    await waitFor(() => highlighted(other), (found) => found.includes('dehydration'));
    const point = (await pointOfHighlight(page, 'dehydration', DEFAULT_HIGHLIGHT))!;
    await page.mouse.move(point.x + 400, point.y);
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await waitFor(() => readTooltip(page), (card) => !!card?.visible);
    await page.evaluate(() => {
      const root = document.querySelector('termlight-tooltip')!.shadowRoot!;
      [...root.querySelectorAll('button')].find((button) => button.textContent === "Don't highlight this term")!.click();
    });
    const muted = (found: string[]) => found.length === 5 && !found.includes('dehydration');
    expect(await waitFor(() => highlighted(page), muted)).toHaveLength(5);
    expect(await waitFor(() => highlighted(other), muted)).toHaveLength(5);
    await chromium.session.serviceWorker.evaluate(() => chrome.storage.sync.set({ settings: {} }));
    await waitFor(() => highlighted(page), (found) => found.includes('dehydration'));
    await page.close();
    await other.close();
  });
});
