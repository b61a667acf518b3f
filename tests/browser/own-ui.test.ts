import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type KitPage } from './harness/kit';
import { pointOfHighlight, readTooltip, termlightHighlights, waitFor } from './harness/page-helpers';
import { CHROMIUM_EXTENSION_ID } from './harness/paths';
import { useKit } from './harness/suite';

const DEFAULT_HIGHLIGHT = 'termlight-underline-teal';

/** What the bundled pack says about saying "dehydration", read from the pack itself. */
const DEHYDRATION_PRONUNCIATION = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../glossary/packs/health/hydration-electrolytes.json'), 'utf8')) as { id: string; pronunciation?: string }[]
).find((entry) => entry.id === 'dehydration')!.pronunciation!;

/** Ranges of Termlight's highlights that lie inside its own card's shadow root. */
function highlightsInOwnUi(page: KitPage): Promise<number> {
  return page.evaluate(() => {
    const root = document.querySelector('termlight-tooltip')?.shadowRoot;
    if (!root) return 0;
    let count = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('termlight-')) continue;
      for (const range of highlight) if (range.startContainer.getRootNode() === root) count++;
    }
    return count;
  }, undefined);
}

describe.each<BrowserName>(['chromium', 'firefox'])("Termlight's own card in %s", (browserName) => {
  const suite = useKit(browserName);
  let page: KitPage;

  beforeAll(async () => {
    page = await suite.kit.newPage();
  });

  it('is never scanned, even when a settings change rescans the page with the card open', async () => {
    await page.goto(suite.server.url('/hover.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.includes('Dehydration'));
    const before = await termlightHighlights(page);
    const point = (await pointOfHighlight(page, 'Dehydration', DEFAULT_HIGHLIGHT))!;
    await page.click(point.x, point.y);
    await waitFor(() => readTooltip(page), (value) => !!value?.visible, 2_000);
    // A change that rescans the page while the pinned card (full of glossary words) is open.
    await suite.kit.setSettings({ density: 'every' });
    await new Promise((resolve) => setTimeout(resolve, 600));
    await suite.kit.setSettings({ density: 'section' });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await highlightsInOwnUi(page)).toBe(0);
    expect(await termlightHighlights(page)).toEqual(before);
    await suite.kit.setSettings({});
  });

  it('adds nothing to the page until the first card, whose code arrives then', async () => {
    await page.goto(suite.server.url('/hover.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.includes('Dehydration'));
    expect(await page.evaluate(() => document.querySelector('termlight-tooltip') === null, undefined)).toBe(true);
    const point = (await pointOfHighlight(page, 'Dehydration', DEFAULT_HIGHLIGHT))!;
    await page.click(point.x, point.y);
    const card = await waitFor(() => readTooltip(page), (value) => !!value?.visible, 2_000);
    expect(card?.text).toContain('dehydration');
    if (browserName === 'chromium') {
      // Served at a per-session address (use_dynamic_url): the page can't find it at the fixed one.
      const fixed = `chrome-extension://${CHROMIUM_EXTENSION_ID}/card-ui.js`;
      expect(await page.evaluate((url) => fetch(url).then(() => true, () => false), fixed)).toBe(false);
    }
  });

  it('comes back when the page removes it, and a tap or click elsewhere closes a pinned card', async () => {
    await page.goto(suite.server.url('/hover.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.includes('Dehydration'));
    const point = (await pointOfHighlight(page, 'Dehydration', DEFAULT_HIGHLIGHT))!;
    await page.click(point.x, point.y);
    await waitFor(() => readTooltip(page), (value) => !!value?.visible, 2_000);
    await page.click(point.x + 500, point.y + 250);
    await waitFor(() => readTooltip(page), (value) => !value?.visible, 2_000);
    // Some hydration setups clear out nodes they did not create.
    await page.evaluate(() => document.querySelector('termlight-tooltip')?.remove(), undefined);
    await page.click(point.x, point.y);
    const card = await waitFor(() => readTooltip(page), (value) => !!value?.visible, 2_000);
    expect(card?.text).toContain('dehydration');
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('the card shows how to say the word, in %s', (browserName) => {
  const suite = useKit(browserName);

  it('shows the pronunciation under the term', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/hover.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.includes('Dehydration'));
    const point = (await pointOfHighlight(page, 'Dehydration', DEFAULT_HIGHLIGHT))!;
    await page.click(point.x, point.y);
    const card = await waitFor(() => readTooltip(page), (value) => !!value?.visible, 2_000);
    expect(card?.text).toContain(DEHYDRATION_PRONUNCIATION);
    const shown = await page.evaluate(() => document.querySelector('termlight-tooltip')!.shadowRoot!.querySelector('.tl-pronunciation')?.textContent ?? '', undefined);
    expect(shown).toContain(DEHYDRATION_PRONUNCIATION);
  });
});
