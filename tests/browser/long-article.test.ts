import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type KitPage } from './harness/kit';
import { termlightHighlights, waitFor } from './harness/page-helpers';
import { useKit } from './harness/suite';

/**
 * Termlight registers only the ranges near the viewport, and watches the paragraphs of a long flat
 * parent a run at a time (entrypoints/content/sibling-runs.ts). Wherever the reader scrolls, every
 * paragraph in view must have its term underlined, and paragraphs far away must not all be.
 */
describe.each<BrowserName>(['chromium', 'firefox'])('long pages, in %s', (browserName) => {
  const suite = useKit(browserName);

  beforeAll(async () => {
    // Every occurrence, so every paragraph has an underline to look for.
    await suite.kit.setSettings({ density: 'every' });
  });

  afterAll(async () => {
    await suite.kit.setSettings({});
  });

  /** Paragraphs in the viewport, and how many of them have their term in a registered highlight; and how many paragraphs have one at all. */
  function underlinedInView(page: KitPage): Promise<{ inView: number; underlined: number; registered: number }> {
    return page.evaluate(() => {
      const held = new Set<Node>();
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('termlight-') || name === 'termlight-focus') continue;
        for (const range of highlight) held.add(range.startContainer);
      }
      let inView = 0;
      let underlined = 0;
      let registered = 0;
      for (const p of document.querySelectorAll('article p')) {
        const box = p.getBoundingClientRect();
        const text = p.firstChild;
        const has = text !== null && held.has(text);
        if (has) registered++;
        if (box.bottom <= 0 || box.top >= innerHeight) continue;
        inView++;
        if (has) underlined++;
      }
      return { inView, underlined, registered };
    }, undefined);
  }

  it('underlines every paragraph in view wherever the reader scrolls, and not every paragraph of the page', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/long-article.html'));
    await waitFor(() => termlightHighlights(page), (texts) => texts.includes('Arteriosclerosis'));
    const total = await page.evaluate(() => document.querySelectorAll('article p').length, undefined);
    expect(total).toBe(300);

    for (const share of [0, 0.35, 0.7, 1]) {
      await page.evaluate((at) => window.scrollTo(0, at * (document.documentElement.scrollHeight - innerHeight)), share);
      const seen = await waitFor(() => underlinedInView(page), (state) => state.inView > 0 && state.underlined === state.inView);
      expect(seen.underlined).toBe(seen.inView);
      expect(seen.registered).toBeLessThan(total * 0.7);
    }
    await page.close();
  });

  /** Each registered Termlight highlight (focus marker aside) and the texts of its ranges. */
  function highlightsByName(page: KitPage): Promise<Record<string, string[]>> {
    return page.evaluate(() => {
      const found: Record<string, string[]> = {};
      for (const [name, highlight] of CSS.highlights) {
        if (name.startsWith('termlight-') && name !== 'termlight-focus') found[name] = [...highlight].map((range) => (range as StaticRange).startContainer.textContent!.slice(range.startOffset, range.endOffset)).sort();
      }
      return found;
    }, undefined);
  }

  it('draws terms and guesses as a soft background on a page of more than 5,000 elements, and as an underline when the reader picks one', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/very-long-page.html'));
    expect(await page.evaluate(() => document.getElementsByTagName('*').length, undefined)).toBeGreaterThan(5_000);
    const tinted = await waitFor(() => highlightsByName(page), (found) => (found['termlight-parts-tint']?.length ?? 0) > 0);
    expect(Object.keys(tinted).sort()).toEqual(['termlight-background-teal', 'termlight-parts-tint']);
    expect(tinted['termlight-background-teal']).toContain('Arteriosclerosis');
    expect(tinted['termlight-parts-tint']).toEqual(['nephroptosis']);
    await suite.kit.setSettings({ density: 'every', style: 'underline' });
    const underlined = await waitFor(() => highlightsByName(page), (found) => 'termlight-underline-teal' in found && 'termlight-parts' in found);
    expect(Object.keys(underlined).sort()).toEqual(['termlight-parts', 'termlight-underline-teal']);
    expect(underlined['termlight-underline-teal']).toEqual(tinted['termlight-background-teal']);
    expect(underlined['termlight-parts']).toEqual(['nephroptosis']);
    await suite.kit.setSettings({ density: 'every' });
    await page.close();
  });
});
