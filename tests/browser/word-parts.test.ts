import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import { type BrowserName, type KitPage } from './harness/kit';
import { pointOfHighlight, readHighlights, readKeyboardState, readTooltip, waitFor, type Evaluator } from './harness/page-helpers';
import { useKit } from './harness/suite';

/**
 * Word parts (docs/word-parts.md): rare words no glossary entry explains get a lighter underline
 * in their own highlight (termlight-parts) and a card that labels its guess as one. The fixture
 * page carries its expectations: data-expect on each word, and the cards and popup list in JSON.
 */
const PARTS = 'termlight-parts';

interface Expected {
  cards: Record<string, string[]>;
  unexplained: Record<string, number>;
  notListed: string[];
}

interface Label {
  text: string;
  expect: string;
  /** Names of the highlights whose ranges overlap the element's text. */
  names: string[];
}

function readExpected(page: Evaluator): Promise<Expected> {
  return page.evaluate(() => JSON.parse(document.getElementById('expected')!.textContent!) as Expected, undefined);
}

/** Each labelled element, with the Termlight highlights that cover its text. */
function readLabels(page: Evaluator): Promise<Label[]> {
  return page.evaluate(() => {
    const ranges: { name: string; range: Range }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('termlight-') || name === 'termlight-focus') continue;
      for (const staticRange of highlight) {
        const range = document.createRange();
        range.setStart(staticRange.startContainer, staticRange.startOffset);
        range.setEnd(staticRange.endContainer, staticRange.endOffset);
        ranges.push({ name, range });
      }
    }
    return [...document.querySelectorAll<HTMLElement>('[data-expect]')].map((element) => {
      const text = document.createRange();
      text.selectNodeContents(element);
      const names = ranges
        .filter(({ range }) => range.compareBoundaryPoints(Range.END_TO_START, text) < 0 && range.compareBoundaryPoints(Range.START_TO_END, text) > 0)
        .map(({ name }) => name);
      return { text: element.textContent ?? '', expect: element.dataset.expect!, names: [...new Set(names)] };
    });
  }, undefined);
}

/** The texts in the word-parts highlight, sorted. */
async function partsTexts(page: Evaluator): Promise<string[]> {
  return ((await readHighlights(page))[PARTS] ?? []).sort();
}

/** Whether a readHighlights snapshot (as JSON) holds word-parts ranges. */
const hasParts = (snapshot: string) => ((JSON.parse(snapshot) as Record<string, string[]>)[PARTS]?.length ?? 0) > 0;

/** Waits until the highlights stop changing (the scan is done). */
async function settled(page: Evaluator, ready: (snapshot: string) => boolean = () => true): Promise<void> {
  let previous = '';
  await waitFor(
    async () => JSON.stringify(await readHighlights(page)),
    (now) => {
      const done = now === previous && ready(now);
      previous = now;
      return done;
    },
  );
}

async function openCardOn(page: KitPage, word: string): Promise<{ x: number; y: number }> {
  const point = await waitFor(() => pointOfHighlight(page, word, PARTS), (value) => value !== null);
  await page.move(point!.x, point!.y + 200);
  await page.move(point!.x, point!.y, 2);
  return point!;
}

describe.each<BrowserName>(['chromium', 'firefox'])('word parts in %s', (browserName) => {
  const suite = useKit(browserName);
  let page: KitPage;
  let expected: Expected;

  beforeAll(async () => {
    page = await suite.kit.newPage();
    await suite.kit.setSettings({ wordParts: true });
    await page.goto(suite.server.url('/word-parts.html'));
    expected = await readExpected(page);
  });

  afterAll(async () => {
    await suite.kit.setSettings({});
  });

  it('underlines rare words the glossary does not hold in termlight-parts, and nothing else there', async () => {
    await settled(page, hasParts);
    const labels = await readLabels(page);
    const wrong = labels.flatMap((label) => {
      const parts = label.names.includes(PARTS);
      const glossary = label.names.some((name) => name !== PARTS);
      if (label.expect === 'parts' && (!parts || glossary)) return [`${label.text}: expected the parts underline only, got [${label.names}]`];
      if (label.expect === 'glossary' && (parts || !glossary)) return [`${label.text}: expected the glossary underline only, got [${label.names}]`];
      if (label.expect === 'none' && label.names.length > 0) return [`${label.text}: expected none, got [${label.names}]`];
      return [];
    });
    expect(wrong).toEqual([]);
    expect(await partsTexts(page)).toEqual(labels.filter((label) => label.expect === 'parts').map((label) => label.text).sort());
  });

  it('shows a card on hover that says plainly it is a best guess from the parts', async () => {
    for (const [word, lines] of Object.entries(expected.cards)) {
      await openCardOn(page, word);
      const card = await waitFor(() => readTooltip(page), (value) => !!value?.visible && value.text.includes(word) && value.text.includes('Best guess'), 3_000);
      expect(card!.text).toContain("Best guess from the word's parts — not a glossary entry");
      for (const line of lines) expect(card!.text).toContain(line);
      expect(card!.text).toContain('not medical advice');
      expect(card!.text).toContain('Search the glossary');
      expect(card!.text).toContain('Add to My terms');
      // Text only: the card holds no markup from the word or the table (no images, links or scripts).
      const markup = await page.evaluate(() => document.querySelector('termlight-tooltip')!.shadowRoot!.querySelectorAll('[data-termlight-card] img, [data-termlight-card] a, [data-termlight-card] script').length, undefined);
      expect(markup).toBe(0);
      await page.press('Escape');
      await waitFor(() => readTooltip(page), (value) => !value);
    }
  });

  it('opens the guess by keyboard, as a dialog, and reads it out', async () => {
    // Glossary terms come first on the page; step on to the first guess.
    let card: Awaited<ReturnType<typeof readTooltip>> = null;
    for (let step = 0; step < 8 && !card?.text.includes('Best guess'); step++) {
      await suite.kit.runCommand(page, 'next-term');
      card = await waitFor(() => readTooltip(page), (value) => !!value?.visible, 3_000);
    }
    expect(card!.text).toContain('nephroptosis');
    expect(card!.role).toBe('dialog');
    const state = await waitFor(() => readKeyboardState(page), (value) => value.live !== '', 3_000);
    expect(state.live).toContain("best guess from the word's parts");
    expect(state.current).toBe('nephroptosis');
    await page.press('Escape');
    await waitFor(() => readTooltip(page), (value) => !value);
  });

  it('takes the underline away live when switched off, and brings it back', async () => {
    await settled(page, hasParts);
    const before = await partsTexts(page);
    expect(before.length).toBeGreaterThan(0);
    await suite.kit.setSettings({ wordParts: false });
    await waitFor(() => partsTexts(page), (texts) => texts.length === 0);
    // The glossary's own underline stays.
    const labels = await readLabels(page);
    expect(labels.find((label) => label.expect === 'glossary')!.names.length).toBeGreaterThan(0);
    await suite.kit.setSettings({ wordParts: true });
    expect(await waitFor(() => partsTexts(page), (texts) => texts.length === before.length)).toEqual(before);
  });

  it('underlines nothing on a page of ordinary English', async () => {
    for (const path of ['/labelled/golf.html', '/labelled/swimming.html']) {
      await page.goto(suite.server.url(path));
      await settled(page);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await partsTexts(page), path).toEqual([]);
    }
  });
});

describe('word parts in chromium: the popup list and "Add to My terms"', () => {
  const suite = useKit('chromium');
  let page: KitPage;
  let expected: Expected;

  beforeAll(async () => {
    page = await suite.kit.newPage();
    await page.goto(suite.server.url('/word-parts.html'));
    expected = await readExpected(page);
    await settled(page, hasParts);
  });

  it('lists the rare words nothing explains, with counts, only once its section is opened', async () => {
    const popup = await suite.kit.openPopup(page);
    const raw = popup.raw as PlaywrightPage;
    await raw.waitForSelector('details.unexplained');
    expect(await popup.evaluate(() => document.querySelector<HTMLDetailsElement>('details.unexplained')!.open, undefined)).toBe(false);
    expect(await popup.evaluate(() => document.querySelectorAll('.unexplained-word').length, undefined)).toBe(0);
    await raw.click('details.unexplained summary');
    await raw.waitForSelector('.unexplained-word');
    const rows = await popup.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.unexplained-word')].map((row) => ({
          word: row.dataset.word!,
          count: Number(row.querySelector('.count')!.textContent),
          buttons: [...row.querySelectorAll('button')].map((button) => button.textContent!.trim()),
        })),
      undefined,
    );
    for (const [word, count] of Object.entries(expected.unexplained)) {
      const row = rows.find((item) => item.word === word);
      expect(row, word).toBeDefined();
      expect(row!.count).toBe(count);
      expect(row!.buttons).toEqual(['Add to My terms', 'Search']);
    }
    for (const word of expected.notListed) expect(rows.map((row) => row.word)).not.toContain(word);
    // "Search" hands the word to the popup's own search.
    await raw.click(`.unexplained-word[data-word="borborygmi"] button:has-text("Search")`);
    expect(await raw.inputValue('input[type="search"]')).toBe('borborygmi');
    await popup.close();
  });

  it('"Add to My terms" on a card opens Options › My terms with the word filled in', async () => {
    const point = await openCardOn(page, 'onychomalacia');
    await page.click(point.x, point.y);
    await waitFor(() => readTooltip(page), (value) => !!value?.visible && value.text.includes('onychomalacia'), 3_000);
    const button = await page.evaluate(() => {
      const card = document.querySelector('termlight-tooltip')!.shadowRoot!.querySelector('[data-termlight-card]')!;
      const add = [...card.querySelectorAll('button')].find((item) => item.textContent === 'Add to My terms')!;
      const rect = add.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, undefined);
    await page.click(button.x, button.y);
    const contexts = await waitFor(() => suite.kit.extensionContexts(), (list) => list.some((context) => context.url.includes('options.html?add=onychomalacia')));
    const url = contexts.find((context) => context.url.includes('options.html?add=onychomalacia'))!.url;
    expect(url).toMatch(/options\.html\?add=onychomalacia#my-terms$/);
    const options = await suite.kit.newPage();
    await options.goto(url);
    const termField = () => options.evaluate(() => document.querySelector<HTMLInputElement>('section[aria-labelledby="my-terms"] input')?.value ?? null, undefined);
    expect(await waitFor(termField, (value) => value !== null)).toBe('onychomalacia');
    // Anything but a plain word is refused: the field stays empty.
    await options.goto(url.replace('add=onychomalacia', `add=${encodeURIComponent('<img src=x onerror=alert(1)>')}`));
    expect(await waitFor(termField, (value) => value !== null)).toBe('');
    await options.close();
  });
});
