/**
 * The page benchmark's in-page half: bundled by run.ts (Vite, one IIFE, build-bundle.ts) and
 * loaded by every generated page (a <script> at the end of its body; it runs nothing by itself).
 * run.ts calls these functions through page.evaluate: Termlight's own PageScanner and matcher,
 * the bare TreeWalker floor, mark.js, and the main-world half of the hover measurement, all
 * timed with performance.now(). Nothing here asserts anything.
 */
import type { CompiledGlossary } from '../../glossary/compile';
import { createMatcher, type Matcher } from '../../glossary/matcher';
import { PageScanner, type ScannerOptions } from '../../entrypoints/content/page-scanner';
import { walkTextRuns } from '../../entrypoints/content/text-runs';
import { createWordPartsExplainer, isGlossaryWord } from '../../utils/background/word-parts-explainer';
import { LocalMatchSource } from '../../entrypoints/content/match-source';

/** The highlight name the generated pages style (see pages.ts), so highlights really paint. */
const BENCH_HIGHLIGHT = 'termlight-bench';

const OPTIONS: ScannerOptions = { density: 'every', inLinksAndHeadings: true };

/** The extension's common-word list (virtual:termlight/common-words), fetched untimed. */
let commonWordsText = '';

async function loadCommonWords(url: string): Promise<number> {
  commonWordsText = await fetchText(url);
  return commonWordsText.length;
}

/** Compiled glossaries as JSON strings, fetched untimed before anything is measured. */
const jsonByName = new Map<string, string>();
/** What `retain` keeps alive, so a heap snapshot after GC still counts it. */
const retained: unknown[] = [];

interface MarkInstance {
  mark(keywords: string[], options: Record<string, unknown>): void;
  markRegExp(regexp: RegExp, options: Record<string, unknown>): void;
}
type MarkConstructor = new (context: Element) => MarkInstance;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

/** Fetches a compiled glossary's JSON text and keeps it (untimed). */
async function loadGlossary(name: string, url: string): Promise<number> {
  const text = await fetchText(url);
  jsonByName.set(name, text);
  return text.length;
}

function matcherFor(name: string): { compiled: CompiledGlossary; matcher: Matcher } {
  const text = jsonByName.get(name);
  if (text === undefined) throw new Error(`glossary ${name} not loaded`);
  const compiled = JSON.parse(text) as CompiledGlossary;
  return { compiled, matcher: createMatcher(compiled) };
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/** Lets layout settle before a timed run: two frames and a task. */
async function settle(): Promise<void> {
  await nextFrame();
  await nextFrame();
  await macrotask();
}

/** (a) The floor: a TreeWalker over every text node of the body that only reads its data. */
function bareWalk(): { ms: number; textNodes: number; chars: number } {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += (node as Text).data.length;
    textNodes++;
  }
  return { ms: performance.now() - start, textNodes, chars };
}

/** Every node of the document (elements, text, comments), to describe the pages. */
function countNodes(): { nodes: number; elements: number; textNodes: number } {
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
  let nodes = 1;
  let elements = 1;
  let textNodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes++;
    if (node.nodeType === Node.ELEMENT_NODE) elements++;
    else if (node.nodeType === Node.TEXT_NODE) textNodes++;
  }
  return { nodes, elements, textNodes };
}

type SchedulerLike = { yield?: () => Promise<void> };

/**
 * Records how long each of the scanner's slices ran: page-scanner.ts yields through
 * `window.scheduler.yield()` (slices.ts yieldToMain), so wrapping it timestamps every slice end
 * and every resume without touching Termlight's code.
 */
function watchSlices(): { slices: number[]; stop(): number[] } {
  const scheduler = (window as unknown as { scheduler?: SchedulerLike }).scheduler;
  const slices: number[] = [];
  let sliceStart = performance.now();
  const original = scheduler?.yield;
  if (scheduler && original) {
    scheduler.yield = () => {
      slices.push(performance.now() - sliceStart);
      return original.call(scheduler).then(() => {
        sliceStart = performance.now();
      });
    };
  }
  return {
    slices,
    stop() {
      slices.push(performance.now() - sliceStart);
      // The wrapper is an own property; deleting it uncovers Scheduler.prototype.yield again.
      if (scheduler && original) delete (scheduler as { yield?: unknown }).yield;
      return slices;
    },
  };
}

/** Long tasks (≥ 50 ms, the API's own threshold) seen while `run` is in progress. */
async function withLongTasks<T>(run: () => Promise<T>): Promise<{ result: T; longTasks: number[] }> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const result = await run();
  // Long-task entries are delivered after the task ends: give them a frame and a task to arrive.
  await nextFrame();
  await macrotask();
  for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
  observer.disconnect();
  return { result, longTasks };
}

export interface ScanResult {
  /** Wall time from `new PageScanner` to scanAll() resolving: the whole page highlighted. */
  ms: number;
  /** Sum of the slices: main-thread time spent by the scan itself. */
  busyMs: number;
  slices: number;
  maxSliceMs: number;
  sliceMs: number[];
  longTasks: number[];
  matches: number;
  /** Of the matches, word-parts guesses (0 unless the scan ran the word-parts pass). */
  guesses: number;
  completed: boolean;
}

/**
 * (b) Termlight's full scan + highlight, as the content script runs it (refresh(): show the
 * layer, then scanAll). The matcher is created before the clock starts; start-up is measured
 * on its own. `registerFirst = false` registers the Highlight only once the scan is over (a
 * diagnostic: Chromium rebuilds every registered range's marker in each frame after a change).
 */
async function scan(name: string, registerFirst = true, wordParts = false, tinted = false): Promise<ScanResult> {
  // Tinted: drawn as a web page of this length is by default (a background, no underline: drawn-style.ts).
  const highlightName = tinted ? `${BENCH_HIGHLIGHT}-tint` : BENCH_HIGHLIGHT;
  const { matcher } = matcherFor(name);
  if (wordParts && !commonWordsText) throw new Error('common words not loaded');
  // As the content script does it: a fresh explainer per scan; the table and word Set are built
  // lazily inside the first slice that meets a candidate word (their one-time cost is included).
  const explainer = wordParts ? createWordPartsExplainer(() => commonWordsText, { isGlossaryWord: (word) => isGlossaryWord(matcher, word) }) : null;
  const source = new LocalMatchSource(matcher, explainer, window);
  await settle();
  const { result, longTasks } = await withLongTasks(async () => {
    const watch = watchSlices();
    const start = performance.now();
    const scanner = new PageScanner({ doc: document, registry: CSS.highlights }, source, OPTIONS);
    if (registerFirst) scanner.layer.show(highlightName);
    if (registerFirst && wordParts) scanner.partsLayer.show(`${BENCH_HIGHLIGHT}-parts`);
    const completed = await scanner.scanAll();
    if (!registerFirst) scanner.layer.show(highlightName);
    const ms = performance.now() - start;
    const slices = watch.stop();
    retained.push(scanner);
    return { ms, slices, completed, matches: scanner.index.size, guesses: [...scanner.index.matches()].filter((match) => match.guess).length };
  });
  const { ms, slices, completed, matches, guesses } = result;
  return {
    ms,
    busyMs: slices.reduce((a, b) => a + b, 0),
    slices: slices.length,
    maxSliceMs: Math.max(...slices),
    sliceMs: slices,
    longTasks,
    matches,
    guesses,
    completed,
  };
}

export interface StartupResult {
  parseMs: number;
  createMatcherMs: number;
  scanMs: number;
  totalMs: number;
  matches: number;
  /** A second scanAll with the same matcher, right after: not part of start-up. */
  secondScanMs: number;
}

/**
 * What the content script does per frame before it goes idle on a page without terms:
 * compiled glossary → createMatcher → PageScanner → show the layer → scanAll.
 * The compiled glossary starts as a JSON string (the content script gets an object from
 * chrome.storage instead; JSON.parse stands in for that structured clone).
 */
async function startup(name: string): Promise<StartupResult> {
  const text = jsonByName.get(name);
  if (text === undefined) throw new Error(`glossary ${name} not loaded`);
  await settle();
  const t0 = performance.now();
  const compiled = JSON.parse(text) as CompiledGlossary;
  const t1 = performance.now();
  const matcher = createMatcher(compiled);
  const t2 = performance.now();
  const scanner = new PageScanner({ doc: document, registry: CSS.highlights }, new LocalMatchSource(matcher, null, window), OPTIONS);
  scanner.layer.show(BENCH_HIGHLIGHT);
  await scanner.scanAll();
  const t3 = performance.now();
  // The same scan again with the same matcher: what the first one paid once (RegExp compile, JIT).
  const again = new PageScanner({ doc: document, registry: CSS.highlights }, new LocalMatchSource(matcher, null, window), OPTIONS);
  await again.scanAll();
  const t4 = performance.now();
  retained.push(scanner, again);
  return { parseMs: t1 - t0, createMatcherMs: t2 - t1, scanMs: t3 - t2, totalMs: t3 - t0, matches: scanner.index.size, secondScanMs: t4 - t3 };
}

/**
 * For the heap measurement: everything Termlight keeps for a page (compiled glossary, matcher,
 * scanner with its match index, ranges and Highlight), kept alive on purpose. The JSON string is
 * dropped afterwards so only what the content script would hold remains.
 */
async function retain(name: string): Promise<{ matches: number }> {
  const { compiled, matcher } = matcherFor(name);
  const scanner = new PageScanner({ doc: document, registry: CSS.highlights }, new LocalMatchSource(matcher, null, window), OPTIONS);
  scanner.layer.show(BENCH_HIGHLIGHT);
  await scanner.scanAll();
  retained.push(compiled, matcher, scanner);
  jsonByName.clear();
  return { matches: scanner.index.size };
}

export interface MarkResult {
  ms: number;
  matches: number;
  keywords: number;
  /** Why nothing was measured (the engine refused the RegExp). */
  refused?: string;
}

/**
 * (c) mark.js given every surface form Termlight matches, whole words, case-insensitive.
 * mark.js recurses once per keyword (each keyword's `done` starts the next), which overflows the
 * stack for thousands of keywords, so the keywords go in batches: sorted longest first over the
 * whole list, as mark.js itself sorts them, so longer forms are still wrapped before shorter ones.
 * mark.js runs synchronously here (no iframes option): every `done` fires before mark() returns.
 * `every` > 1 keeps every n-th keyword only (a sample, for a slow page).
 */
async function markjs(formsUrl: string, options: Record<string, unknown>, every = 1): Promise<MarkResult> {
  const Mark = (window as unknown as { Mark?: MarkConstructor }).Mark;
  if (!Mark) throw new Error('mark.js is not loaded');
  let keywords = (JSON.parse(await fetchText(formsUrl)) as string[]).sort((a, b) => b.length - a.length);
  if (every > 1) keywords = keywords.filter((_, i) => i % every === 0);
  await settle();
  const batch = 200;
  let matches = 0;
  const start = performance.now();
  const instance = new Mark(document.body);
  for (let i = 0; i < keywords.length; i += batch) {
    instance.mark(keywords.slice(i, i + batch), { ...options, done: (found: number) => (matches += found) });
  }
  return { ms: performance.now() - start, matches, keywords: keywords.length };
}

/**
 * (c′) mark.js at its most favourable: one alternation RegExp of every form (longest first,
 * whole words by the same boundary characters), so it walks the DOM once instead of once per
 * keyword. Not how mark.js is usually given a term list; printed for context.
 */
async function markjsRegExp(formsUrl: string, boundaries: string): Promise<MarkResult> {
  const Mark = (window as unknown as { Mark?: MarkConstructor }).Mark;
  if (!Mark) throw new Error('mark.js is not loaded');
  const keywords = (JSON.parse(await fetchText(formsUrl)) as string[]).sort((a, b) => b.length - a.length);
  await settle();
  const start = performance.now();
  const escaped = keywords.map((k) => k.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&').replace(/\s+/g, '\\s+'));
  let regexp: RegExp;
  try {
    regexp = new RegExp(`(^|[\\s${boundaries}])(${escaped.join('|')})(?=$|[\\s${boundaries}])`, 'gim');
    // V8 compiles a RegExp on its first use, and only then finds it too large: use it once here.
    regexp.test('');
  } catch (error) {
    // V8 has a size limit for one RegExp, and the bundled pack's forms outgrew it (about 100,000).
    return { ms: NaN, matches: 0, keywords: keywords.length, refused: (error instanceof Error ? error.message : String(error)).split(': ').at(-1)! };
  }
  let matches = 0;
  new Mark(document.body).markRegExp(regexp, { ignoreGroups: 1, done: (found: number) => (matches = found) });
  return { ms: performance.now() - start, matches, keywords: keywords.length };
}

export interface BreakdownResult {
  /** Termlight's own walk (walkTextRuns over the body), no matching. */
  walkMs: number;
  runs: number;
  /** The matcher alone (findInSegments) over every run's texts, collected beforehand. */
  matchMs: number;
  matches: number;
  /** StaticRange creation + Highlight.add for every match, into a registered Highlight. */
  rangesMs: number;
  /** The block page-scanner.ts scans first ("visible part first"), and how much of the page it holds. */
  visibleContainer: string;
  visibleShare: number;
}

/**
 * Where (b)'s time goes: each stage of PageScanner.scanAll on its own, synchronously, so the
 * parts can be set against (a). Not part of any target; printed to explain the figures.
 */
async function breakdown(name: string): Promise<BreakdownResult> {
  const { matcher } = matcherFor(name);
  await settle();
  let start = performance.now();
  const runs: Text[][] = [];
  for (const run of walkTextRuns(document.body, OPTIONS)) runs.push(run);
  const walkMs = performance.now() - start;
  const texts = runs.map((run) => run.map((node) => node.data));
  start = performance.now();
  const found = texts.map((segments) => matcher.findInSegments(segments));
  const matchMs = performance.now() - start;
  const highlight = new Highlight();
  CSS.highlights.set(BENCH_HIGHLIGHT, highlight);
  start = performance.now();
  let matches = 0;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    for (const match of found[r]!) {
      highlight.add(new StaticRange({
        startContainer: run[match.start.segment]!,
        startOffset: match.start.offset,
        endContainer: run[match.end.segment]!,
        endOffset: match.end.offset,
      }));
      matches++;
    }
  }
  const rangesMs = performance.now() - start;
  // The same climb as PageScanner's #visibleContainer, to show what it picks on this page.
  let element = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
  while (element?.parentElement && element.parentElement !== document.body && element.getBoundingClientRect().height < innerHeight) {
    element = element.parentElement;
  }
  const picked = element && element !== document.body && element !== document.documentElement ? element : null;
  const visibleShare = picked ? (picked.textContent ?? '').length / Math.max(1, (document.body.textContent ?? '').length) : 0;
  return {
    walkMs,
    runs: runs.length,
    matchMs,
    matches,
    rangesMs,
    visibleContainer: picked ? picked.tagName.toLowerCase() : '(none)',
    visibleShare,
  };
}

/** Ranges in Termlight's own highlights (the extension's, on the hover page). */
function termlightHighlightCount(): number {
  let count = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('termlight-') && name !== 'termlight-focus' && name !== BENCH_HIGHLIGHT) count += highlight.size;
  }
  return count;
}

/** Centres of highlighted terms that lie well inside the viewport, at most one per line. */
function hoverTargets(max: number): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  const lines = new Set<number>();
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('termlight-') || name === 'termlight-focus') continue;
    for (const staticRange of highlight) {
      const range = document.createRange();
      range.setStart(staticRange.startContainer, staticRange.startOffset);
      range.setEnd(staticRange.endContainer, staticRange.endOffset);
      const rects = range.getClientRects();
      const rect = rects[0];
      if (!rect || rects.length > 1 || rect.width < 6) continue;
      if (rect.top < 40 || rect.bottom > innerHeight - 40) continue;
      const line = Math.round(rect.top / 4);
      if (lines.has(line)) continue;
      lines.add(line);
      out.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      if (out.length >= max) return out;
    }
  }
  return out;
}

function tooltipCard(): HTMLElement | null {
  return document.querySelector('termlight-tooltip')?.shadowRoot?.querySelector<HTMLElement>('[data-termlight-card]') ?? null;
}

export interface HoverSample {
  /** The pointermove's own timestamp (when the browser created the event). */
  moveAt: number;
  /** The animation frame in which the card is first shown (seen by the poll, or revealed during its callbacks). */
  frameAt: number;
  /** A task posted from that frame's rAF: it runs after the frame's style, layout and paint. */
  paintedAt: number;
  entryId: string;
}

let pendingHover: Promise<HoverSample | null> | null = null;

/**
 * Arms one hover measurement: the next pointermove starts a rAF poll (main world) for Termlight's
 * card in its shadow root; the result resolves once a frame containing the card has rendered.
 *
 * The card may be revealed inside a frame's callbacks, after this poll's callback has looked (the
 * tracker reveals it in the frame nearest the dwell's end). A mutation observer on the card's
 * shadow root sees that reveal, and when it comes while a frame's callbacks run (between the poll's
 * callback and the end of that frame's task), the card is drawn in that same frame.
 */
function armHover(timeoutMs = 3_000): void {
  pendingHover = new Promise((resolve) => {
    const onMove = (event: PointerEvent) => {
      removeEventListener('pointermove', onMove, true);
      const armedAt = performance.now();
      const moveAt = Math.min(event.timeStamp, armedAt);
      let inFrame = false;
      let finished = false;
      let watched: ShadowRoot | null = null;
      const revealWatch = new MutationObserver(() => {
        if (inFrame && !finished && isShown(tooltipCard())) finish(performance.now());
      });
      const finish = (frameAt: number) => {
        finished = true;
        revealWatch.disconnect();
        const entryId = tooltipCard()?.dataset.entryId ?? '';
        void macrotask().then(() => resolve({ moveAt, frameAt, paintedAt: performance.now(), entryId }));
      };
      const poll = () => {
        if (finished) return;
        inFrame = true;
        void macrotask().then(() => (inFrame = false));
        const root = document.querySelector('termlight-tooltip')?.shadowRoot ?? null;
        if (root && root !== watched) {
          watched = root;
          revealWatch.observe(root, { subtree: true, attributes: true, attributeFilter: ['style'] });
        }
        if (isShown(tooltipCard())) finish(performance.now());
        else if (performance.now() - armedAt > timeoutMs) {
          revealWatch.disconnect();
          resolve(null);
        } else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    };
    addEventListener('pointermove', onMove, { capture: true, passive: true });
  });
}

const isShown = (card: HTMLElement | null) => card !== null && card.style.visibility === 'visible';

function hoverResult(): Promise<HoverSample | null> {
  return pendingHover ?? Promise.resolve(null);
}

function cardShown(): boolean {
  return tooltipCard() !== null;
}

/** One showing of the control element: its timer fired, the first frame that saw it, that frame done. */
interface ControlSample {
  firedAt: number;
  frameAt: number;
  paintedAt: number;
}

const CONTROL_TEXT = 'A plain explanation of a word, about as long as the text on a hover card: two or three short lines that say what it means.';

/**
 * The floor under the hover row: a card-sized element that the page itself shows from a timer, at
 * a moment that falls anywhere within a frame (as the dwell's end does), timed the way the hover
 * row times Termlight's card. Nothing renders faster on this page in this browser: the wait for
 * the next frame plus that frame's style, layout and paint.
 */
async function controlShow(samples: number): Promise<ControlSample[]> {
  const box = document.createElement('div');
  box.style.cssText =
    'position:fixed;left:0;top:0;width:320px;padding:12px;background:#fff;color:#111;border:1px solid #888;border-radius:8px;' +
    'box-shadow:0 4px 16px rgba(0,0,0,.2);font:14px/1.45 system-ui,sans-serif;visibility:hidden;z-index:2147483647';
  box.textContent = CONTROL_TEXT;
  document.body.append(box);
  const out: ControlSample[] = [];
  try {
    for (let i = 0; i < samples; i++) {
      await new Promise((resolve) => setTimeout(resolve, 80));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 17));
      const firedAt = performance.now();
      box.style.transform = `translate(${40 + ((i * 97) % 800)}px, ${60 + ((i * 61) % 500)}px)`;
      box.style.visibility = 'visible';
      await nextFrame();
      const frameAt = performance.now();
      await macrotask();
      out.push({ firedAt, frameAt, paintedAt: performance.now() });
      box.style.visibility = 'hidden';
    }
  } finally {
    box.remove();
  }
  return out;
}

const api = {
  loadGlossary,
  loadCommonWords,
  bareWalk,
  countNodes,
  scan,
  startup,
  retain,
  markjs,
  markjsRegExp,
  breakdown,
  settle,
  termlightHighlightCount,
  hoverTargets,
  armHover,
  hoverResult,
  cardShown,
  controlShow,
};
export type TermlightBench = typeof api;
(window as unknown as { termlightBench: TermlightBench }).termlightBench = api;
