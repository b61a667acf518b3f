import { beforeEach, describe, expect, it } from 'vitest';
import { ENGINE_TEST_SETTINGS, type BrowserName, type KitPage } from './harness/kit';
import { termlightHighlights, waitFor, type Evaluator } from './harness/page-helpers';
import { useKit } from './harness/suite';

/**
 * Issue #17, item 7: the site controls must not contradict each other. Each mode keeps its own
 * list, and the popup says why a page is not highlighted instead of "no terms found".
 */

const highlightCount = async (page: Evaluator) => (await termlightHighlights(page)).length;

/** Reads from a page that may be between documents (an extension page navigating): null until it answers. */
const settle = async <T>(read: () => Promise<T>): Promise<T | null> => read().catch(() => null);

/** The popup's switches, found by the words next to them as a reader would. */
function switchState(popup: Evaluator, label: string) {
  return popup.evaluate((text) => {
    const span = [...document.querySelectorAll('.controls label span')].find((node) => (node.textContent ?? '').startsWith(text));
    const input = span?.closest('label')?.querySelector('input');
    return input ? { checked: input.checked, disabled: input.disabled } : null;
  }, label);
}

/** Clicks a switch once the popup shows it: the popup renders after it opens, and on a busy machine later. */
async function clickSwitch(popup: Evaluator, label: string) {
  await waitFor(() => switchState(popup, label), (state) => state !== null);
  await popup.evaluate((text) => {
    const span = [...document.querySelectorAll('.controls label span')].find((node) => (node.textContent ?? '').startsWith(text));
    span!.closest('label')!.querySelector('input')!.click();
  }, label);
}

const bodyText = (popup: Evaluator) => popup.evaluate(() => document.querySelector('.body')?.textContent ?? '', undefined);

/** The options page's Sites section as the reader sees it: the chosen mode, its words, its rows. */
function sitesSection(options: Evaluator) {
  return options.evaluate(() => {
    const section = document.querySelector('section[aria-labelledby="sites"]');
    if (!section) return null;
    const mode = section.querySelector<HTMLInputElement>('input[name="site-mode"]:checked')?.closest('label')?.textContent?.trim() ?? '';
    const rows = [...section.querySelectorAll('li span:first-child')].map((node) => node.textContent?.trim() ?? '');
    return { mode, rows, text: section.textContent ?? '' };
  }, undefined);
}

function chooseMode(options: Evaluator, words: string) {
  return options.evaluate((text) => {
    const label = [...document.querySelectorAll('section[aria-labelledby="sites"] fieldset label')].find((node) => (node.textContent ?? '').includes(text));
    label!.querySelector('input')!.click();
  }, words);
}

/** The stored settings, read inside an extension page (Chromium has `chrome`, Firefox both). */
function storedSettings(extensionPage: Evaluator) {
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const sync = api.storage.sync as unknown as { get(key: string): Promise<Record<string, unknown>> };
    return ((await sync.get('settings')).settings ?? {}) as Record<string, unknown>;
  }, undefined);
}

/** Stores settings as version 1 did: the old shape, and no version mark (WXT keeps it in `settings$`). */
function writeVersion1Settings(extensionPage: Evaluator, settings: Record<string, unknown>) {
  return extensionPage.evaluate(async (value) => {
    const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const sync = api.storage.sync as unknown as { remove(key: string): Promise<void>; set(items: Record<string, unknown>): Promise<void> };
    await sync.remove('settings$');
    await sync.set({ settings: value });
  }, settings);
}

/** Turns the popup's tab into the options page, as its Options button would open it. */
async function openOptionsIn(popup: KitPage) {
  await popup.evaluate(() => {
    location.href = location.href.replace(/popup\.html.*$/, 'options.html');
  }, undefined).catch(() => {});
  await waitFor(() => settle(() => sitesSection(popup)), (section) => !!section, 10_000);
}

describe.each<BrowserName>(['chromium', 'firefox'])('issue #17 item 7: site controls in %s', (browserName) => {
  const suite = useKit(browserName);
  let page: KitPage;

  beforeEach(async () => {
    await suite.kit.setSettings({});
  });

  async function openArticle(expected: number) {
    page = await suite.kit.newPage();
    await page.goto(suite.server.url('/article.html'));
    await waitFor(() => highlightCount(page), (count) => count === expected);
  }

  it('a site switched on in "only on listed sites" mode is not paused by changing mode; each mode shows its own list', async () => {
    await suite.kit.setSettings({ siteMode: 'only-listed' });
    await openArticle(0);
    const popup = await suite.kit.openPopup(page);
    await clickSwitch(popup, 'Highlight on 127.0.0.1');
    expect(await waitFor(() => highlightCount(page), (count) => count === 6)).toBe(6);

    await openOptionsIn(popup);
    expect(await sitesSection(popup)).toMatchObject({ mode: 'Only on the sites listed', rows: ['127.0.0.1'] });
    await chooseMode(popup, 'Everywhere except');
    // "Everywhere except" is the default, so it is stored by leaving the mode out.
    await waitFor(() => storedSettings(popup), (settings) => settings.siteMode === undefined);
    // The browser ticks a radio at once; the page has caught up when its words have changed too.
    const everywhere = await waitFor(() => sitesSection(popup), (section) => !!section?.mode.startsWith('Everywhere') && !/only on the sites listed below/i.test(section.text));
    // The paused list of "everywhere" mode is empty: the site allowed in the other mode is not paused here.
    expect(everywhere!.rows).toEqual([]);
    expect(everywhere!.text).toMatch(/every site except/i);
    // Give the tab time to react to the change; it must stay highlighted.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await highlightCount(page)).toBe(6);

    await chooseMode(popup, 'Only on the sites listed');
    const only = await waitFor(() => sitesSection(popup), (section) => !!section?.mode.startsWith('Only') && !/every site except/i.test(section.text));
    expect(only!.rows).toEqual(['127.0.0.1']);
    expect(only!.text).toMatch(/only on the sites listed below/i);
    await popup.close();
    await page.close();
  });

  it('the popup says why a page is not highlighted: paused on this site, paused everywhere, not on the list', async () => {
    await openArticle(6);
    const popup = await suite.kit.openPopup(page);
    await waitFor(() => bodyText(popup), (text) => text.includes('On this page'));

    await clickSwitch(popup, 'Highlight on 127.0.0.1');
    await waitFor(() => highlightCount(page), (count) => count === 0);
    const pausedHere = await waitFor(() => bodyText(popup), (text) => /paused on 127\.0\.0\.1/.test(text));
    expect(pausedHere).not.toContain('No glossary terms found');

    await clickSwitch(popup, 'Pause everywhere');
    const everywhere = await waitFor(() => bodyText(popup), (text) => /paused everywhere/i.test(text));
    expect(everywhere).not.toContain('No glossary terms found');
    expect(everywhere).not.toMatch(/paused on 127\.0\.0\.1/);

    await suite.kit.setSettings({ siteMode: 'only-listed' });
    const notListed = await waitFor(() => bodyText(popup), (text) => /not on your list/.test(text));
    expect(notListed).not.toContain('No glossary terms found');
    expect(await highlightCount(page)).toBe(0);
    await popup.close();
    await page.close();
  });

  it('with "Pause everywhere" on, the site switch is not shown ticked, and comes back as it was', async () => {
    await openArticle(6);
    const popup = await suite.kit.openPopup(page);
    expect(await waitFor(() => switchState(popup, 'Highlight on 127.0.0.1'), (state) => !!state)).toEqual({ checked: true, disabled: false });

    await clickSwitch(popup, 'Pause everywhere');
    await waitFor(() => highlightCount(page), (count) => count === 0);
    expect(await waitFor(() => switchState(popup, 'Highlight on 127.0.0.1'), (state) => !state?.checked)).toEqual({ checked: false, disabled: true });
    expect(await switchState(popup, 'Pause everywhere')).toEqual({ checked: true, disabled: false });

    await clickSwitch(popup, 'Pause everywhere');
    expect(await waitFor(() => highlightCount(page), (count) => count === 6)).toBe(6);
    expect(await waitFor(() => switchState(popup, 'Highlight on 127.0.0.1'), (state) => !!state?.checked)).toEqual({ checked: true, disabled: false });
    await popup.close();
    await page.close();
  });

  it('settings stored by the old single site list keep meaning what they meant, and are rewritten in the new shape', async () => {
    await openArticle(6);
    const helper = await suite.kit.openPopup(page);
    // Version 1 stored one list, read in the mode that was chosen: here an allow-list.
    await writeVersion1Settings(helper, { ...ENGINE_TEST_SETTINGS, siteMode: 'only-listed', sites: ['127.0.0.1'] });
    await helper.close();
    await page.close();

    // New pages and extension pages start from what is stored, each running the migration.
    await openArticle(6);
    const popup = await suite.kit.openPopup(page);
    expect(await waitFor(() => switchState(popup, 'Highlight on 127.0.0.1'), (state) => !!state)).toEqual({ checked: true, disabled: false });
    const stored = await waitFor(() => storedSettings(popup), (settings) => !('sites' in settings));
    expect(stored).toEqual({ ...ENGINE_TEST_SETTINGS, siteMode: 'only-listed', allowedSites: ['127.0.0.1'] });
    await openOptionsIn(popup);
    expect(await sitesSection(popup)).toMatchObject({ mode: 'Only on the sites listed', rows: ['127.0.0.1'] });
    await popup.close();
    await page.close();
  });
});
