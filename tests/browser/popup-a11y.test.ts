import { afterAll, describe, expect, it } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import { seriousAxeViolations } from './harness/axe';
import { type BrowserName, type KitPage } from './harness/kit';
import { termlightHighlights, waitFor, type Evaluator } from './harness/page-helpers';
import { useKit } from './harness/suite';

/** Issue #17, item 9: the popup's accessibility findings. */

const texts = (page: Evaluator, selector: string) =>
  page.evaluate((sel) => [...document.querySelectorAll(sel)].map((node) => (node.textContent ?? '').trim()), selector);

/** What has focus, named the way a screen reader would start: its label, else its text. */
const focused = (page: Evaluator) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'body';
    return element.getAttribute('aria-label') ?? (element.getAttribute('type') === 'search' ? 'search box' : (element.textContent ?? '').trim());
  }, undefined);

/** Every popup state's structural checks: one main heading, and an active descendant that exists. */
const structure = (page: Evaluator) =>
  page.evaluate(() => {
    const box = document.querySelector('input[type="search"]')!;
    const activeId = box.getAttribute('aria-activedescendant');
    const controls = box.getAttribute('aria-controls');
    return {
      h1: document.querySelectorAll('h1').length,
      danglingActive: activeId !== null && document.getElementById(activeId) === null,
      danglingControls: controls !== null && box.getAttribute('aria-expanded') === 'true' && document.getElementById(controls) === null,
    };
  }, undefined);

/** Shift+Tab, held and pressed the same way in both drivers (Puppeteer has no "Shift+Tab" chord). */
async function shiftTab(page: KitPage): Promise<void> {
  const keyboard = (page.raw as PlaywrightPage).keyboard;
  await keyboard.down('Shift');
  await keyboard.press('Tab');
  await keyboard.up('Shift');
}

const SOUND = { h1: 1, danglingActive: false, danglingControls: false };

describe.each<BrowserName>(['chromium', 'firefox'])('popup keyboard and structure in %s', (browserName) => {
  const suite = useKit(browserName);

  it('passes "On this page" in one Tab stop, with arrow keys inside the list and every row action reachable', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/article.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.length === 6);
    const popup = await suite.kit.openPopup(page);
    await waitFor(() => texts(popup, '.page-term-name'), (names) => names.length === 6);
    await waitFor(() => focused(popup), (name) => name === 'search box');

    // From the search box to the next section: the scrollable body, the list, then "Words here…".
    const stops: string[] = [];
    for (let presses = 0; presses < 30; presses++) {
      await popup.press('Tab');
      stops.push(await focused(popup));
      if (stops.at(-1)!.startsWith("Words here Termlight doesn't explain")) break;
    }
    expect(stops).toEqual(['Terms on this page', 'Show muscle spasm on the page', "Words here Termlight doesn't explain yet"]);

    await shiftTab(popup);
    expect(await focused(popup)).toBe('Show muscle spasm on the page');
    await popup.press('ArrowDown');
    expect(await focused(popup)).toBe('Show dehydration on the page');
    await popup.press('End');
    expect(await focused(popup)).toBe('Show artery on the page');
    await popup.press('ArrowDown');
    expect(await focused(popup)).toBe('Show artery on the page');
    await popup.press('Home');
    expect(await focused(popup)).toBe('Show muscle spasm on the page');
    await popup.press('ArrowRight');
    expect(await focused(popup)).toBe('Next muscle spasm on the page');
    await popup.press('ArrowRight');
    expect(await focused(popup)).toBe('Explain muscle spasm');
    await popup.press('ArrowDown');
    expect(await focused(popup)).toBe('Explain dehydration');
    // The list remembers where the reader was: Tab out and back lands on the same action.
    await popup.press('Tab');
    await shiftTab(popup);
    expect(await focused(popup)).toBe('Explain dehydration');
    await popup.press('Enter');
    expect(await waitFor(() => texts(popup, '.detail .tl-term'), (terms) => terms.length === 1)).toEqual(['dehydration']);
    await popup.close();
    await page.close();
  });

  it('has one main heading', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/article.html'));
    const popup = await suite.kit.openPopup(page);
    expect(await texts(popup, 'h1')).toEqual(['Termlight']);
    await popup.close();
    await page.close();
  });

  it('never lets the search box name a result that is not on screen', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/article.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.length === 6);
    const popup = await suite.kit.openPopup(page, 'magnesium');
    const dangling = () => structure(popup).then((shape) => ({ danglingActive: shape.danglingActive, danglingControls: shape.danglingControls }));
    const sound = { danglingActive: false, danglingControls: false };
    await waitFor(() => texts(popup, '.result'), (results) => results.length > 0);
    expect(await dangling()).toEqual(sound);
    await popup.press('ArrowDown');
    await popup.press('Enter');
    await waitFor(() => texts(popup, '.detail .tl-term'), (terms) => terms.length === 1);
    expect(await dangling()).toEqual(sound);
    await popup.press('Escape');
    await waitFor(() => texts(popup, '.result'), (results) => results.length > 0);
    expect(await dangling()).toEqual(sound);
    await popup.close();
    await page.close();
  });
});

describe('popup accessibility in chromium (axe)', () => {
  const suite = useKit('chromium');
  let popup: KitPage | null = null;

  afterAll(async () => {
    await suite.kit.setSettings({});
  });

  /** Runs axe and the structural checks in light and in dark, returning anything found. */
  async function problems(state: string): Promise<string[]> {
    const raw = popup!.raw as PlaywrightPage;
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await raw.emulateMedia({ colorScheme });
      for (const violation of await seriousAxeViolations(raw)) found.push(`${state}, ${colorScheme}: ${violation.id} (${violation.impact}) at ${violation.targets.join(', ')}`);
      const shape = await structure(popup!);
      if (JSON.stringify(shape) !== JSON.stringify(SOUND)) found.push(`${state}, ${colorScheme}: ${JSON.stringify(shape)}`);
    }
    await raw.emulateMedia({ colorScheme: 'light' });
    return found;
  }

  it('has no serious or critical problem in any state, light or dark', async () => {
    const found: string[] = [];
    const page = await suite.kit.newPage();

    // Empty: a page without glossary terms.
    await page.goto(suite.server.url('/xss.html'));
    popup = await suite.kit.openPopup(page);
    await waitFor(() => texts(popup!, '.empty'), (lines) => lines.some((line) => line.includes('No glossary terms')));
    found.push(...(await problems('empty page')));
    await popup.close();

    // On this page, search results, no match, term detail.
    await page.goto(suite.server.url('/article.html'));
    await waitFor(() => termlightHighlights(page), (highlights) => highlights.length === 6);
    popup = await suite.kit.openPopup(page);
    await waitFor(() => texts(popup!, '.page-term-name'), (names) => names.length === 6);
    found.push(...(await problems('on this page')));
    const raw = popup.raw as PlaywrightPage;
    await raw.fill('input[type="search"]', 'cramp');
    await waitFor(() => texts(popup!, '.result'), (results) => results.length > 0);
    found.push(...(await problems('search results')));
    await popup.press('ArrowDown');
    await popup.press('Enter');
    await waitFor(() => texts(popup!, '.detail .tl-term'), (terms) => terms.length === 1);
    found.push(...(await problems('term detail')));
    await raw.fill('input[type="search"]', 'zzzzqqq');
    await waitFor(() => texts(popup!, '.empty'), (lines) => lines.some((line) => line.includes('No term matches')));
    found.push(...(await problems('no match')));
    await popup.close();

    // Muted detail.
    await suite.kit.setSettings({ mutedIds: ['health-basics:dehydration'] });
    popup = await suite.kit.openPopup(page, 'dehydration');
    await waitFor(() => texts(popup!, '.result'), (results) => results.length > 0);
    await popup.press('Enter');
    await waitFor(() => texts(popup!, '.detail .tl-term'), (terms) => terms.length === 1);
    // Checked even without the notice, so every problem of this state is in the one report.
    const notices = await waitFor(() => texts(popup!, '.detail .muted-notice'), (lines) => lines.length === 1).catch(() => []);
    if (notices.length === 0) found.push('muted detail: no notice says the term is muted');
    found.push(...(await problems('muted detail')));
    await popup.close();
    popup = null;

    expect(found).toEqual([]);
    await page.close();
  });
});
