import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type KitPage } from './harness/kit';
import { pointOfHighlight, readHighlights, readKeyboardState, readTooltip, waitFor } from './harness/page-helpers';
import type { Page as PlaywrightPage } from 'playwright-core';
import { seriousAxeViolations } from './harness/axe';
import { useKit } from './harness/suite';

async function ready(page: KitPage): Promise<void> {
  await waitFor(() => readHighlights(page), (found) => Object.values(found).flat().length === 3);
}

describe('reading terms with the keyboard, in chromium', () => {
  const suite = useKit('chromium');
  let page: KitPage;

  beforeAll(async () => {
    page = await suite.kit.newPage();
    await page.goto(suite.server.url('/keyboard.html'));
    await ready(page);
    await page.evaluate(() => document.getElementById('start')!.focus(), undefined);
  });

  it.each([
    ['dehydration', 'first'],
    ['magnesium', 'second'],
    ['tendon', 'third'],
  ])('the next-term command reads %s (the %s term): focus in the card, live region, marker, Esc back', async (term) => {
    await suite.kit.runCommand(page, 'next-term');
    const state = await waitFor(() => readKeyboardState(page), (value) => value.live.startsWith(`${term}:`) && value.focusInCard !== null);
    expect(state.current).toBe(term);
    expect(state.focusInCard).toBe(''); // the dialog itself holds focus first
    const card = await readTooltip(page);
    expect(card).toMatchObject({ role: 'dialog', visible: true });
    expect(card!.text.startsWith(term)).toBe(true);

    // Tab walks the card's controls and wraps; Shift+Tab goes back.
    await page.press('Tab');
    expect((await readKeyboardState(page)).focusInCard).toBe(`More about ${term}`);
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.press('Tab');
      seen.push((await readKeyboardState(page)).focusInCard ?? 'left the card');
    }
    expect(seen).toContain('Close');
    expect(seen).toContain('Open in Termlight');
    expect(seen).toContain("Don't highlight this term");
    expect(seen).not.toContain('left the card');
    await page.press('Shift+Tab');
    expect((await readKeyboardState(page)).focusInCard).not.toBeNull();

    await page.press('Escape');
    const after = await waitFor(() => readKeyboardState(page), (value) => value.focusInCard === null);
    expect(after.pageFocus).toBe('start');
    expect(after.current).toBeNull();
    expect((await readTooltip(page))?.visible ?? false).toBe(false);
  });

  it('has no serious or critical accessibility violations in the open card', async () => {
    await page.goto(suite.server.url('/keyboard.html'));
    await ready(page);
    await suite.kit.runCommand(page, 'next-term');
    await waitFor(() => readKeyboardState(page), (value) => value.live.startsWith('dehydration:'));
    expect(await seriousAxeViolations(page.raw as PlaywrightPage, 'termlight-tooltip')).toEqual([]);
    await page.press('Escape');
  });

  it('explain-selection opens the card of a selected term, and hands anything else to the popup search', async () => {
    await page.goto(suite.server.url('/keyboard.html'));
    await ready(page);
    const select = (text: string) =>
      page.evaluate((wanted) => {
        const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent!.includes(wanted))!;
        const node = paragraph.firstChild as Text;
        const at = node.data.indexOf(wanted);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }, text);
    await select('magnesium');
    await suite.kit.runCommand(page, 'explain-selection');
    const state = await waitFor(() => readKeyboardState(page), (value) => value.live.startsWith('magnesium:'));
    expect(await readTooltip(page)).toMatchObject({ role: 'dialog', visible: true });
    expect(state.focusInCard).not.toBeNull();
    await page.press('Escape');

    await select('much further');
    await suite.kit.runCommand(page, 'explain-selection');
    const contexts = await waitFor(() => suite.kit.extensionContexts(), (list) => list.some((context) => context.type === 'POPUP'));
    expect(contexts.some((context) => context.type === 'POPUP' && context.url.includes('/popup.html'))).toBe(true);
  });

  it('the pause command turns Termlight off on this site, and on again', async () => {
    await page.goto(suite.server.url('/keyboard.html'));
    await ready(page);
    await suite.kit.runCommand(page, 'toggle-site');
    expect(await waitFor(() => readHighlights(page), (found) => Object.values(found).flat().length === 0)).toEqual({});
    await suite.kit.runCommand(page, 'toggle-site');
    await ready(page);
  });

  it('hands the turn on at the last term when asked not to wrap (how stepping moves into iframes)', async () => {
    await page.goto(suite.server.url('/keyboard.html'));
    await ready(page);
    for (const term of ['dehydration', 'magnesium', 'tendon']) {
      expect(await suite.kit.runCommand(page, 'next-term', { wrap: false })).toEqual({ res: { moved: true } });
      await waitFor(() => readKeyboardState(page), (value) => value.current === term);
    }
    expect(await suite.kit.runCommand(page, 'next-term', { wrap: false })).toEqual({ res: { moved: false } });
    const after = await waitFor(() => readKeyboardState(page), (value) => value.current === null);
    expect((await readTooltip(page))?.visible ?? false).toBe(false);
    expect(after.focusInCard).toBeNull();
    // Its next turn starts again from the first term.
    expect(await suite.kit.runCommand(page, 'next-term', { wrap: false })).toEqual({ res: { moved: true } });
    await waitFor(() => readKeyboardState(page), (value) => value.current === 'dehydration');
    await page.press('Escape');
  });

  it('previous-term wraps around from the first term to the last', async () => {
    await page.goto(suite.server.url('/keyboard.html'));
    await ready(page);
    await suite.kit.runCommand(page, 'previous-term');
    const state = await waitFor(() => readKeyboardState(page), (value) => value.live.startsWith('tendon:'));
    expect(state.current).toBe('tendon');
    await page.press('Escape');
  });

  it('says nothing in the live region when a card opens on hover', async () => {
    await page.goto(suite.server.url('/keyboard.html'));
    await ready(page);
    // This one test uses the pointer, on purpose: hovering must stay silent.
    const point = (await pointOfHighlight(page, 'dehydration', 'termlight-underline-teal'))!;
    await page.move(point.x + 400, point.y);
    await page.move(point.x, point.y, 2);
    expect(await waitFor(() => readTooltip(page), (value) => !!value?.visible)).toMatchObject({ role: 'tooltip' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await readKeyboardState(page)).live).toBe('');
  });
});

describe.each<BrowserName>(['firefox'])('keyboard in %s', (browserName) => {
  const suite = useKit(browserName);

  it('the next-term command opens the first term as a dialog, and Esc closes it', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/keyboard.html'));
    await ready(page);
    await suite.kit.runCommand(page, 'next-term');
    const state = await waitFor(() => readKeyboardState(page), (value) => value.live.startsWith('dehydration:'));
    expect(state.current).toBe('dehydration');
    expect(await readTooltip(page)).toMatchObject({ role: 'dialog', visible: true });
    await page.press('Escape');
    await waitFor(() => readTooltip(page), (value) => !value?.visible);
  });
});
