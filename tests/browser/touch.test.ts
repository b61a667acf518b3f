import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './harness/axe';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { serveStatic, type StaticServer } from './harness/fixture-server';
import { ENGINE_TEST_SETTINGS } from './harness/kit';
import { pointOfHighlight, readTooltip, termlightHighlights, waitFor } from './harness/page-helpers';
import { FIXTURES } from './harness/paths';

const DEFAULT_HIGHLIGHT = 'termlight-underline-teal';

/** The card's box and its buttons' boxes, in CSS pixels of the viewport. */
function cardGeometry(page: Page) {
  return page.evaluate(async () => {
    const card = document.querySelector('termlight-tooltip')!.shadowRoot!.querySelector<HTMLElement>('[data-termlight-card]')!;
    // Measure the card at rest: during its fade-in the transform makes sizes come back a hair under whole pixels.
    await Promise.all(card.getAnimations().map((animation) => animation.finished));
    const box = card.getBoundingClientRect();
    const buttons = [...card.querySelectorAll('button')].map((button) => {
      const rect = button.getBoundingClientRect();
      return { label: button.textContent?.trim() ?? '', width: rect.width, height: rect.height };
    });
    return { left: box.left, top: box.top, right: box.right, bottom: box.bottom, fontSize: parseFloat(getComputedStyle(card).fontSize), buttons, viewport: { width: innerWidth, height: innerHeight } };
  });
}

/** A finger drawn across the screen: touch start, moves, end (a swipe, not a tap). */
async function swipe(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  const point = (x: number, y: number) => [{ x, y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from.x, from.y) });
  for (let step = 1; step <= 8; step++) {
    const x = from.x + ((to.x - from.x) * step) / 8;
    const y = from.y + ((to.y - from.y) * step) / 8;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(x, y) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

describe('touch, on a 360 × 640 phone screen in chromium', () => {
  let session: ChromiumSession;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    server = await serveStatic({ '/': `${FIXTURES}/pages` });
    session = await launchChromium({ phone: true });
    await session.serviceWorker.evaluate((value) => chrome.storage.sync.set({ settings: value }), ENGINE_TEST_SETTINGS);
    page = await session.newPage();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function tapTerm(text: string) {
    await page.goto(server.url('/hover.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.includes(text));
    return (await pointOfHighlight(page, text, DEFAULT_HIGHLIGHT))!;
  }

  it('a tap opens the right card, which fits the screen with 44 px tap targets; a second tap keeps it open', async () => {
    const point = await tapTerm('Dehydration');
    await page.touchscreen.tap(point.x, point.y);
    const card = await waitFor(() => readTooltip(page), (value) => !!value?.visible, 2_000);
    expect(card?.text).toContain('dehydration');
    const box = await cardGeometry(page);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.viewport.width);
    expect(box.bottom).toBeLessThanOrEqual(box.viewport.height);
    expect(box.fontSize).toBeGreaterThanOrEqual(16);
    for (const button of box.buttons) {
      expect(button.width, button.label).toBeGreaterThanOrEqual(44);
      expect(button.height, button.label).toBeGreaterThanOrEqual(44);
    }
    await page.touchscreen.tap(point.x, point.y);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await readTooltip(page))?.visible).toBe(true);
    expect(await seriousAxeViolations(page, 'termlight-tooltip')).toEqual([]);
  });

  it('a tap outside the card closes it, and so does its close button', async () => {
    const point = await tapTerm('Dehydration');
    await page.touchscreen.tap(point.x, point.y);
    await waitFor(() => readTooltip(page), (value) => !!value?.visible, 2_000);
    // Below the last paragraph: nothing there but the page.
    await page.touchscreen.tap(20, 620);
    await waitFor(() => readTooltip(page), (value) => !value?.visible, 2_000);

    await page.touchscreen.tap(point.x, point.y);
    await waitFor(() => readTooltip(page), (value) => !!value?.visible, 2_000);
    const close = await page.evaluate(() => {
      const button = document.querySelector('termlight-tooltip')!.shadowRoot!.querySelector<HTMLElement>('.tl-close')!.getBoundingClientRect();
      return { x: button.left + button.width / 2, y: button.top + button.height / 2 };
    });
    await page.touchscreen.tap(close.x, close.y);
    await waitFor(() => readTooltip(page), (value) => !value?.visible, 2_000);
  });

  it('a swipe across a term opens nothing', async () => {
    const point = await tapTerm('Dehydration');
    await swipe(page, { x: point.x - 40, y: point.y }, { x: point.x + 120, y: point.y + 160 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await readTooltip(page))?.visible ?? false).toBe(false);
  });

  it.each(['popup.html', 'options.html'])('%s fits the width of the phone', async (path) => {
    const extensionPage = await session.newPage();
    await extensionPage.goto(session.extensionUrl(path));
    await extensionPage.waitForSelector('main, body > *');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const width = await extensionPage.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: innerWidth }));
    expect(width.scroll).toBeLessThanOrEqual(width.view);
    await extensionPage.close();
  });
});
