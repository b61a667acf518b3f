/**
 * Hover → painted card latency with the REAL built extension (.output/chrome-mv3) in Chromium.
 *
 * The dwell is set to 0 ms through the extension's own settings (chrome.storage.sync, written from
 * the service worker). For each hover the page (main world) stamps the pointermove and polls with
 * requestAnimationFrame for the card in Termlight's shadow root; once a frame sees it, a task
 * posted from that rAF stamps the end of the frame (style, layout, paint done). The moment the
 * dwell timer fires is stamped inside the content script's own isolated world: run.ts wraps that
 * world's window.setTimeout through the DevTools protocol (Runtime.evaluate in the isolated
 * context), without touching the extension's code. All stamps share the page's time origin.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../tests/browser/harness/chromium';
import { CHROMIUM_EXTENSION_ID } from '../../tests/browser/harness/paths';
import type { HoverSample, TermlightBench } from './in-page';

type BenchWindow = { termlightBench: TermlightBench };

export interface HoverMeasurement {
  /** dwell timer fired → card painted, ms, one per hover, in hover order (the first mounts the UI). */
  dwellToPaint: number[];
  /** pointermove → card painted (adds the hover tracker's wait for the next frame). */
  moveToPaint: number[];
  /** dwell timer fired → first frame that sees the card (the brief's "first rAF after the card exists"). */
  dwellToFrame: number[];
  highlighted: number;
  missed: number;
  /** The floor on the same page with Termlight's highlights in place: the page's own timer shows a card-sized element → painted. */
  controlToPaint: number[];
}

const TIMER_HOOK = `(() => {
  if (globalThis.__benchTimerFires) return 'already';
  const fires = (globalThis.__benchTimerFires = []);
  const original = window.setTimeout;
  window.setTimeout = function (callback, delay, ...rest) {
    if (typeof callback !== 'function') return original.call(window, callback, delay, ...rest);
    return original.call(window, function (...args) {
      fires.push({ at: performance.now(), delay: Number(delay) || 0 });
      return callback.apply(this, args);
    }, delay, ...rest);
  };
  return 'hooked';
})()`;

/** The content script's isolated world in the page's main frame, found through Runtime.enable. */
async function contentScriptContext(cdp: CDPSession): Promise<number> {
  const contexts: { id: number; origin: string; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context as never));
  await cdp.send('Runtime.enable');
  await new Promise((resolve) => setTimeout(resolve, 200));
  const found = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(CHROMIUM_EXTENSION_ID));
  if (!found) throw new Error(`no isolated world of the extension among ${contexts.map((c) => `${c.name}|${c.origin}`).join(', ')}`);
  return found.id;
}

async function inIsolatedWorld<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const reply = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
  if (reply.exceptionDetails) throw new Error(`isolated world: ${reply.exceptionDetails.text}`);
  return reply.result.value as T;
}

async function waitUntil(read: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await read()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

/** Waits until the extension's highlight count stops growing (its scan of the page is done). */
async function waitForScan(page: Page): Promise<number> {
  let last = -1;
  for (let i = 0; i < 150; i++) {
    const count = await page.evaluate(() => (window as unknown as BenchWindow).termlightBench.termlightHighlightCount());
    if (count > 0 && count === last) return count;
    last = count;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`the extension did not finish highlighting the page (last count ${last})`);
}

/** Termlight's default dwell before a hover card shows. */
const DWELL_MS = 150;
/**
 * The dwell counts from the pointer's move, so its timer is set for the dwell less the time until
 * the tracker's frame looked at the move: up to a frame less (two, to be safe), never more.
 */
const isDwellTimer = (delay: number) => delay > DWELL_MS - 34 && delay <= DWELL_MS;

export async function measureHover(pageUrl: string, samples: number): Promise<HoverMeasurement> {
  const session = await launchChromium({ viewport: { width: 1280, height: 800 } });
  try {
    // The default 150 ms dwell, as readers get it: the card's entry is fetched during the dwell.
    await session.serviceWorker.evaluate((delay) => chrome.storage.sync.set({ settings: { tooltipDelayMs: delay } }), DWELL_MS);
    const page = await session.newPage();
    await page.goto(pageUrl);
    const highlighted = await waitForScan(page);
    const cdp = await session.context.newCDPSession(page);
    const contextId = await contentScriptContext(cdp);
    await inIsolatedWorld(cdp, contextId, TIMER_HOOK);

    const away = { x: 1265, y: 12 };
    const out: HoverMeasurement = { dwellToPaint: [], moveToPaint: [], dwellToFrame: [], highlighted, missed: 0, controlToPaint: [] };
    let scrolls = 0;
    while (out.dwellToPaint.length < samples && scrolls < 20) {
      const targets = await page.evaluate((max) => (window as unknown as BenchWindow).termlightBench.hoverTargets(max), 12);
      for (const target of targets) {
        if (out.dwellToPaint.length >= samples) break;
        await page.mouse.move(away.x, away.y);
        await waitUntil(() => page.evaluate(() => !(window as unknown as BenchWindow).termlightBench.cardShown()), 2_000);
        await new Promise((resolve) => setTimeout(resolve, 40));
        await inIsolatedWorld(cdp, contextId, 'globalThis.__benchTimerFires.length = 0');
        await page.evaluate(() => (window as unknown as BenchWindow).termlightBench.armHover());
        await page.mouse.move(target.x, target.y);
        const sample = await page.evaluate(() => (window as unknown as BenchWindow).termlightBench.hoverResult());
        const fires = await inIsolatedWorld<{ at: number; delay: number }[]>(cdp, contextId, 'globalThis.__benchTimerFires.slice()');
        const dwell = sample ? fires.findLast((fire) => isDwellTimer(fire.delay) && fire.at >= sample.moveAt && fire.at <= sample.frameAt) : undefined;
        if (!sample || !dwell) {
          out.missed++;
        } else {
          record(out, sample, dwell.at);
        }
        await page.keyboard.press('Escape');
      }
      await page.mouse.move(away.x, away.y);
      await page.evaluate(() => window.scrollBy(0, Math.round(window.innerHeight * 0.8)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      scrolls++;
    }
    const control = await page.evaluate((n) => (window as unknown as BenchWindow).termlightBench.controlShow(n), samples);
    out.controlToPaint = control.map((sample) => sample.paintedAt - sample.firedAt);
    return out;
  } finally {
    await session.close();
  }
}

function record(out: HoverMeasurement, sample: HoverSample, dwellAt: number): void {
  out.dwellToPaint.push(sample.paintedAt - dwellAt);
  out.dwellToFrame.push(sample.frameAt - dwellAt);
  out.moveToPaint.push(sample.paintedAt - sample.moveAt);
}
