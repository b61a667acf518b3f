import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type KitPage } from './harness/kit';
import { pointOfHighlight, readTooltip, termlightHighlights, waitFor, type Evaluator } from './harness/page-helpers';
import { countTinted, decodePng } from './harness/png';
import { useKit } from './harness/suite';

/**
 * Pages that real sites build and that have broken hover dictionaries: each carries what it
 * expects (`#expected`: the terms to highlight once `window.__change()` has run, and the one to
 * hover) and records its own errors (`errors.js`).
 */
const PAGES = readdirSync(resolve(import.meta.dirname, '../fixtures/pages/awkward')).filter((name) => name.endsWith('.html')).sort();

interface Expected {
  terms: string[];
  hover: string;
  /** Hover twice, with the card put away in between (the page removes the card's host once). */
  hoverTwice?: boolean;
  /** The terms are in this frame (page.frame's index: 1 is the first iframe), and hovered there. */
  frame?: number;
  /** Terms in text the page replaces all the time: highlighted or not at any given instant, either is right. */
  changing?: string[];
  /** The hovered term's underline must be on screen (a screenshot shows its colour), not only registered. */
  painted?: boolean;
  /** After the card shows, the pointer leaves the frame: the card must go after the hide grace. */
  leaveFrame?: boolean;
}

const sorted = (texts: string[]) => [...texts].map((text) => text.toLowerCase()).sort();
/** The teal underline of the default appearance (style.css). */
const TEAL = [0x0f, 0x76, 0x6e] as const;

describe.each<BrowserName>(['chromium', 'firefox'])('awkward pages in %s', (browserName) => {
  const suite = useKit(browserName);
  let page: KitPage;

  beforeAll(async () => {
    page = await suite.kit.newPage();
    // The default underline level: words every adult knows stay plain.
    await suite.kit.setSettings({ underline: 'general' });
  });

  afterAll(async () => {
    await suite.kit.setSettings({});
  });

  /** Where a frame's viewport starts in the top page (0, 0 for the top frame itself). */
  async function frameOrigin(frame: number | undefined): Promise<{ x: number; y: number }> {
    if (!frame) return { x: 0, y: 0 };
    return page.evaluate((index) => {
      const element = document.querySelectorAll('iframe')[index - 1]!;
      const box = element.getBoundingClientRect();
      return { x: box.left + element.clientLeft, y: box.top + element.clientTop };
    }, frame);
  }

  /** The term's centre in top-page coordinates, and its box. */
  async function locate(target: Evaluator, term: string, frame: number | undefined) {
    const point = await waitFor(() => pointOfHighlight(target, term, 'termlight-underline-teal'), (value) => value !== null);
    const origin = await frameOrigin(frame);
    return { x: origin.x + point!.x, y: origin.y + point!.y };
  }

  async function hoverAndRead(target: Evaluator, term: string, frame: number | undefined) {
    const point = await locate(target, term, frame);
    await page.move(point.x + 200, point.y + 200);
    await page.move(point.x, point.y, 2);
    return waitFor(() => readTooltip(target), (value) => !!value?.visible, 3_000);
  }

  /** Teal pixels in a screenshot of the band under the term's centre line (its underline). */
  async function underlinePixels(target: Evaluator, term: string, frame: number | undefined): Promise<number> {
    const point = await locate(target, term, frame);
    const clip = { x: Math.max(0, point.x - 30), y: point.y, width: 60, height: 24 };
    const png = await (page.raw as unknown as { screenshot(options: object): Promise<Uint8Array> }).screenshot({ clip, type: 'png' });
    return countTinted(decodePng(png), TEAL);
  }

  it.each(PAGES)('%s: highlights after the change, shows the card, and causes no errors', async (name) => {
    await page.goto(suite.server.url(`/awkward/${name}`));
    const expected = await page.evaluate(() => JSON.parse(document.getElementById('expected')!.textContent!) as Expected, undefined);
    await page.evaluate(() => (window as unknown as { __change?: () => void }).__change?.(), undefined);
    const target = expected.frame ? page.frame(expected.frame) : page;
    const changing = new Set(expected.changing ?? []);
    const steady = async () => (await termlightHighlights(target)).filter((text) => !changing.has(text.toLowerCase()) && !(changing.size > 0 && text === '(stale)'));
    const found = await waitFor(steady, (texts) => JSON.stringify(sorted(texts)) === JSON.stringify(sorted(expected.terms))).catch(steady);
    expect(sorted(found)).toEqual(sorted(expected.terms));
    const hoverText = found.find((text) => text.toLowerCase() === expected.hover.toLowerCase())!;
    if (expected.painted) {
      // Registered is not enough: the underline has to reach the screen, and stay there.
      await waitFor(() => underlinePixels(target, hoverText, expected.frame), (count) => count > 0, 3_000).catch(() => 0);
      // Over two seconds of the page's changes, not one frame: a stale range once blanked it now and then.
      const seen: number[] = [];
      for (let shot = 0; shot < 8; shot++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        seen.push(await underlinePixels(target, hoverText, expected.frame));
      }
      expect(seen.filter((count) => count === 0)).toEqual([]);
    }
    const card = await hoverAndRead(target, hoverText, expected.frame);
    expect(card?.text.toLowerCase()).toContain(expected.hover.toLowerCase());
    if (expected.hoverTwice) {
      await page.press('Escape');
      await waitFor(() => readTooltip(target), (value) => !value?.visible, 2_000);
      const again = await hoverAndRead(target, hoverText, expected.frame);
      expect(again?.text.toLowerCase()).toContain(expected.hover.toLowerCase());
    }
    if (expected.leaveFrame) {
      // Out of the frame, onto the page around it, and no further: the frame sees no more events.
      const box = await page.evaluate((index) => {
        const rect = document.querySelectorAll('iframe')[index - 1]!.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, bottom: rect.bottom };
      }, expected.frame ?? 1);
      const left = Date.now();
      await page.move(box.x, box.bottom + 20);
      await waitFor(() => readTooltip(target), (value) => !value?.visible, 1_500);
      // The grace (300 ms) still applies: the card did not vanish the moment the pointer left.
      expect(Date.now() - left).toBeGreaterThanOrEqual(250);
    }
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors, undefined)).toEqual([]);
  });
});
