import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type BrowserName } from './harness/kit';
import { pointOfHighlight, readTooltip, waitFor, type Evaluator, termlightHighlights } from './harness/page-helpers';
import { openPopupFor } from './harness/chromium-tabs';
import { useChromium, useKit } from './harness/suite';

const count = async (page: Evaluator) => (await termlightHighlights(page)).length;

describe.each<BrowserName>(['chromium', 'firefox'])('never breaking a page in %s', (browserName) => {
  const suite = useKit(browserName);

  it('highlights a React 19 app that re-renders every 100 ms for 5 s with zero page errors, and no frame without underlines', async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/generated/react-app/index.html'));
    await waitFor(() => count(page), (found) => found >= 4, 5_000);
    // Every frame from now on, the fewest underlines the page had: a rescan must swap a block's
    // underlines in one step, never blank them while its answer is on the way.
    await page.evaluate(() => {
      const state = { fewest: Infinity, frames: 0 };
      (window as unknown as { __fewest: typeof state }).__fewest = state;
      const sample = () => {
        let shown = 0;
        for (const [name, highlight] of CSS.highlights) if (name.startsWith('termlight-') && name !== 'termlight-focus') shown += highlight.size;
        state.fewest = Math.min(state.fewest, shown);
        state.frames++;
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    }, undefined);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const errors = await page.evaluate(() => (window as unknown as { __reactErrors: string[] }).__reactErrors, undefined);
    expect(errors).toEqual([]);
    // React kept rendering all along, and the highlights followed it.
    const renders = await page.evaluate(() => Number(document.querySelector('h1')!.textContent!.replace(/\D/g, '')), undefined);
    expect(renders).toBeGreaterThan(30);
    expect(await count(page)).toBeGreaterThanOrEqual(4);
    const fewest = await page.evaluate(() => (window as unknown as { __fewest: { fewest: number; frames: number } }).__fewest, undefined);
    expect(fewest.frames).toBeGreaterThan(100);
    expect(fewest.fewest).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it("posts nothing to the page's window: a page that acts on every message hears none from Termlight", async () => {
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/message-listener.html'));
    await waitFor(() => count(page), (found) => found >= 3, 5_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages, undefined)).toEqual([]);
    await page.close();
  });

  it('renders glossary text as text: markup in a definition shows literally and never runs', async () => {
    await suite.kit.setUserGlossaries([
      {
        id: 'user-xss', name: 'Hostile', origin: 'file', fileName: 'hostile.json', updatedAt: '2026-11-30T00:00:00.000Z', enabled: true,
        entries: [{
          id: 'xsstestterm', term: 'xsstestterm', aliases: [], forms: [],
          short: 'Shows <img src=x onerror="window.__pwned=1"> literally.',
          explanation: '<script>window.__pwned=2</script> One. Two.', category: 'other', related: [],
          source: '<b>bold?</b>', reviewed: '2026-11-30',
        }],
      },
    ]);
    const page = await suite.kit.newPage();
    await page.goto(suite.server.url('/xss.html'));
    await waitFor(() => count(page), (found) => found === 1, 5_000);
    const point = (await pointOfHighlight(page, 'xsstestterm', 'termlight-underline-teal'))!;
    await page.move(point.x + 300, point.y);
    await page.move(point.x, point.y, 2);
    const card = await waitFor(() => readTooltip(page), (value) => !!value?.visible, 2_000);
    expect(card!.text).toContain('Shows <img src=x onerror="window.__pwned=1"> literally.');
    expect(card!.text).toContain('Source: <b>bold?</b>');
    const inside = await page.evaluate(() => {
      const root = document.querySelector('termlight-tooltip')!.shadowRoot!;
      return { images: root.querySelectorAll('img').length, bold: root.querySelectorAll('b').length, pwned: (window as unknown as { __pwned?: number }).__pwned ?? null };
    }, undefined);
    expect(inside).toEqual({ images: 0, bold: 0, pwned: null });
    await suite.kit.setUserGlossaries([]);
    await page.close();
  });
});

describe('what Termlight costs a page and sends out, in chromium', () => {
  const chromium = useChromium();

  it('sends nothing off the device: every request stays on 127.0.0.1 or inside the extension', async () => {
    const requests: string[] = [];
    const record = (request: { url(): string }) => requests.push(request.url());
    chromium.session.context.on('request', record);
    const page = await chromium.session.newPage();
    await page.goto(chromium.server.url('/article.html'));
    await waitFor(() => count(page), (found) => found === 6);
    const point = (await pointOfHighlight(page, 'dehydration', 'termlight-underline-teal'))!;
    await page.mouse.move(point.x + 300, point.y);
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await waitFor(() => readTooltip(page), (card) => !!card?.visible);
    const popup = await openPopupFor(chromium.session, page, 'magnesum');
    await popup.waitForSelector('.result');
    const options = await chromium.session.newPage();
    await options.goto(chromium.session.extensionUrl('options.html'));
    await options.waitForSelector('#glossaries');
    chromium.session.context.off('request', record);
    const offDevice = requests.filter((url) => !/^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:\/\/|data:|blob:|about:)/.test(url));
    expect(requests.length).toBeGreaterThan(3);
    expect(offDevice).toEqual([]);
    await Promise.all([options.close(), popup.close(), page.close()]);
  });

  /** Main-thread script time (s) the page's renderer spent during `ms`, from CDP metrics. */
  async function scriptSeconds(cdp: CDPSession, page: Page, ms: number): Promise<number> {
    const read = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ScriptDuration')!.value;
    const before = await read();
    await page.waitForTimeout(ms);
    return (await read()) - before;
  }

  it('costs under 5% of one core over 10 s of a page that mutates every 20 ms', async () => {
    const page = await chromium.session.newPage();
    const cdp = await chromium.session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(chromium.server.url('/ticking.html'));
    await waitFor(() => count(page), (found) => found > 3, 5_000);
    const active = await scriptSeconds(cdp, page, 10_000);
    await chromium.session.serviceWorker.evaluate(() => chrome.storage.sync.set({ settings: { sites: ['127.0.0.1'] } }));
    await waitFor(() => count(page), (found) => found === 0, 2_000);
    const paused = await scriptSeconds(cdp, page, 10_000);
    await chromium.session.serviceWorker.evaluate(() => chrome.storage.sync.set({ settings: {} }));
    // What Termlight adds on top of the page's own work, as a share of 10 s of one core.
    const share = (active - paused) / 10;
    console.log(`constant mutation: active ${active.toFixed(3)} s, paused ${paused.toFixed(3)} s, Termlight ${(share * 100).toFixed(2)}% of one core`);
    expect(share).toBeLessThan(0.05);
    // Highlights still follow the page despite the back-off.
    await waitFor(() => count(page), (found) => found > 3, 5_000);
    await page.close();
  });
});
