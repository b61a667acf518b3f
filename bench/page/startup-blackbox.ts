/**
 * Start-up as a page sees it, black-box: Chromium's own count of main-thread script time
 * (CDP `Performance.getMetrics` ScriptDuration) for a page loaded with Termlight, minus the same
 * page loaded without any extension. Two trivial extensions are measured the same way beside it:
 * one whose content script only reads `storage.local` (the floor any extension pays), and one that
 * also reads `chrome.runtime` (the floor of one that talks to its background, as Termlight does). Counts
 * everything the content script costs the page: evaluating its code, reading storage, scanning,
 * highlighting, however it is split into tasks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../tests/browser/harness/chromium';
import { chromiumPath } from '../../tests/browser/harness/paths';
import { median } from './stats';

export interface StartupPage {
  name: string;
  url: string;
}

export interface BlackBoxRow {
  page: string;
  /** Median ScriptDuration (ms) with no extension at all. */
  bareMs: number;
  /** Median extra ms with the trivial extension. */
  trivialMs: number;
  /** Median extra ms with the trivial extension that also reads `chrome.runtime`. */
  trivialRuntimeMs: number;
  /** Median extra ms with Termlight. */
  termlightMs: number;
}

/** Time after `load` that every content script has surely finished its start-up work. */
const SETTLE_MS = 2_500;

/**
 * A Manifest V3 extension whose content script reads one storage.local key, and nothing else. With
 * `readsRuntime`, it also reads `chrome.runtime.id`: Chromium builds each API namespace of a frame
 * on first use, and `runtime` (which every extension that talks to its background needs) costs a
 * page more than `storage`, so this one is the floor for a content script that sends messages.
 */
export function writeTrivialExtension(dir: string, readsRuntime = false): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    resolve(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Trivial content script',
      version: '1.0',
      permissions: ['storage'],
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle', all_frames: true }],
    }),
  );
  const runtime = readsRuntime ? 'globalThis.__trivialId = chrome.runtime.id;\n' : '';
  writeFileSync(resolve(dir, 'content.js'), `${runtime}chrome.storage.local.get('settings').then((items) => { globalThis.__trivial = items; });\n`);
  return dir;
}

export async function launch(extensionDir: string | null): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'termlight-startup-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...CHROMIUM_FLAGS, ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [])],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** ScriptDuration (ms) of one fresh tab that loads `url` and settles. */
export async function scriptMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}

/** The extension builds measured side by side (Chromium without any extension is measured too, as the baseline). */
export interface StartupSetups {
  termlight: string;
  trivial: string;
  trivialRuntime: string;
}

/**
 * Browser launches per set-up: the set-ups take turns, so a machine that slows down mid-run slows
 * all of them, and each turn starts one set-up later (a Latin square: every set-up comes first,
 * second, third and last once). With a fixed order, Termlight always went last and read about
 * 0.5 ms more than in the place before it: two Termlight builds, measured in both orders, showed it.
 */
export const STARTUP_TURNS = 4;
/** Time given to every freshly launched browser (with or without an extension) before its first tab. */
export const BACKGROUND_SETTLE_MS = 5_000;

/**
 * Median over fresh tabs per page and set-up: `STARTUP_TURNS` turns, each a fresh browser per set-up that
 * loads every page `tabsPerBlock` times. Each browser first loads every page once (not counted), so
 * Termlight's background has compiled and published its glossary and the caches any extension
 * would have warm on a reader's machine are warm. Single tabs move by a millisecond or more on a
 * busy machine, so a row is worth reading only with a dozen tabs or so behind it.
 */
export async function measureStartupBlackBox(
  pages: readonly StartupPage[],
  setups: StartupSetups,
  tabsPerBlock: number,
  log: (message: string) => void,
): Promise<BlackBoxRow[]> {
  const samples = new Map<string, number[]>();
  const order = [['bare', null], ['trivial', setups.trivial], ['trivialRuntime', setups.trivialRuntime], ['termlight', setups.termlight]] as const;
  for (let block = 0; block < STARTUP_TURNS; block++) {
    for (const [setup, dir] of [...order.slice(order.length - block), ...order.slice(0, order.length - block)]) {
      const browser = await launch(dir);
      try {
        if (dir) await browser.context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {});
        // A freshly started background compiles and stores its glossary for a second or two; on a
        // machine with two cores that would slow the first tabs' main threads too.
        await new Promise((done) => setTimeout(done, BACKGROUND_SETTLE_MS));
        for (const page of pages) await scriptMs(browser.context, page.url);
        for (let run = 0; run < tabsPerBlock; run++) {
          for (const page of pages) {
            const key = `${setup} ${page.name}`;
            samples.set(key, [...(samples.get(key) ?? []), await scriptMs(browser.context, page.url)]);
          }
        }
      } finally {
        await browser.close();
      }
    }
    log(`start-up (black-box): turn ${block + 1}/${STARTUP_TURNS} measured`);
  }
  return pages.map((page) => {
    const bare = median(samples.get(`bare ${page.name}`)!);
    const added = (setup: string) => median(samples.get(`${setup} ${page.name}`)!) - bare;
    return {
      page: page.name,
      bareMs: bare,
      trivialMs: added('trivial'),
      trivialRuntimeMs: added('trivialRuntime'),
      termlightMs: added('termlight'),
    };
  });
}

export interface ExtensionScanRow {
  page: string;
  /** Median ms from navigation start until Termlight's highlights stopped changing. */
  settledMs: number;
  /** Median over runs of the longest stretch of Termlight's script in one animation frame. */
  longestScriptMs: number;
  /** The same, the worst run. */
  worstScriptMs: number;
}

/**
 * The real extension scanning a page as a reader's tab loads it: when its highlights stop
 * changing, and the longest uninterrupted stretch of its own script, from a CPU profile of the tab
 * (samples every 0.1 ms whose stack holds a frame of the extension's code). The Long Animation
 * Frames API was tried first: it leaves content scripts out of its attribution, so it read 0 ms.
 * The profiler adds its own overhead, so these figures are on the high side.
 */
export async function measureExtensionScan(pages: readonly StartupPage[], termlightDir: string, runs: number, log: (message: string) => void): Promise<ExtensionScanRow[]> {
  const browser = await launch(termlightDir);
  const samples = new Map<string, { settled: number; longest: number }[]>();
  try {
    await browser.context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {});
    for (const page of pages) await settle(browser.context, page.url);
    for (let run = 0; run < runs; run++) {
      for (const page of pages) samples.set(page.name, [...(samples.get(page.name) ?? []), await settle(browser.context, page.url)]);
    }
    log('real extension scans measured');
  } finally {
    await browser.close();
  }
  return pages.map((page) => {
    const list = samples.get(page.name)!;
    return {
      page: page.name,
      settledMs: median(list.map((s) => s.settled)),
      longestScriptMs: median(list.map((s) => s.longest)),
      worstScriptMs: Math.max(...list.map((s) => s.longest)),
    };
  });
}

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** The longest run of consecutive samples in the extension's own code, in ms. */
function longestOwnStretch(profile: CpuProfile, isOwn: (url: string) => boolean): number {
  const parent = new Map<number, number>();
  const own = new Map<number, boolean>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inOwn = (id: number): boolean => {
    const known = own.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const answer = isOwn(byId.get(id)!.callFrame.url) || (up !== undefined && inOwn(up));
    own.set(id, answer);
    return answer;
  };
  let longest = 0;
  let stretch = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample's delta is the time since the previous one: it belongs to the stretch it ends.
    if (inOwn(profile.samples[i]!)) stretch += profile.timeDeltas[i]! / 1000;
    else stretch = 0;
    longest = Math.max(longest, stretch);
  }
  return longest;
}

/** Loads `url` in a fresh tab, profiled, and waits until Termlight's highlights have not changed for a second. */
async function settle(context: BrowserContext, url: string): Promise<{ settled: number; longest: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  const read = () =>
    page.evaluate(() => {
      let ranges = 0;
      for (const [name, highlight] of CSS.highlights) if (name.startsWith('termlight-')) ranges += highlight.size;
      return { ranges, at: performance.now() };
    });
  let last = await read();
  let changedAt = last.ranges > 0 ? last.at : 0;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    await page.waitForTimeout(100);
    const now = await read();
    if (now.ranges !== last.ranges) changedAt = now.at;
    last = now;
    if (now.at - changedAt > 1_000 && now.ranges > 0) break;
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await page.close();
  return { settled: changedAt, longest: longestOwnStretch(profile, (source) => /^(chrome|moz)-extension:/.test(source)) };
}
