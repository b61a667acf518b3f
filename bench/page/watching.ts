/**
 * What watching a changing page costs: the REAL built extension (.output/chrome-mv3) against the
 * same Chromium without it, on the watching page (watching-page.ts: the 1 MB article with an
 * accordion, a feed of web components and late-upgrading elements above it). For each kind of
 * change the page makes CHANGES changes, one every 20 ms, then stays still long enough for
 * Termlight's batched rescans (mutation batcher: up to 2 s) or its look for shadow roots attached
 * later (ShadowWatch: every 8 s at the slowest) to run. Over that window the renderer's main
 * thread is read through the DevTools protocol (Performance.getMetrics: ScriptDuration, which
 * counts the content script's isolated world too, and TaskDuration, all main-thread work:
 * rendering included, where the browser computes Termlight's IntersectionObserver and paints its
 * highlights), and a 'longtask' observer in the page records tasks of 50 ms or more. Termlight's cost is the difference with and without the extension for the same changes,
 * run by run, in alternating order.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, launchChromium } from '../../tests/browser/harness/chromium';
import { chromiumPath } from '../../tests/browser/harness/paths';
import type { WatchingDone, WatchingKind, WatchingPageApi } from './watching-page';

export const WATCHING_KINDS: readonly WatchingKind[] = ['reveal', 'components', 'attach'];
/** Changes per run, one every 20 ms: 2 s when the main thread keeps up. */
export const CHANGES = 100;
/** How long it then stays still inside the measured window: past the batcher's longest wait, or the shadow watch's. */
const STILL_MS: Record<WatchingKind, number> = { reveal: 2_500, components: 2_500, attach: 8_500 };
/**
 * A reader's defaults (first occurrence per section), or with `everyOccurrence` every occurrence,
 * as the soak test runs: then every change has ranges to register, the worst case.
 */
const settingsFor = (everyOccurrence: boolean) => (everyOccurrence ? { density: 'every' } : {});

interface WatchingSample {
  /** The measured window, ms (changes + stillness). */
  windowMs: number;
  scriptMs: number;
  taskMs: number;
  longTasks: number[];
  done: WatchingDone;
  /** With the extension: of done.targets, how many hold a Termlight underline at the end. */
  highlighted: number | null;
}

export type WatchingMeasurement = Record<WatchingKind, { with: WatchingSample[]; without: WatchingSample[] }>;

type WatchingWindow = { __watching: WatchingPageApi; __longTasks: number[] };

async function metrics(cdp: CDPSession): Promise<{ script: number; task: number; at: number }> {
  const list = (await cdp.send('Performance.getMetrics')).metrics;
  const read = (name: string) => (list.find((metric) => metric.name === name)?.value ?? NaN) * 1_000;
  return { script: read('ScriptDuration'), task: read('TaskDuration'), at: read('Timestamp') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the renderer's main thread has been nearly idle (< 2 % busy) for two half-seconds in a row. */
async function quiet(cdp: CDPSession, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let calm = 0;
  let last = await metrics(cdp);
  while (calm < 2 && Date.now() < deadline) {
    await sleep(500);
    const now = await metrics(cdp);
    calm = now.task - last.task < 10 ? calm + 1 : 0;
    last = now;
  }
}

async function oneRun(context: BrowserContext, url: string, kind: WatchingKind, withExtension: boolean): Promise<WatchingSample> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    // With the extension this is its first scan of the whole page finishing.
    await quiet(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    await sleep(200);
    await page.evaluate(() => {
      const w = window as unknown as WatchingWindow;
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const before = await metrics(cdp);
    const done = await page.evaluate(([k, count]) => (window as unknown as WatchingWindow).__watching.run(k, count), [kind, CHANGES] as const);
    await sleep(STILL_MS[kind]);
    const after = await metrics(cdp);
    const longTasks = await page.evaluate(() => (window as unknown as WatchingWindow).__longTasks.slice());
    const highlighted = withExtension ? await page.evaluate((k) => (window as unknown as WatchingWindow).__watching.highlighted(k), kind) : null;
    return {
      windowMs: after.at - before.at,
      scriptMs: after.script - before.script,
      taskMs: after.task - before.task,
      longTasks,
      done,
      highlighted,
    };
  } finally {
    await page.close();
  }
}

export async function measureWatching(url: string, runs: number, log: (message: string) => void, everyOccurrence = false): Promise<WatchingMeasurement> {
  const session = await launchChromium({ viewport: { width: 1280, height: 800 } });
  const plain = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
  try {
    await session.serviceWorker.evaluate((settings) => chrome.storage.sync.set({ settings }), settingsFor(everyOccurrence));
    const without = await plain.newContext({ viewport: { width: 1280, height: 800 } });
    const out = Object.fromEntries(WATCHING_KINDS.map((kind) => [kind, { with: [], without: [] }])) as unknown as WatchingMeasurement;
    for (let run = 0; run < runs; run++) {
      for (const kind of WATCHING_KINDS) {
        // Alternating which goes first spreads slow drifts of the machine's load over both.
        const order = run % 2 === 0 ? [true, false] : [false, true];
        for (const withExtension of order) {
          const sample = await oneRun(withExtension ? session.context : without, url, kind, withExtension);
          out[kind][withExtension ? 'with' : 'without'].push(sample);
        }
        const on = out[kind].with.at(-1)!;
        const off = out[kind].without.at(-1)!;
        const figures = (x: WatchingSample) => `script ${x.scriptMs.toFixed(0)} ms, tasks ${x.taskMs.toFixed(0)} ms, changes took ${x.done.ms.toFixed(0)} ms`;
        log(`watching ${kind}: run ${run + 1}/${runs}: with: ${figures(on)}, ${on.highlighted}/${on.done.targets} underlined; without: ${figures(off)}`);
      }
    }
    return out;
  } finally {
    await session.close();
    await plain.close();
  }
}
