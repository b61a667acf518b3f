/**
 * Issue #17, smaller items on the card: "More" has a way back ("Less"), and a source written as an
 * abbreviation ("CDC") is shown with the organisation's full name. A term the page names by one of
 * its aliases (a brand name) is said to be another name for the entry's term.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type KitPage } from './harness/kit';
import { pointOfHighlight, readTooltip, termlightHighlights, waitFor } from './harness/page-helpers';
import { useKit } from './harness/suite';

const DEFAULT_HIGHLIGHT = 'termlight-underline-teal';

/** The card's expand button and explanation, as a reader (and a screen reader) meets them. */
function readMore(page: KitPage) {
  return page.evaluate(() => {
    const root = document.querySelector('termlight-tooltip')?.shadowRoot;
    const toggle = root?.querySelector<HTMLButtonElement>('[data-termlight-card] .tl-link');
    const explanation = root?.querySelector<HTMLElement>('[data-termlight-card] .tl-explanation');
    if (!toggle || !explanation) return null;
    const box = toggle.getBoundingClientRect();
    return {
      label: toggle.textContent?.trim(),
      expanded: toggle.getAttribute('aria-expanded'),
      controlsExplanation: toggle.getAttribute('aria-controls') === explanation.id,
      explanationShown: explanation.getBoundingClientRect().height > 0,
      at: { x: box.left + box.width / 2, y: box.top + box.height / 2 },
    };
  }, undefined);
}

describe.each<BrowserName>(['chromium', 'firefox'])('the card’s details, in %s', (browserName) => {
  const suite = useKit(browserName);
  let page: KitPage;

  beforeAll(async () => {
    page = await suite.kit.newPage();
    await page.goto(suite.server.url('/mute.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.includes('blood pressure'));
    const point = (await pointOfHighlight(page, 'blood pressure', DEFAULT_HIGHLIGHT))!;
    await page.click(point.x, point.y);
    await waitFor(() => readTooltip(page), (card) => !!card?.visible && card.text.startsWith('blood pressure'));
  });

  it('"More" opens the explanation and "Less" closes it again, on the same button', async () => {
    const closed = (await readMore(page))!;
    expect(closed).toMatchObject({ label: 'More', expanded: 'false', controlsExplanation: true, explanationShown: false });
    await page.click(closed.at.x, closed.at.y);
    const open = await waitFor(() => readMore(page), (value) => value?.label === 'Less');
    expect(open).toMatchObject({ expanded: 'true', explanationShown: true });
    await page.click(open!.at.x, open!.at.y);
    expect(await waitFor(() => readMore(page), (value) => value?.label === 'More')).toMatchObject({ expanded: 'false', explanationShown: false });
  });

  it('names the source in full, abbreviation after', async () => {
    expect((await readTooltip(page))!.text).toContain('Source: Centers for Disease Control and Prevention (CDC)');
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('a card opened on another name of its term, in %s', (browserName) => {
  const suite = useKit(browserName);

  async function cardFor(page: KitPage, text: string) {
    const point = (await pointOfHighlight(page, text, DEFAULT_HIGHLIGHT))!;
    expect(point).toBeTruthy();
    await page.click(point.x, point.y);
    return waitFor(() => readTooltip(page), (card) => !!card?.visible && card.text.startsWith('tamsulosin'));
  }

  it('says the brand name on the page is another name for the medicine, and says nothing of the kind on the medicine itself', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/alias.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.includes('Flomax') && found.includes('tamsulosin'));
    const onBrand = await cardFor(page, 'Flomax');
    expect(onBrand!.text).toContain('“Flomax” is another name for tamsulosin.');
    await page.press('Escape');
    await waitFor(() => readTooltip(page), (card) => !card?.visible);
    const onTerm = await cardFor(page, 'tamsulosin');
    expect(onTerm!.text).not.toContain('another name');
    await page.close();
  });
});
