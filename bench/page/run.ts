/**
 * `npm run bench:page`: Termlight's page benchmark in real headless Chromium (Debian's, with the
 * test harness's flags). Generates the pages and glossaries, bundles Termlight's PageScanner and
 * matcher for the page (Vite), serves everything from 127.0.0.1 and prints ONE table with the
 * the performance budgets beside the figures. It never asserts: it is a benchmark, not a test.
 *
 * Options: --runs=N (default 5) runs per Termlight/walk figure (medians; the 10,000 and 100 entry
 * rows take max(3, N - 2)); --markjs-every=N (default 100) gives mark.js every N-th form only and
 * scales its time up (see markjs rows), 1 = all forms (slow: minutes per run); --markjs-runs=N
 * (default 3); --hover=N hover samples (default 40); --watch-runs=N (default 3) runs of each
 * watching row (watching.ts), under a reader's default settings or, with --watch-every, with every
 * occurrence underlined; --only=watching runs the watching rows alone (about 4 minutes);
 * --only=startup the black-box start-up rows alone (--runs=N tabs per turn, four turns).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { createMatcher } from '../../glossary/matcher';
import { CHROMIUM_FLAGS } from '../../tests/browser/harness/chromium';
import { serveStatic } from '../../tests/browser/harness/fixture-server';
import { CHROME_BUILD, chromiumPath } from '../../tests/browser/harness/paths';
import { buildInPageBundle } from './build-bundle';
import { buildGlossaries } from './glossaries';
import { commonWordList } from '../../scripts/lib/common-words';
import { measureHover, type HoverMeasurement } from './hover';
import { median, percentile } from './stats';
import type { BreakdownResult, MarkResult, ScanResult, StartupResult, TermlightBench } from './in-page';
import { articlePage, manyNodesPage, noTermsPage, shortHealthPage, withoutBenchScript } from './pages';
import { measureExtensionScan, measureStartupBlackBox, STARTUP_TURNS, writeTrivialExtension, type BlackBoxRow, type ExtensionScanRow } from './startup-blackbox';
import { underlineMatcher } from '../../glossary/levels';
import { watchingPage, type WatchingKind } from './watching-page';
import { CHANGES, measureWatching, WATCHING_KINDS, type WatchingMeasurement } from './watching';

type BenchWindow = { termlightBench: TermlightBench };

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(import.meta.dirname, '.generated');
const started = performance.now();

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}
const RUNS = option('runs', 5);
const SIZE_RUNS = Math.max(3, RUNS - 2);
const MARK_EVERY = option('markjs-every', 100);
const MARK_RUNS = option('markjs-runs', 3);
const HOVERS = option('hover', 40);
const WATCH_RUNS = option('watch-runs', 3);
const ONLY_WATCHING = process.argv.includes('--only=watching');
const ONLY_STARTUP = process.argv.includes('--only=startup');
/** Everything but the rows asked for alone. */
const EVERYTHING = !ONLY_WATCHING && !ONLY_STARTUP;
/** Fresh tabs per set-up and page in each of the start-up rows' four turns (16 at least in all). */
const STARTUP_TABS = Math.max(4, RUNS);
const WATCH_EVERY = process.argv.includes('--watch-every');

/** Word boundaries for mark.js, the punctuation Termlight's matcher also treats as non-word. */
const BOUNDARIES = [',', '.', ';', ':', '!', '?', '(', ')', '"', "'", '’', '‘', '“', '”', '—', '–', '/'];

function log(message: string): void {
  process.stderr.write(`[bench:page ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}\n`);
}

/** "p50 / p95" of a list of latencies, or "n/a". */
const p50p95 = (xs: readonly number[]): string => (xs.length > 0 ? `${ms(percentile(xs, 50))} / ${ms(percentile(xs, 95))}` : 'n/a');

const ms = (x: number): string => (Number.isNaN(x) ? 'n/a' : x >= 100 ? `${x.toFixed(0)} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`);
const times = (x: number): string => (x >= 100 ? `${x.toFixed(0)}×` : x >= 10 ? `${x.toFixed(1)}×` : `${x.toFixed(2)}×`);
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

// ---------------------------------------------------------------------------------------------
// Preparation: extension build (hover only), glossaries, pages, in-page bundle.

function ensureExtensionBuild(): void {
  if (existsSync(resolve(CHROME_BUILD, 'manifest.json'))) return;
  log('no .output/chrome-mv3: running `npx wxt build`');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

interface Prepared {
  pages: { file: string; label: string; bytes: number }[];
  noTermsBytes: number;
  watchingBytes: number;
  entries: { bundled: number; big: number; small: number };
  forms: number;
}

async function prepare(): Promise<Prepared> {
  mkdirSync(OUT, { recursive: true });
  const glossaries = buildGlossaries(resolve(ROOT, 'glossary/packs/health'));
  const pool = { tiers: [glossaries.bundledWritten, glossaries.generatedWritten], weights: [3, 1] };
  const article = articlePage(pool);
  const nodes = manyNodesPage(pool);
  const noTerms = noTermsPage([createMatcher(glossaries.big), createMatcher(glossaries.bundled)]);
  writeFileSync(resolve(OUT, 'article.html'), article.html);
  writeFileSync(resolve(OUT, 'nodes.html'), nodes.html);
  writeFileSync(resolve(OUT, 'no-terms.html'), noTerms.html);
  // The black-box start-up rows load pages as a reader's tab would: without the benchmark's bundle.
  writeFileSync(resolve(OUT, 'reader-no-terms.html'), withoutBenchScript(noTerms).html);
  writeFileSync(resolve(OUT, 'reader-short-health.html'), shortHealthPage().html);
  writeFileSync(resolve(OUT, 'reader-article.html'), withoutBenchScript(article).html);
  writeFileSync(resolve(OUT, 'reader-nodes.html'), withoutBenchScript(nodes).html);
  // The changing parts hold only sentences in which the extension finds a technical term: at the
  // default density a common health word is underlined once per page, jargon once per section.
  const underlined = underlineMatcher(createMatcher(glossaries.bundled), glossaries.bundled, 'technical');
  const watching = watchingPage(pool, { tiers: [glossaries.bundledWritten], weights: [1] }, (text) => underlined.findInText(text).map((match) => match.entry));
  writeFileSync(resolve(OUT, 'watching.html'), watching.html);
  writeFileSync(resolve(OUT, 'glossary-bundled.json'), JSON.stringify(glossaries.bundled));
  writeFileSync(resolve(OUT, 'glossary-10k.json'), JSON.stringify(glossaries.big));
  writeFileSync(resolve(OUT, 'glossary-100.json'), JSON.stringify(glossaries.small));
  writeFileSync(resolve(OUT, 'forms-bundled.json'), JSON.stringify(glossaries.bundledForms));
  writeFileSync(resolve(OUT, 'common-words.txt'), commonWordList());
  await buildInPageBundle(OUT);
  return {
    pages: [
      { file: 'article.html', label: '1 MB article', bytes: article.bytes },
      { file: 'nodes.html', label: '100k-node page', bytes: nodes.bytes },
    ],
    noTermsBytes: noTerms.bytes,
    watchingBytes: watching.bytes,
    entries: { bundled: glossaries.bundled.entries.length, big: glossaries.big.entries.length, small: glossaries.small.entries.length },
    forms: glossaries.bundledForms.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Plain Chromium (no extension): (a), (b), (c), start-up, heap.

type GlossaryName = 'bundled' | '10k' | '100';

class PageDriver {
  constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
    readonly url: (path: string) => string,
  ) {}

  /** A fresh load of `file` (which loads the bench bundle itself), mark.js injected, glossaries fetched, then a GC. */
  async open(file: string, glossaries: GlossaryName[] = [], withMark = false): Promise<void> {
    await this.page.goto(this.url(`/${file}`), { waitUntil: 'load' });
    if (withMark) await this.page.addScriptTag({ url: this.url('/vendor/mark.min.js') });
    for (const name of glossaries) {
      await this.page.evaluate(([n, u]) => (window as unknown as BenchWindow).termlightBench.loadGlossary(n, u), [name, `/glossary-${name}.json`] as const);
    }
    await this.cdp.send('HeapProfiler.collectGarbage');
  }

  async heap(): Promise<{ used: number; embedder: number }> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    await this.cdp.send('HeapProfiler.collectGarbage');
    const usage = (await this.cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    return { used: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? NaN };
  }

  call<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as never, arg) as Promise<R>;
  }
}

interface PageFigures {
  info: { nodes: number; textNodes: number; chars: number };
  walk: number[];
  scans: Record<GlossaryName, ScanResult[]>;
  /** Bundled scans drawn as web pages this long are by default: a background, no underline. */
  tinted: ScanResult[];
  /** (b) with the word-parts pass, bundled glossary, run right after each bundled (b). */
  parts: ScanResult[];
  breakdown: BreakdownResult[];
  mark: MarkResult[];
  markRegExp: MarkResult[];
  heap: { used: number; embedder: number; matches: number } | null;
}

async function measurePage(driver: PageDriver, file: string, withHeap: boolean): Promise<PageFigures> {
  await driver.open(file);
  const info = await driver.call(() => (window as unknown as BenchWindow).termlightBench.countNodes(), undefined);
  const figures: PageFigures = { info: { ...info, chars: 0 }, walk: [], scans: { bundled: [], '10k': [], '100': [] }, tinted: [], parts: [], breakdown: [], mark: [], markRegExp: [], heap: null };
  // Interleaved, so a burst of load from elsewhere on the machine spreads over every row.
  for (let run = 0; run < RUNS; run++) {
    await driver.open(file);
    const walk = await driver.call(() => (window as unknown as BenchWindow).termlightBench.bareWalk(), undefined);
    figures.walk.push(walk.ms);
    figures.info.chars = walk.chars;
    const names: GlossaryName[] = run < SIZE_RUNS ? ['bundled', '10k', '100'] : ['bundled'];
    for (const name of names) {
      await driver.open(file, [name]);
      figures.scans[name].push(await driver.call((n) => (window as unknown as BenchWindow).termlightBench.scan(n), name));
    }
    await driver.open(file, ['bundled']);
    figures.tinted.push(await driver.call((n) => (window as unknown as BenchWindow).termlightBench.scan(n, true, false, true), 'bundled' as const));
    await driver.open(file, ['bundled']);
    await driver.call((u) => (window as unknown as BenchWindow).termlightBench.loadCommonWords(u), '/common-words.txt');
    figures.parts.push(await driver.call((n) => (window as unknown as BenchWindow).termlightBench.scan(n, true, true), 'bundled' as const));
    if (run < 3) {
      await driver.open(file, ['bundled']);
      figures.breakdown.push(await driver.call((n) => (window as unknown as BenchWindow).termlightBench.breakdown(n), 'bundled' as const));
    }
    log(`${file}: run ${run + 1}/${RUNS}: walk ${ms(walk.ms)}, scan ${ms(figures.scans.bundled.at(-1)!.ms)}`);
  }
  for (let run = 0; run < MARK_RUNS; run++) {
    await driver.open(file, [], true);
    const result = await driver.call(
      ([every, limiters]) => (window as unknown as BenchWindow).termlightBench.markjs(
        '/forms-bundled.json',
        { accuracy: { value: 'exactly', limiters }, separateWordSearch: false, diacritics: false, acrossElements: false },
        every,
      ),
      [MARK_EVERY, BOUNDARIES] as const,
    );
    figures.mark.push(result);
    log(`${file}: mark.js run ${run + 1}/${MARK_RUNS}: ${ms(result.ms)} for ${result.keywords} forms`);
  }
  for (let run = 0; run < 3; run++) {
    await driver.open(file, [], true);
    figures.markRegExp.push(await driver.call((b) => (window as unknown as BenchWindow).termlightBench.markjsRegExp('/forms-bundled.json', b), BOUNDARIES.join('')));
  }
  if (withHeap) {
    await driver.open(file);
    const before = await driver.heap();
    await driver.call(([n, u]) => (window as unknown as BenchWindow).termlightBench.loadGlossary(n, u), ['bundled', '/glossary-bundled.json'] as const);
    const { matches } = await driver.call((n) => (window as unknown as BenchWindow).termlightBench.retain(n), 'bundled' as const);
    const after = await driver.heap();
    figures.heap = { used: after.used - before.used, embedder: after.embedder - before.embedder, matches };
  }
  return figures;
}

async function measureStartup(driver: PageDriver): Promise<{ bundled: StartupResult[]; big: StartupResult[]; nodes: number }> {
  const out = { bundled: [] as StartupResult[], big: [] as StartupResult[], nodes: 0 };
  for (let run = 0; run < RUNS; run++) {
    await driver.open('no-terms.html', ['bundled']);
    if (run === 0) out.nodes = (await driver.call(() => (window as unknown as BenchWindow).termlightBench.countNodes(), undefined)).nodes;
    out.bundled.push(await driver.call((n) => (window as unknown as BenchWindow).termlightBench.startup(n), 'bundled' as const));
    if (run < SIZE_RUNS) {
      await driver.open('no-terms.html', ['10k']);
      out.big.push(await driver.call((n) => (window as unknown as BenchWindow).termlightBench.startup(n), '10k' as const));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The table.

type Status = 'PASS' | 'MISS' | '';
interface Row {
  measure: string;
  cells: [string, string];
  target: string;
  status: Status;
}

function verdict(checks: { ok: boolean; where: string }[]): Status {
  if (checks.length === 0) return '';
  return checks.every((c) => c.ok) ? 'PASS' : 'MISS';
}

function statusText(checks: { ok: boolean; where: string }[]): string {
  const status = verdict(checks);
  const missed = checks.filter((c) => !c.ok).map((c) => c.where);
  return status === 'MISS' && missed.length < checks.length ? `MISS (${missed.join(', ')})` : status;
}

function render(rows: Row[], header: [string, string, string, string, string]): string {
  const all = [header, ...rows.map((r) => [r.measure, r.cells[0], r.cells[1], r.target, r.status] as const)];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...all.slice(1).map(line)].join('\n');
}

function worstLongTask(scans: ScanResult[]): number {
  return Math.max(0, ...scans.flatMap((s) => s.longTasks));
}

const WATCHING_LABEL: Record<WatchingKind, string> = {
  reveal: 'toggles `hidden` on sections (an accordion, 5 open)',
  components: 'adds a web component, its shadow content rendered',
  attach: 'attaches a shadow root to an element already there',
};

/** The watching rows: what Termlight adds to the main thread while the page changes (watching.ts). */
function watchingRows(prepared: Prepared, watching: WatchingMeasurement | null, error: string | null): Row[] {
  const budget = '< 5 % of one core, no task ≥ 50 ms';
  const head = `watching a ${mb(prepared.watchingBytes)} page making ${CHANGES} changes 20 ms apart, then still (Termlight = with − without it, ${WATCH_EVERY ? 'every occurrence' : 'default settings'}, median of ${WATCH_RUNS})`;
  if (!watching) return [{ measure: head, cells: [`not measured: ${error ?? 'no samples'}`, ''], target: budget, status: 'MISS' }];
  const rows: Row[] = [{
    measure: head,
    cells: ['Termlight per change: script / all main-thread work; as a share of one core; longest task with (without); underlined', ''],
    target: '',
    status: '',
  }];
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  for (const kind of WATCHING_KINDS) {
    const { with: on, without: off } = watching[kind];
    const paired = on.map((sample, i) => ({ sample, other: off[i]! })).filter(({ other }) => other);
    const added = (read: (x: (typeof on)[number]) => number) => median(paired.map(({ sample, other }) => read(sample) - read(other)));
    const script = added((x) => x.scriptMs);
    const task = added((x) => x.taskMs);
    const windowMs = median(on.map((sample) => sample.windowMs));
    const longest = (samples: typeof on) => Math.max(0, ...samples.flatMap((sample) => sample.longTasks));
    const longText = (x: number) => (x > 0 ? ms(x) : 'none');
    const last = on.at(-1)!;
    rows.push({
      measure: `  the page ${WATCHING_LABEL[kind]} (${(windowMs / 1000).toFixed(1)} s window)`,
      cells: [
        `+${ms(script / CHANGES)} / +${ms(task / CHANGES)}; ${pct(script / windowMs)} / ${pct(task / windowMs)}; ` +
          `${longText(longest(on))} (${longText(longest(off))}); ${last.highlighted ?? '?'} of ${last.done.targets}`,
        '',
      ],
      target: budget,
      status: script / windowMs < 0.05 && longest(on) < 50 ? 'PASS' : 'MISS',
    });
  }
  return rows;
}

/** Start-up as the page sees it: the real extension's main-thread script time, minus the page's own. */
function blackBoxRows(startup: BlackBoxRow[] | null, error: string | null): Row[] {
  if (!startup) return [{ measure: 'content-script start-up, black-box', cells: [`not measured: ${error ?? 'no samples'}`, ''], target: '≤ 5 / ≤ 8 ms', status: 'MISS' }];
  const budgets: Record<string, number> = { 'no terms': 5, 'short health': 8 };
  return startup.map((row) => {
    const budget = budgets[row.page] ?? 5;
    return {
      measure: `content-script start-up, black-box: ScriptDuration added to a ${row.page} page (median of ${STARTUP_TURNS * STARTUP_TABS} tabs, ${STARTUP_TURNS} turns)`,
      cells: [
        `Termlight ${ms(row.termlightMs)}`,
        `trivial extension (reads storage) ${ms(row.trivialMs)}; the same reading chrome.runtime too ${ms(row.trivialRuntimeMs)}`,
      ],
      target: `≤ ${budget} ms`,
      status: row.termlightMs <= budget ? 'PASS' : 'MISS',
    };
  });
}

/** The real extension on the two big pages: its matching happens in the background, so the page only walks and highlights. */
function extensionScanRows(scan: ExtensionScanRow[] | null, error: string | null): Row[] {
  if (!scan || scan.length < 2) return [{ measure: 'real extension scan', cells: [`not measured: ${error ?? 'no samples'}`, ''], target: '< 50 ms', status: 'MISS' }];
  const cell = (row: ExtensionScanRow) => `highlights settled ${ms(row.settledMs)} after navigation; own script per frame ${ms(row.longestScriptMs)} (worst run ${ms(row.worstScriptMs)})`;
  const worst = Math.max(...scan.map((row) => row.worstScriptMs));
  return [{
    measure: `real extension (content script + background matching), default settings: longest uninterrupted stretch of its script (CPU profile of the tab, median of ${RUNS})`,
    cells: [cell(scan[0]!), cell(scan[1]!)],
    target: '< 50 ms',
    status: worst < 50 ? 'PASS' : 'MISS',
  }];
}

function table(prepared: Prepared, { pages, startup, controlToPaint }: PlainFigures, hover: HoverMeasurement | null, hoverError: string | null, underlined: HoverMeasurement | null, extra: Row[]): string {
  const rows: Row[] = [];
  const both = <T>(f: (p: PageFigures, i: number) => T): [T, T] => [f(pages[0]!, 0), f(pages[1]!, 1)];
  const where = (i: number) => (i === 0 ? 'article' : '100k page');
  const { bundled: nb, big: nbig, small: nsmall } = prepared.entries;
  const scanMs = (p: PageFigures, g: GlossaryName) => median(p.scans[g].map((s) => s.ms));
  const busyMs = (p: PageFigures, g: GlossaryName) => median(p.scans[g].map((s) => s.busyMs));
  const matches = (p: PageFigures, g: GlossaryName) => p.scans[g].at(-1)?.matches ?? 0;
  const walkMs = (p: PageFigures) => median(p.walk);

  rows.push({
    measure: 'page: HTML size / DOM nodes / text nodes',
    cells: both((p, i) => `${mb(prepared.pages[i]!.bytes)} / ${p.info.nodes.toLocaleString('en')} / ${p.info.textNodes.toLocaleString('en')}`),
    target: '',
    status: '',
  });
  rows.push({ measure: `(a) bare TreeWalker, reads every text node (median of ${RUNS})`, cells: both((p) => ms(walkMs(p))), target: 'the floor', status: '' });
  for (const [g, n, runs] of [['bundled', nb, RUNS], ['10k', nbig, SIZE_RUNS], ['100', nsmall, SIZE_RUNS]] as const) {
    rows.push({
      measure: `(b) Termlight scan + highlight, matching on the page's thread (the PDF reader's way), ${n.toLocaleString('en')} entries (median of ${runs})`,
      cells: both((p) => `${ms(scanMs(p, g))} (busy ${ms(busyMs(p, g))}, ${matches(p, g).toLocaleString('en')} hits)`),
      target: '',
      status: '',
    });
  }
  const ratioBA = both((p) => scanMs(p, 'bundled') / walkMs(p));
  rows.push({
    measure: `(b)/(a), bundled glossary`,
    cells: [times(ratioBA[0]), times(ratioBA[1])],
    target: '≤ 2×',
    status: statusText(ratioBA.map((r, i) => ({ ok: r <= 2, where: where(i) }))) as Status,
  });
  const parts = both((p) => ({
    walk: median(p.breakdown.map((b) => b.walkMs)),
    match: median(p.breakdown.map((b) => b.matchMs)),
    ranges: median(p.breakdown.map((b) => b.rangesMs)),
    visible: p.breakdown[0]?.visibleContainer ?? '?',
    share: p.breakdown[0]?.visibleShare ?? 0,
  }));
  rows.push({
    measure: '  where (b) goes: walkTextRuns / matcher / ranges (sync)',
    cells: [0, 1].map((i) => `${ms(parts[i]!.walk)} / ${ms(parts[i]!.match)} / ${ms(parts[i]!.ranges)}`) as [string, string],
    target: 'info',
    status: '',
  });
  rows.push({
    measure: '  "visible part first" container (share of text)',
    cells: [0, 1].map((i) => `<${parts[i]!.visible}> (${(parts[i]!.share * 100).toFixed(1)}%)`) as [string, string],
    target: 'info',
    status: '',
  });

  // The word-parts pass (docs/word-parts.md): the same scan with it on, paired run by run.
  const partsAdded = both((p) => ({
    wall: median(p.parts.map((s, i) => s.ms - (p.scans.bundled[i]?.ms ?? NaN))),
    busy: median(p.parts.map((s, i) => s.busyMs - (p.scans.bundled[i]?.busyMs ?? NaN))),
    share: median(p.parts.map((s, i) => s.ms / (p.scans.bundled[i]?.ms ?? NaN) - 1)),
    guesses: p.parts.at(-1)?.guesses ?? 0,
    longest: Math.max(0, ...p.parts.map((s) => s.maxSliceMs)),
    longTask: worstLongTask(p.parts),
  }));
  rows.push({
    measure: `word-parts pass: added to (b), bundled, wall (busy) (median of ${RUNS} paired runs)`,
    cells: partsAdded.map((x) => `+${ms(x.wall)} (+${ms(x.busy)}) = +${(x.share * 100).toFixed(0)}%, ${x.guesses.toLocaleString('en')} guesses`) as [string, string],
    target: 'info',
    status: '',
  });
  rows.push({
    measure: '  longest slice / longest task with the word-parts pass',
    cells: partsAdded.map((x) => `${ms(x.longest)} / ${x.longTask > 0 ? ms(x.longTask) : 'none ≥ 50 ms'}`) as [string, string],
    target: '< 50 ms',
    status: statusText(partsAdded.map((x, i) => ({ ok: x.longest < 50 && x.longTask < 50, where: where(i) }))) as Status,
  });

  const sampleForms = pages[0]!.mark[0]?.keywords ?? 0;
  const scale = sampleForms > 0 ? prepared.forms / sampleForms : NaN;
  const markSample = both((p) => median(p.mark.map((m) => m.ms)));
  const markFull = markSample.map((x) => x * scale) as [number, number];
  const fmtMark = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(0)} s` : ms(x));
  rows.push({
    measure:
      MARK_EVERY > 1
        ? `(c) mark.js mark(forms), ${prepared.forms.toLocaleString('en')} forms: est. from 1/${MARK_EVERY} sample (median of ${MARK_RUNS})`
        : `(c) mark.js mark(forms), all ${prepared.forms.toLocaleString('en')} forms (median of ${MARK_RUNS})`,
    cells: [0, 1].map((i) => (MARK_EVERY > 1 ? `≈ ${fmtMark(markFull[i]!)} (${sampleForms} forms: ${ms(markSample[i]!)})` : fmtMark(markFull[i]!))) as [string, string],
    target: '',
    status: '',
  });
  const ratioCB = both((p, i) => markFull[i]! / scanMs(p, 'bundled'));
  const ratioSample = both((p, i) => markSample[i]! / scanMs(p, 'bundled'));
  rows.push({
    measure: MARK_EVERY > 1 ? '(c)/(b), bundled (in brackets: the sample alone vs all of (b))' : '(c)/(b), bundled',
    cells: [0, 1].map((i) => (MARK_EVERY > 1 ? `≈ ${times(ratioCB[i]!)} (≥ ${times(ratioSample[i]!)})` : times(ratioCB[i]!))) as [string, string],
    target: '≥ 20×',
    status: statusText([0, 1].map((i) => ({ ok: ratioCB[i]! >= 20, where: where(i) }))) as Status,
  });
  const markRx = both((p) => median(p.markRegExp.map((m) => m.ms)));
  rows.push({
    measure: "(c') mark.js markRegExp, ONE alternation of all forms (median of 3)",
    cells: both((p, i) => {
      const refused = p.markRegExp.find((m) => m.refused !== undefined);
      if (refused) return `not measurable: Chromium refuses one RegExp of ${refused.keywords.toLocaleString('en')} forms (${refused.refused})`;
      return `${ms(markRx[i]!)} = ${times(markRx[i]! / scanMs(p, 'bundled'))} (b) (${(p.markRegExp.at(-1)?.matches ?? 0).toLocaleString('en')} hits)`;
    }),
    target: 'info',
    status: '',
  });

  const longTasks = both((p) => Math.max(worstLongTask(p.scans.bundled), worstLongTask(p.scans['10k'])));
  rows.push({
    measure: "longest task during (b), 'longtask' observer (worst run, bundled + 10k)",
    cells: longTasks.map((x) => (x > 0 ? ms(x) : 'none ≥ 50 ms')) as [string, string],
    target: '< 50 ms',
    status: statusText(longTasks.map((x, i) => ({ ok: x < 50, where: where(i) }))) as Status,
  });
  const tintedTasks = both((p) => worstLongTask(p.tinted));
  rows.push({
    measure: `  the same scan drawn as web pages this long are by default (a soft background, no underline), bundled (worst of ${RUNS})`,
    cells: tintedTasks.map((x) => (x > 0 ? ms(x) : 'none ≥ 50 ms')) as [string, string],
    target: '< 50 ms',
    status: statusText(tintedTasks.map((x, i) => ({ ok: x < 50, where: where(i) }))) as Status,
  });
  const maxSlice = both((p) => Math.max(...p.scans.bundled.map((s) => s.maxSliceMs), ...p.scans['10k'].map((s) => s.maxSliceMs)));
  const medianSlice = both((p) => median(p.scans.bundled.flatMap((s) => s.sliceMs)));
  rows.push({
    measure: '  own slice timing: longest slice (median slice), scanner yields',
    cells: [0, 1].map((i) => `${ms(maxSlice[i]!)} (${ms(medianSlice[i]!)})`) as [string, string],
    target: '< 50 ms',
    status: statusText(maxSlice.map((x, i) => ({ ok: x < 50, where: where(i) }))) as Status,
  });

  const st = (list: StartupResult[]) => ({
    total: median(list.map((s) => s.totalMs)),
    parse: median(list.map((s) => s.parseMs)),
    create: median(list.map((s) => s.createMatcherMs)),
    scan: median(list.map((s) => s.scanMs)),
    again: median(list.map((s) => s.secondScanMs)),
    hits: list.at(-1)?.matches ?? 0,
  });
  const sb = st(startup.bundled);
  const sbig = st(startup.big);
  rows.push({
    measure: `matching on the page's own thread (the PDF reader's way; web pages ask the background), no-terms page (${(prepared.noTermsBytes / 1000).toFixed(1)} kB, ${startup.nodes} nodes), bundled (median of ${RUNS})`,
    cells: [`${ms(sb.total)} = parse ${ms(sb.parse)} + createMatcher ${ms(sb.create)} + scan ${ms(sb.scan)}${sb.hits ? ` (${sb.hits} hits!)` : ''}`, `a 2nd scan right after: ${ms(sb.again)}`],
    target: 'info',
    status: '',
  });
  rows.push({
    measure: `  same with ${nbig.toLocaleString('en')} entries (median of ${SIZE_RUNS})`,
    cells: [`${ms(sbig.total)} = parse ${ms(sbig.parse)} + createMatcher ${ms(sbig.create)} + scan ${ms(sbig.scan)}`, `a 2nd scan right after: ${ms(sbig.again)}`],
    target: 'info',
    status: '',
  });

  const perMB = both((p, i) => ({ big: scanMs(p, '10k') / (prepared.pages[i]!.bytes / 1e6), small: scanMs(p, '100') / (prepared.pages[i]!.bytes / 1e6) }));
  rows.push({
    measure: `per-MB scan: ${nbig.toLocaleString('en')} entries / ${nsmall} entries = ratio`,
    cells: perMB.map((x) => `${ms(x.big)}/MB / ${ms(x.small)}/MB = ${times(x.big / x.small)}`) as [string, string],
    target: '≤ 3×',
    status: statusText(perMB.map((x, i) => ({ ok: x.big / x.small <= 3, where: where(i) }))) as Status,
  });

  const heap = both((p) => p.heap);
  rows.push({
    measure: 'JS heap added by (b), bundled, after GC (Blink heap in brackets)',
    cells: heap.map((h) => (h ? `${mb(h.used)} (+${mb(h.embedder)})` : 'n/a')) as [string, string],
    target: '< 10 MB (1 MB page)',
    status: heap[0] ? (heap[0].used < 10e6 ? 'PASS' : 'MISS') : '',
  });

  if (hover && hover.dwellToPaint.length > 0) {
    const p50 = percentile(hover.dwellToPaint, 50);
    const p95 = percentile(hover.dwellToPaint, 95);
    rows.push({
      measure: `hover: dwell's end (pointermove + 150 ms) → card painted, p50 / p95 (${hover.dwellToPaint.length} hovers, real extension, default settings)`,
      cells: [`${ms(p50)} / ${ms(p95)} (first hover ${ms(hover.dwellToPaint[0]!)})`, ''],
      target: 'p95 < 16 ms',
      status: p95 < 16 ? 'PASS' : 'MISS',
    });
    rows.push({
      measure: "  dwell's end → the frame the card is shown in, p50 / p95",
      cells: [p50p95(hover.dwellToFrame), ''],
      target: 'info',
      status: '',
    });
    rows.push({
      measure: '  pointermove → card painted (incl. the 150 ms dwell), p50 / p95',
      cells: [`${p50p95(hover.moveToPaint)}${hover.missed ? ` (${hover.missed} hovers lost)` : ''}`, ''],
      target: 'info',
      status: '',
    });
    rows.push({
      measure: "  floor: the page's own timer shows a card-sized element → painted, p50 / p95, without Termlight / with its highlights in place",
      cells: [`${p50p95(controlToPaint)} / ${p50p95(hover.controlToPaint)}`, ''],
      target: 'info',
      status: '',
    });
    if (underlined && underlined.dwellToPaint.length > 0) {
      rows.push({
        measure: "  the same with the dotted underline chosen (this page is long: the default draws a background): dwell's end → card painted; the floor with its highlights; p50 / p95",
        cells: [`${p50p95(underlined.dwellToPaint)}; ${p50p95(underlined.controlToPaint)}`, ''],
        target: 'info',
        status: '',
      });
    }
  } else {
    rows.push({ measure: "hover: dwell's end → card painted, p50 / p95", cells: [`not measured: ${hoverError ?? 'no samples'}`, ''], target: 'p95 < 16 ms', status: 'MISS' });
  }
  rows.push(...extra);

  return render(rows, ['measure', prepared.pages[0]!.label, prepared.pages[1]!.label, 'budget', 'result']);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  ensureExtensionBuild();
  log('generating glossaries, pages and the in-page bundle');
  const prepared = await prepare();
  log(`glossaries: ${prepared.entries.bundled} / ${prepared.entries.big} / ${prepared.entries.small} entries; mark.js forms: ${prepared.forms}`);
  const server = await serveStatic({ '/vendor/': resolve(ROOT, 'node_modules/mark.js/dist'), '/': OUT });
  const measured = EVERYTHING ? await measureWithoutExtension(prepared, server.url) : null;
  let hover: HoverMeasurement | null = null;
  let underlined: HoverMeasurement | null = null;
  let hoverError: string | null = null;
  if (EVERYTHING) {
    log('hover, with the built extension');
    try {
      hover = await measureHover(server.url('/article.html'), HOVERS);
      log('hover, with the dotted underline chosen');
      underlined = await measureHover(server.url('/article.html'), HOVERS, { style: 'underline' });
    } catch (error) {
      hoverError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      log(`hover failed: ${hoverError}`);
    }
  }
  let blackBox: BlackBoxRow[] | null = null;
  let blackBoxError: string | null = null;
  let extensionScan: ExtensionScanRow[] | null = null;
  let extensionScanError: string | null = null;
  if (!ONLY_WATCHING) {
    log('start-up, black-box: no extension, two trivial ones, Termlight');
    try {
      const pages = [
        { name: 'no terms', url: server.url('/reader-no-terms.html') },
        { name: 'short health', url: server.url('/reader-short-health.html') },
      ];
      const setups = {
        termlight: CHROME_BUILD,
        trivial: writeTrivialExtension(resolve(OUT, 'trivial-extension')),
        trivialRuntime: writeTrivialExtension(resolve(OUT, 'trivial-extension-runtime'), true),
      };
      blackBox = await measureStartupBlackBox(pages, setups, STARTUP_TABS, log);
    } catch (error) {
      blackBoxError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      log(`black-box start-up failed: ${blackBoxError}`);
    }
  }
  if (EVERYTHING) {
    log('the real extension on the 1 MB article and the 100k-node page');
    try {
      extensionScan = await measureExtensionScan(
        [{ name: 'article', url: server.url('/reader-article.html') }, { name: '100k page', url: server.url('/reader-nodes.html') }],
        CHROME_BUILD,
        SIZE_RUNS,
        log,
      );
    } catch (error) {
      extensionScanError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      log(`real extension scan failed: ${extensionScanError}`);
    }
  }
  let watching: WatchingMeasurement | null = null;
  let watchingError: string | null = null;
  if (!ONLY_STARTUP) {
    log('watching a changing page, with the built extension and without');
    try {
      watching = await measureWatching(server.url('/watching.html'), WATCH_RUNS, log, WATCH_EVERY);
    } catch (error) {
      watchingError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      log(`watching failed: ${watchingError}`);
    }
  }
  await server.close();

  const chromiumVersion = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const built = statSync(resolve(CHROME_BUILD, 'manifest.json')).mtime.toISOString().replace(/\.\d+Z$/, 'Z');
  const extra = [
    ...(ONLY_WATCHING ? [] : blackBoxRows(blackBox, blackBoxError)),
    ...(EVERYTHING ? extensionScanRows(extensionScan, extensionScanError) : []),
    ...(ONLY_STARTUP ? [] : watchingRows(prepared, watching, watchingError)),
  ];
  const header: [string, string, string, string, string] = ['measure', prepared.pages[0]!.label, prepared.pages[1]!.label, 'budget', 'result'];
  const output = [
    `Termlight page benchmark: ${chromiumVersion}, headless; ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(2)}; ` +
      `${((performance.now() - started) / 1000).toFixed(0)} s; hover and watching used the extension build of ${built}`,
    '',
    measured ? table(prepared, measured, hover, hoverError, underlined, extra) : render(extra, header),
    '',
  ].join('\n');
  process.stdout.write(output);
  writeFileSync(resolve(OUT, ONLY_WATCHING ? 'last-watching-table.txt' : ONLY_STARTUP ? 'last-startup-table.txt' : 'last-table.txt'), output);
}

interface PlainFigures {
  pages: PageFigures[];
  startup: Awaited<ReturnType<typeof measureStartup>>;
  /** The article without Termlight: the page's own timer shows a card-sized element → painted, ms. */
  controlToPaint: number[];
}

/** Every row measured in plain Chromium: the scans, mark.js, start-up, heap and the hover floor. */
async function measureWithoutExtension(prepared: Prepared, url: (path: string) => string): Promise<PlainFigures> {
  const pages: PageFigures[] = [];
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const driver = new PageDriver(page, cdp, url);
    for (const { file } of prepared.pages) pages.push(await measurePage(driver, file, true));
    log('start-up');
    const startup = await measureStartup(driver);
    log('the floor under the hover row: the page shows an element from a timer');
    await driver.open(prepared.pages[0]!.file);
    const control = await driver.call((n) => (window as unknown as BenchWindow).termlightBench.controlShow(n), HOVERS);
    return { pages, startup, controlToPaint: control.map((sample) => sample.paintedAt - sample.firedAt) };
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
