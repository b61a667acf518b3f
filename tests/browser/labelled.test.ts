import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type KitPage } from './harness/kit';
import { readTooltip, termlightHighlights, waitFor } from './harness/page-helpers';
import { useKit } from './harness/suite';

/**
 * Pages whose words carry their own labels: `data-expect="none"` must not be highlighted, any
 * other value must be; `data-sense` names the meaning the card must show. Each page sets the
 * settings it was written for in a `labelled-settings` script.
 */
const PAGES = readdirSync(resolve(import.meta.dirname, '../fixtures/pages/labelled'))
  .filter((name) => name.endsWith('.html'))
  .sort();

interface Label {
  index: number;
  text: string;
  expected: boolean;
  highlighted: boolean;
  sense: string | null;
  point: { x: number; y: number } | null;
}

/** Each labelled element, and whether a Termlight highlight covers its text. */
function readLabels(page: KitPage): Promise<Label[]> {
  return page.evaluate(() => {
    const ranges: Range[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('termlight-') || name === 'termlight-focus') continue;
      for (const staticRange of highlight) {
        const range = document.createRange();
        range.setStart(staticRange.startContainer, staticRange.startOffset);
        range.setEnd(staticRange.endContainer, staticRange.endOffset);
        ranges.push(range);
      }
    }
    return [...document.querySelectorAll<HTMLElement>('[data-expect]')].map((element, index) => {
      const text = document.createRange();
      text.selectNodeContents(element);
      const rect = element.getBoundingClientRect();
      return {
        index,
        text: element.textContent ?? '',
        expected: element.dataset.expect !== 'none',
        highlighted: ranges.some((range) => range.compareBoundaryPoints(Range.END_TO_START, text) < 0 && range.compareBoundaryPoints(Range.START_TO_END, text) > 0),
        sense: element.dataset.sense ?? null,
        point: { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 },
      };
    });
  }, undefined);
}

describe.each<BrowserName>(['chromium', 'firefox'])('labelled words in %s', (browserName) => {
  const suite = useKit(browserName);
  let page: KitPage;
  const results: { page: string; label: Label }[] = [];

  beforeAll(async () => {
    page = await suite.kit.newPage();
  });

  // After every test, passed or failed: a test that changed the settings never leaves them to the next.
  afterEach(async () => {
    await suite.kit.setSettings({});
  });

  it.each(PAGES)('%s: every labelled word is highlighted or left alone as labelled', async (name) => {
    const settings = await (async () => {
      await page.goto(suite.server.url(`/labelled/${name}`));
      return page.evaluate(() => JSON.parse(document.getElementById('labelled-settings')?.textContent ?? '{}') as Record<string, unknown>, undefined);
    })();
    await suite.kit.setSettings(settings);
    await page.goto(suite.server.url(`/labelled/${name}`));
    const wanted = (await readLabels(page)).filter((label) => label.expected).length;
    // The scan is done when the highlights stop changing; wait for that, then read the labels.
    let previous = '';
    await waitFor(
      async () => JSON.stringify(await termlightHighlights(page)),
      (now) => {
        const settled = now === previous && (wanted === 0 || now !== '[]');
        previous = now;
        return settled;
      },
    ).catch(() => undefined);
    const labels = await readLabels(page);
    for (const label of labels) results.push({ page: name, label });
    const wrong = labels.filter((label) => label.highlighted !== label.expected).map((label) => `${label.text} #${label.index}: expected ${label.expected ? 'a highlight' : 'none'}`);
    // Each page may miss at most one label; the total is checked below.
    expect(wrong.length, wrong.join('; ')).toBeLessThanOrEqual(1);
  });

  it('gets at least 95% of at least 40 labelled occurrences right', () => {
    const right = results.filter(({ label }) => label.highlighted === label.expected).length;
    console.log(`${browserName}: ${right} of ${results.length} labelled occurrences right`);
    expect(results.length).toBeGreaterThanOrEqual(40);
    expect(right / results.length).toBeGreaterThanOrEqual(0.95);
  });

  it('at default settings, leaves words every adult knows plain (but not their less familiar aliases), underlines a common health word once on the page and an unfamiliar one once in each section', async () => {
    await suite.kit.setSettings({ underline: 'general', density: 'section' });
    await page.goto(suite.server.url('/defaults.html'));
    const expected = await page.evaluate(() => JSON.parse(document.getElementById('expected')!.textContent!) as string[], undefined);
    const sorted = [...expected].sort();
    const found = await waitFor(() => termlightHighlights(page), (texts) => JSON.stringify(texts) === JSON.stringify(sorted)).catch(() => termlightHighlights(page));
    expect(found).toEqual(sorted);
  });

  it('at default settings, a term whose first occurrence is removed and added back is underlined again', async () => {
    await suite.kit.setSettings({ underline: 'general', density: 'section' });
    await page.goto(suite.server.url('/defaults.html'));
    const expected = [...(await page.evaluate(() => JSON.parse(document.getElementById('expected')!.textContent!) as string[], undefined))].sort();
    await waitFor(() => termlightHighlights(page), (texts) => JSON.stringify(texts) === JSON.stringify(expected));
    // Like a framework re-rendering a section: the paragraph leaves the page and comes back.
    await page.evaluate(() => {
      const paragraph = document.querySelector('h2 + p')!;
      const parent = paragraph.parentNode!;
      const next = paragraph.nextSibling;
      paragraph.remove();
      setTimeout(() => parent.insertBefore(paragraph, next), 400);
    }, undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const back = await waitFor(() => termlightHighlights(page), (texts) => JSON.stringify(texts) === JSON.stringify(expected), 6_000).catch(() => termlightHighlights(page));
    expect(back).toEqual(expected);
  });

  it('shows the sense that fits on the card', async () => {
    await page.goto(suite.server.url('/labelled/discharge-note.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.filter((text) => text === 'discharge').length === 2);
    for (const label of (await readLabels(page)).filter((item) => item.sense)) {
      await page.move(label.point!.x, label.point!.y + 300);
      await page.move(label.point!.x, label.point!.y, 2);
      const card = await waitFor(() => readTooltip(page), (value) => !!value?.visible && value.text.includes(label.sense!), 3_000);
      expect(card?.text).toContain(label.sense);
      await page.press('Escape');
    }
  });

  it('lists the meanings on the card of letters with several, where nothing on a health page says which', async () => {
    await page.goto(suite.server.url('/labelled/visit-note.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.includes('MS'));
    const label = (await readLabels(page)).find((item) => item.text === 'MS')!;
    const meanings = await page.evaluate(() => document.querySelector<HTMLElement>('[data-meanings]')!.dataset.meanings!.split('|'), undefined);
    await page.move(label.point!.x, label.point!.y + 300);
    await page.move(label.point!.x, label.point!.y, 2);
    const card = await waitFor(() => readTooltip(page), (value) => !!value?.visible && meanings.every((meaning) => value.text.includes(meaning)), 3_000);
    expect(card?.text).toContain('It can mean');
    for (const meaning of meanings) expect(card?.text).toContain(meaning);
    await page.press('Escape');
  });
});
