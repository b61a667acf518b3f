import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './harness/fixture-server';
import { launchKit, type BrowserKit, type BrowserName, type KitPage } from './harness/kit';
import { readHighlights, waitFor, type Evaluator } from './harness/page-helpers';
import { FIXTURES } from './harness/paths';

const texts = (page: Evaluator, selector: string) =>
  page.evaluate((sel) => [...document.querySelectorAll(sel)].map((node) => (node.textContent ?? '').trim()), selector);

async function highlightCount(page: Evaluator): Promise<number> {
  const found = await readHighlights(page);
  return Object.entries(found).filter(([name]) => name !== 'termlight-focus').reduce((sum, [, ranges]) => sum + ranges.length, 0);
}

describe.each<BrowserName>(['chromium', 'firefox'])('popup in %s', (browserName) => {
  let kit: BrowserKit;
  let server: StaticServer;
  let page: KitPage;

  beforeAll(async () => {
    server = await serveStatic({ '/': `${FIXTURES}/pages` });
    kit = await launchKit(browserName);
    page = await kit.newPage();
    await page.goto(server.url('/article.html'));
    await waitFor(() => highlightCount(page), (count) => count === 6);
  });

  afterAll(async () => {
    await kit?.close();
    await server?.close();
  });

  it('renders, focuses the search box, and lists the terms on this page with counts in order', async () => {
    const popup = await kit.openPopup(page);
    await waitFor(() => texts(popup, '.page-term-name'), (names) => names.length > 0);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('type'), undefined)).toBe('search');
    expect(await texts(popup, '.section-title')).toEqual(['On this page (6)']);
    expect(await texts(popup, '.page-term-name')).toEqual(['muscle spasm', 'dehydration', 'magnesium', 'potassium', 'arteriosclerosis', 'artery']);
    expect(await texts(popup, '.page-term .count')).toEqual(['1', '1', '1', '1', '1', '1']);
    await popup.close();
  });

  it('finds a typo, marks matched letters, and opens the detail card with Enter', async () => {
    const popup = await kit.openPopup(page, 'magnesum');
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

  it('says so plainly when nothing matches', async () => {
    const popup = await kit.openPopup(page, 'zzzzqqq');
    expect((await waitFor(() => texts(popup, '.empty'), (lines) => lines.length > 0))[0]).toContain('No term matches');
    await popup.close();
  });
});
