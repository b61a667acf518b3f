import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openOptionsPage, type ChromiumSession } from './harness/chromium';
import { ENGINE_TEST_SETTINGS } from './harness/kit';

/**
 * Issue #17, smaller items of the options page: the My terms card preview follows the typing and
 * its problems name the form's fields; the Appearance controls never lie on top of each other.
 */
describe('issue #17: the options page forms, in chromium', () => {
  let session: ChromiumSession;
  let options: Page;

  beforeAll(async () => {
    session = await launchChromium();
    await session.serviceWorker.evaluate((settings) => chrome.storage.sync.set({ settings }), ENGINE_TEST_SETTINGS);
    options = await openOptionsPage(session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const myTerms = () => options.locator('section[aria-labelledby="my-terms"]');
  const problems = () => myTerms().locator('.issues li').allTextContents();

  it('My terms: the card preview appears as you type, before every field is valid', async () => {
    await myTerms().getByRole('textbox', { name: 'Term', exact: true }).fill('zyxomycosis');
    const preview = myTerms().locator('.card-preview');
    await preview.locator('.tl-term').filter({ hasText: 'zyxomycosis' }).waitFor({ timeout: 2_000 });
    expect(await myTerms().getByRole('button', { name: 'Add term' }).isDisabled()).toBe(true);

    await myTerms().getByRole('textbox', { name: 'Short explanation' }).fill('A made-up fungal infection.');
    await preview.getByText('A made-up fungal infection.').waitFor({ timeout: 2_000 });
  });

  it('My terms: problems name the fields in the words the form uses', async () => {
    await myTerms().getByRole('textbox', { name: 'Short explanation' }).fill('');
    const listed = await problems();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.some((problem) => problem.startsWith('Short explanation'))).toBe(true);
    expect(listed.some((problem) => problem.startsWith('Longer explanation'))).toBe(true);
    // No internal names ("short:", "explanation:", "id:") reach the reader.
    for (const problem of listed) expect(problem).not.toMatch(/^(id|term|aliases|short|explanation|category|source|reviewed)\b/);
  });

  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
    it(`Appearance: no control overlaps another at ${viewport.width} px`, async () => {
      await options.setViewportSize(viewport);
      const boxes = await options.evaluate(() =>
        [...document.querySelectorAll('section[aria-labelledby="appearance"] .grid > *')].map((cell) => {
          const box = (node: Element) => {
            const rect = node.getBoundingClientRect();
            return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
          };
          return { name: (cell.textContent ?? '').trim().slice(0, 30), cell: box(cell), controls: [...cell.querySelectorAll('select, input')].map(box) };
        }),
      );
      expect(boxes.length).toBeGreaterThan(5);
      const overlap = (a: DOMRectLike, b: DOMRectLike) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      // Every control stays inside its own cell, and no two cells share any pixel.
      for (const { name, cell, controls } of boxes) {
        for (const control of controls) {
          expect({ name, right: control.right <= cell.right + 0.5, left: control.left >= cell.left - 0.5 }).toEqual({ name, right: true, left: true });
        }
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const controlsOf = (k: number) => [boxes[k]!.cell, ...boxes[k]!.controls];
          const touching = controlsOf(i).some((a) => controlsOf(j).some((b) => overlap(a, b)));
          expect({ pair: [boxes[i]!.name, boxes[j]!.name], touching }).toEqual({ pair: [boxes[i]!.name, boxes[j]!.name], touching: false });
        }
      }
      // No choice is cut short: each select is as wide as its longest choice needs.
      const clipped = await options.evaluate(() =>
        [...document.querySelectorAll<HTMLSelectElement>('section[aria-labelledby="appearance"] select')].filter((select) => {
          const shown = select.getBoundingClientRect().width;
          const style = select.style.cssText;
          select.style.maxWidth = 'none';
          select.style.width = 'max-content';
          const needed = select.getBoundingClientRect().width;
          select.style.cssText = style;
          return needed > shown + 0.5;
        }).map((select) => select.closest('label')?.firstChild?.textContent?.trim()),
      );
      expect(clipped).toEqual([]);
      // Nothing wider than the page either.
      expect(await options.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    });
  }
});

interface DOMRectLike {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
