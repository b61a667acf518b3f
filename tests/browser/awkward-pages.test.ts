import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type KitPage } from './harness/kit';
import { pointOfHighlight, readTooltip, termlightHighlights, waitFor } from './harness/page-helpers';
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
}

const sorted = (texts: string[]) => [...texts].map((text) => text.toLowerCase()).sort();

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

  async function hoverAndRead(term: string) {
    const point = await waitFor(() => pointOfHighlight(page, term.toLowerCase() === term ? term : term, 'termlight-underline-teal'), (value) => value !== null);
    await page.move(point!.x + 200, point!.y + 200);
    await page.move(point!.x, point!.y, 2);
    return waitFor(() => readTooltip(page), (value) => !!value?.visible, 3_000);
  }

  it.each(PAGES)('%s: highlights after the change, shows the card, and causes no errors', async (name) => {
    await page.goto(suite.server.url(`/awkward/${name}`));
    const expected = await page.evaluate(() => JSON.parse(document.getElementById('expected')!.textContent!) as Expected, undefined);
    await page.evaluate(() => (window as unknown as { __change?: () => void }).__change?.(), undefined);
    const found = await waitFor(() => termlightHighlights(page), (texts) => JSON.stringify(sorted(texts)) === JSON.stringify(sorted(expected.terms))).catch(() => termlightHighlights(page));
    expect(sorted(found)).toEqual(sorted(expected.terms));
    const hoverText = found.find((text) => text.toLowerCase() === expected.hover.toLowerCase())!;
    const card = await hoverAndRead(hoverText);
    expect(card?.text.toLowerCase()).toContain(expected.hover.toLowerCase());
    if (expected.hoverTwice) {
      await page.press('Escape');
      await waitFor(() => readTooltip(page), (value) => !value?.visible, 2_000);
      const again = await hoverAndRead(hoverText);
      expect(again?.text.toLowerCase()).toContain(expected.hover.toLowerCase());
    }
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors, undefined)).toEqual([]);
  });
});
