/**
 * Helpers that run inside a page through `evaluate`, shared by the Playwright (Chromium)
 * and Puppeteer (Firefox) drivers: both accept a function plus one serializable argument.
 */
export interface Evaluator {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface HighlightSnapshot {
  /** highlight name -> the text of each range, in registration order */
  [name: string]: string[];
}

/** Reads every CSS.highlights entry of the page (main world), as the text each range covers. */
export function readHighlights(page: Evaluator): Promise<HighlightSnapshot> {
  return page.evaluate(() => {
    const snapshot: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      snapshot[name] = [...highlight].map((staticRange) => {
        // A range whose text just changed is stale until the rescan replaces it.
        if (staticRange.endOffset > (staticRange.endContainer.textContent ?? '').length) return '(stale)';
        const range = document.createRange();
        range.setStart(staticRange.startContainer, staticRange.startOffset);
        range.setEnd(staticRange.endContainer, staticRange.endOffset);
        return range.toString().replace(/\s+/g, ' ');
      });
    }
    return snapshot;
  }, undefined);
}

/** The texts Termlight highlights in a page (every appearance, not the focus marker), sorted. */
export async function termlightHighlights(page: Evaluator): Promise<string[]> {
  const found = await readHighlights(page);
  return Object.entries(found)
    .filter(([name]) => name.startsWith('termlight-') && name !== 'termlight-focus')
    .flatMap(([, texts]) => texts)
    .sort();
}

/** Polls `read` until `accept` holds, or throws with the last value seen. */
export async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  return last;
}

/** Viewport centre of the first highlighted range whose text equals `text`, for hovering it. */
export function pointOfHighlight(page: Evaluator, text: string, name = 'termlight'): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ text, name }) => {
      const highlight = CSS.highlights.get(name);
      if (!highlight) return null;
      for (const staticRange of highlight) {
        const range = document.createRange();
        range.setStart(staticRange.startContainer, staticRange.startOffset);
        range.setEnd(staticRange.endContainer, staticRange.endOffset);
        if (range.toString().replace(/\s+/g, ' ') !== text) continue;
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    { text, name },
  );
}

/** The text of Termlight's shadow-root UI (the tooltip card), or null when there is none. */
export function readTooltip(page: Evaluator): Promise<{ text: string; role: string | null; visible: boolean } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('termlight-tooltip');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('[data-termlight-card]');
    if (!card) return null;
    const style = getComputedStyle(card);
    return {
      text: card.innerText.replace(/\s+/g, ' ').trim(),
      role: card.getAttribute('role'),
      visible: style.display !== 'none' && style.visibility !== 'hidden' && card.getBoundingClientRect().width > 0,
    };
  }, undefined);
}

export interface KeyboardState {
  /** What the polite live region says right now. */
  live: string;
  /** The focused control inside Termlight's UI (its text or aria-label), or null if focus is elsewhere. */
  focusInCard: string | null;
  /** The id of the page element holding focus (outside Termlight's UI). */
  pageFocus: string | null;
  /** Text of the "current term" marker highlight. */
  current: string | null;
}

export function readKeyboardState(page: Evaluator): Promise<KeyboardState> {
  return page.evaluate(() => {
    const host = document.querySelector('termlight-tooltip');
    const root = host?.shadowRoot ?? null;
    const live = root?.querySelector('[data-termlight-live]')?.textContent ?? '';
    const inside = document.activeElement === host ? (root?.activeElement as HTMLElement | null) : null;
    const focusInCard = inside ? inside.getAttribute('aria-label') ?? inside.getAttribute('data-termlight-card') ?? inside.textContent?.trim() ?? '' : null;
    const focusHighlight = CSS.highlights.get('termlight-focus');
    let current: string | null = null;
    for (const staticRange of focusHighlight ?? []) {
      const range = document.createRange();
      range.setStart(staticRange.startContainer, staticRange.startOffset);
      range.setEnd(staticRange.endContainer, staticRange.endOffset);
      current = range.toString();
    }
    return { live, focusInCard, pageFocus: document.activeElement === host ? null : document.activeElement?.id || null, current };
  }, undefined);
}

/** Rests the mouse on a highlighted term until its card shows, then clicks the card's button with that text. */
export async function clickCardButton(
  page: Evaluator & { move(x: number, y: number, steps?: number): Promise<void> },
  term: string,
  highlight: string,
  label: string,
): Promise<void> {
  const point = (await pointOfHighlight(page, term, highlight))!;
  await page.move(point.x + 400, point.y);
  await page.move(point.x, point.y, 2);
  await waitFor(() => readTooltip(page), (card) => !!card?.visible);
  await page.evaluate((text) => {
    const root = document.querySelector('termlight-tooltip')!.shadowRoot!;
    [...root.querySelectorAll('button')].find((item) => item.textContent === text)!.click();
  }, label);
}
