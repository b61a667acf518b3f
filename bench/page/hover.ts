/**
 * Hover → painted card latency with the REAL built extension (.output/chrome-mv3) in Chromium.
 *
 * The default 150 ms dwell is written to the extension's own settings (chrome.storage.sync, from
 * the service worker). For each hover the page (main world) stamps the pointermove and polls with
 * requestAnimationFrame for the card in Termlight's shadow root; once the card is shown, a task
 * posted from that frame stamps the end of the frame (style, layout, paint done). The dwell ends
 * 150 ms after the pointermove's own timestamp: the tracker counts it from there. All stamps
 * share the page's time origin.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/browser/harness/chromium';
import type { Settings } from '../../glossary/settings-schema';
import type { HoverSample, TermlightBench } from './in-page';

type BenchWindow = { termlightBench: TermlightBench };

export interface HoverMeasurement {
  /** dwell's end → card painted, ms, one per hover, in hover order (the first mounts the UI); below 0 when the frame nearest the end began before it. */
  dwellToPaint: number[];
  /** pointermove → card painted (adds the hover tracker's wait for the next frame). */
  moveToPaint: number[];
  /** dwell's end → the frame the card is shown in (the brief's "first rAF after the card exists"). */
  dwellToFrame: number[];
  highlighted: number;
  missed: number;
  /** The floor on the same page with Termlight's highlights in place: the page's own timer shows a card-sized element → painted. */
  controlToPaint: number[];
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

/** Termlight's default dwell before a hover card shows, counted from the pointer's move. */
const DWELL_MS = 150;

export async function measureHover(pageUrl: string, samples: number, settings: Partial<Settings> = {}): Promise<HoverMeasurement> {
  const session = await launchChromium({ viewport: { width: 1280, height: 800 } });
  try {
    // The default 150 ms dwell, as readers get it: the card's entry is fetched during the dwell.
    await session.serviceWorker.evaluate((stored) => chrome.storage.sync.set({ settings: stored }), { ...settings, tooltipDelayMs: DWELL_MS });
    const page = await session.newPage();
    await page.goto(pageUrl);
    const highlighted = await waitForScan(page);

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
        await page.evaluate(() => (window as unknown as BenchWindow).termlightBench.armHover());
        await page.mouse.move(target.x, target.y);
        const sample = await page.evaluate(() => (window as unknown as BenchWindow).termlightBench.hoverResult());
        if (sample) record(out, sample, sample.moveAt + DWELL_MS);
        else out.missed++;
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
