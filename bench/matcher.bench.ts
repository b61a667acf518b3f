/**
 * `npm run bench:matcher`: the matcher against the alternatives, side by side, on the same text and
 * the same term forms, at 100, 1,000 and 10,000 entries; then compile and start-up times.
 * Prints a Markdown table. Never a test: timings depend on the machine.
 *
 * Each measurement runs in a fresh Node process. V8 stops optimizing new RegExps once a process
 * has generated a lot of RegExp code, so the baselines (thousands of RegExps) would otherwise slow
 * down whatever is measured after them. Our own methods run in OWN_PROCESSES processes each: on
 * the 2-core development machine one process in a few ran all its runs about 1.5 times slower
 * than the others (a plain loop over a string did too), so one process alone could not tell a
 * change in the matcher from the machine.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AhoCorasick from 'modern-ahocorasick';
import * as v from 'valibot';
import { compile, expandGlossary, type CompileInput } from '../glossary/compile';
import { createMatcher } from '../glossary/matcher';
import { EntrySchema, type GlossaryEntry } from '../glossary/schema';
import { generateCorpus, generateEntries } from './corpus';

const PACK_DIR = join(import.meta.dirname, '../glossary/packs/health');
const CORPUS_UNITS = 5_300_000;
const SIZES = [100, 1_000, 10_000] as const;
const RUNS = 7;
/** Fresh processes for each of our own methods; the table gives the median process and the range. */
const OWN_PROCESSES = 3;
/** Slow methods run on a prefix of the corpus sized to take about this long per run. */
const SLOW_RUN_BUDGET_MS = 1_500;
/** Start-up is measured once per fresh process, this many times. */
const STARTUPS = 5;
/** A measurement that takes longer than this is reported as unfinished. */
const WORKER_TIMEOUT_MS = 180_000;

/** The bundled pack as it is right now; entries that do not validate yet are skipped. */
function loadPack(): { entries: GlossaryEntry[]; skipped: number } {
  const entries: GlossaryEntry[] = [];
  let skipped = 0;
  for (const file of readdirSync(PACK_DIR).filter((f) => f.endsWith('.json') && f !== 'pack.json').sort()) {
    const raw: unknown = JSON.parse(readFileSync(join(PACK_DIR, file), 'utf8'));
    for (const item of Array.isArray(raw) ? raw : []) {
      const result = v.safeParse(EntrySchema, item);
      if (result.success) entries.push(result.output);
      else skipped++;
    }
  }
  return { entries, skipped };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median wall time of `runs` calls after one warm-up call, and the last result. */
function time<T>(fn: () => T, runs = RUNS): { ms: number; result: T } {
  let result = fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

/** Leftmost-longest without overlaps, as our matcher reports; the baselines find overlapping hits. */
function resolve(hits: [number, number][]): number {
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let count = 0;
  let end = -1;
  for (const [s, e] of hits) {
    if (s < end) continue;
    count++;
    end = e;
  }
  return count;
}

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/ /g, '\\s+');
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

interface Method {
  name: string;
  slow: boolean;
  prepare(): (text: string) => number;
}

/** methods() lists our own two first: whole text, then per paragraph. */
const OWN_METHODS = 2;

function methods(inputs: CompileInput[]): Method[] {
  const expanded = expandGlossary(inputs);
  // Every baseline gets the forms our compiler generates, so all search for the same words.
  const formsByEntry = new Map<number, string[]>();
  for (const form of expanded.forms) formsByEntry.set(form.entry, [...(formsByEntry.get(form.entry) ?? []), form.key]);
  const allForms = [...new Set(expanded.forms.map((f) => f.key))].sort((a, b) => b.length - a.length);
  return [
    {
      name: 'ours (whole text)',
      slow: false,
      prepare: () => {
        const matcher = createMatcher(compile(inputs));
        return (text) => matcher.findInText(text).length;
      },
    },
    {
      name: 'ours (per paragraph, as the content script calls it)',
      slow: false,
      prepare: () => {
        const matcher = createMatcher(compile(inputs));
        return (text) => text.split('\n\n').reduce((n, p) => n + matcher.findInText(p).length, 0);
      },
    },
    {
      name: 'one RegExp per term, in turn (mark.js style)',
      slow: true,
      prepare: () => {
        const regexes = [...formsByEntry.values()].map((forms) => new RegExp(`${BEFORE}(?:${[...new Set(forms)].sort((a, b) => b.length - a.length).map(escape).join('|')})${AFTER}`, 'giu'));
        return (text) => {
          const hits: [number, number][] = [];
          for (const re of regexes) for (const m of text.matchAll(re)) hits.push([m.index, m.index + m[0].length]);
          return resolve(hits);
        };
      },
    },
    {
      name: 'one alternation RegExp of all forms',
      slow: true,
      prepare: () => {
        const re = new RegExp(`${BEFORE}(?:${allForms.map(escape).join('|')})${AFTER}`, 'giu');
        re.test('warm up');
        return (text) => {
          let count = 0;
          for (const _ of text.matchAll(re)) count++;
          return count;
        };
      },
    },
    {
      name: 'modern-ahocorasick 3.3.0 (leftmost-longest, Unicode word boundaries)',
      slow: true,
      prepare: () => {
        const ac = new AhoCorasick(allForms, { boundary: 'unicode' });
        return (text) => ac.search(text.toLowerCase(), { strategy: 'leftmost-longest' }).length;
      },
    },
  ];
}

/** The corpus up to the first paragraph end at or after `units`. */
function prefix(corpus: string, units: number): string {
  const cut = corpus.indexOf('\n\n', units);
  return cut < 0 ? corpus : corpus.slice(0, cut);
}

/**
 * The longest prefix a slow method gets through in about the run budget, probing with growing
 * prefixes. Each probe runs twice and the second is timed: the first pays for compiling RegExps.
 */
function sampleFor(run: (text: string) => number, corpus: string): string {
  for (let units = 2_000; ; units *= 4) {
    const text = prefix(corpus, units);
    run(text);
    const start = performance.now();
    run(text);
    const ms = performance.now() - start;
    if (ms >= 100 || text.length >= corpus.length) return prefix(corpus, Math.max(text.length, Math.floor((text.length * SLOW_RUN_BUDGET_MS) / ms)));
  }
}

const mb = (units: number) => units / 1e6;
const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** Speeds below 1 MB/s keep three significant digits, so the slowest methods do not all read 0.0. */
const fmtSpeed = (n: number) => (n >= 1 ? fmt(n) : n.toPrecision(3));

interface Inputs {
  pack: { entries: GlossaryEntry[]; skipped: number };
  glossaries: Map<number, GlossaryEntry[]>;
  corpus(): string;
}

/** Everything is generated deterministically, so every process builds the same inputs. */
function inputs(): Inputs {
  const pack = loadPack();
  const taken = new Set(pack.entries.flatMap((e) => [e.term, ...e.aliases].map((t) => t.toLowerCase())));
  const generated = generateEntries(SIZES[SIZES.length - 1]!, taken);
  const glossaries = new Map<number, GlossaryEntry[]>(SIZES.map((size) => [size, [...pack.entries, ...generated].slice(0, size)]));
  const biggest = glossaries.get(SIZES[SIZES.length - 1]!)!;
  const surfaces = (from: number, to: number) => biggest.slice(from, to).flatMap((e) => [e.term, ...e.aliases]);
  // Most inserted terms come from the first 100 entries, so every glossary size finds plenty.
  const corpus = () => generateCorpus(CORPUS_UNITS, { tiers: [surfaces(0, 100), surfaces(100, 1_000), surfaces(1_000, 10_000)], weights: [60, 25, 15] });
  return { pack, glossaries, corpus };
}

type Task = { kind: 'scan'; size: number; method: number } | { kind: 'compile' | 'startup'; size: number | 'pack' };

interface ScanResult {
  units: number;
  ms: number;
  matches: number;
  ours: number;
}

interface CompileResult {
  entries: number;
  ms: number;
  forms: number;
  firstWords: number;
  jsonBytes: number;
}

function runTask(task: Task): ScanResult | CompileResult | { ms: number } | { error: string } {
  const { pack, glossaries } = inputs();
  if (task.kind !== 'scan') {
    const entries = task.size === 'pack' ? pack.entries : glossaries.get(task.size)!;
    const list: CompileInput[] = [{ packId: 'bench', entries }];
    if (task.kind === 'startup') {
      // As a content script pays it, with nothing warmed up: parse the stored tables, build, scan a paragraph.
      const json = JSON.stringify(compile(list));
      const start = performance.now();
      createMatcher(JSON.parse(json)).findInText('A first paragraph with nothing to find.');
      return { ms: performance.now() - start };
    }
    const { ms, result: compiled } = time(() => compile(list));
    return { entries: entries.length, ms, forms: compiled.owners.start.length - 1, firstWords: compiled.firstWords.hashes.length, jsonBytes: JSON.stringify(compiled).length };
  }
  const corpus = inputs().corpus();
  const list: CompileInput[] = [{ packId: 'bench', entries: glossaries.get(task.size)! }];
  const method = methods(list)[task.method]!;
  let run: (text: string) => number;
  try {
    run = method.prepare();
    run('warm up');
  } catch (error) {
    return { error: (error as Error).message.slice(0, 80) };
  }
  const text = method.slow ? sampleFor(run, corpus) : corpus;
  const { ms, result } = time(() => run(text), method.slow && text.length < corpus.length ? 2 : RUNS);
  // Our count on the same text, for comparison: built last, so its timing does not matter here.
  const ours = createMatcher(compile(list)).findInText(text).length;
  return { units: text.length, ms, matches: result, ours };
}

function inWorker<T>(task: Task): T | { error: string } {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'worker', JSON.stringify(task)], {
    encoding: 'utf8',
    timeout: WORKER_TIMEOUT_MS,
    maxBuffer: 1 << 20,
  });
  if (child.error || child.status !== 0) return { error: child.error?.message.includes('ETIMEDOUT') ? `did not finish in ${WORKER_TIMEOUT_MS / 1000} s` : `exit ${child.status}: ${child.stderr.slice(-200)}` };
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as T;
}

function main(): void {
  const { pack } = inputs();
  const corpus = inputs().corpus();
  console.log(`# Matcher benchmark\n`);
  console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Corpus: ${fmt(mb(corpus.length), 2)} M UTF-16 units of generated prose.`);
  console.log(`Bundled pack: ${pack.entries.length} valid entries (${pack.skipped} skipped); larger glossaries are filled up with generated entries.`);
  console.log(`MB/s = million UTF-16 units per second, median of ${RUNS} runs after a warm-up, each method in a fresh process; ours in ${OWN_PROCESSES} processes, the median one with the range in brackets. Slow methods run on a prefix of the corpus (column "text").\n`);
  console.log('| entries | method | text (M units) | MB/s | matches | ours on the same text |');
  console.log('|---:|---|---:|---:|---:|---:|');
  const names = methods([]).map((m) => m.name);
  const speed = new Map<string, number>();
  for (const size of SIZES) {
    names.forEach((name, method) => {
      const processes = method < OWN_METHODS ? OWN_PROCESSES : 1;
      const results = Array.from({ length: processes }, () => inWorker<ScanResult>({ kind: 'scan', size, method }));
      const failed = results.find((result) => 'error' in result);
      if (failed && 'error' in failed) {
        console.log(`| ${fmt(size, 0)} | ${name} | – | failed: ${failed.error} | – | – |`);
        return;
      }
      const speeds = (results as ScanResult[]).map((result) => ({ result, mbs: mb(result.units) / (result.ms / 1000) })).sort((a, b) => a.mbs - b.mbs);
      const { result, mbs } = speeds[Math.floor(speeds.length / 2)]!;
      speed.set(`${size}/${method}`, mbs);
      const range = speeds.length > 1 ? ` (${fmtSpeed(speeds[0]!.mbs)}–${fmtSpeed(speeds[speeds.length - 1]!.mbs)})` : '';
      console.log(`| ${fmt(size, 0)} | ${name} | ${fmt(mb(result.units), 3)} | ${fmtSpeed(mbs)}${range} | ${fmt(result.matches, 0)} | ${fmt(result.ours, 0)} |`);
    });
  }

  console.log(`\n| entries | compile (median of ${RUNS}) | forms | first words | compiled JSON | JSON.parse + createMatcher + first scan (median of ${STARTUPS} fresh processes) |`);
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const size of ['pack' as const, ...SIZES]) {
    const result = inWorker<CompileResult>({ kind: 'compile', size });
    if ('error' in result) {
      console.log(`| ${size} | failed: ${result.error} | | | | |`);
      continue;
    }
    const startups = Array.from({ length: STARTUPS }, () => inWorker<{ ms: number }>({ kind: 'startup', size }));
    const startup = startups.every((s) => 'ms' in s) ? `${fmt(median(startups.map((s) => ('ms' in s ? s.ms : 0))))} ms` : 'failed';
    const label = size === 'pack' ? `${result.entries} (bundled pack)` : fmt(size, 0);
    console.log(`| ${label} | ${fmt(result.ms)} ms | ${fmt(result.forms, 0)} | ${fmt(result.firstWords, 0)} | ${fmt(result.jsonBytes / 1024, 0)} KB | ${startup} |`);
  }

  const at = (size: number, method: number) => speed.get(`${size}/${method}`) ?? 0;
  const best = (size: number) => Math.max(...names.map((_, m) => (m < OWN_METHODS ? 0 : at(size, m))));
  console.log('\nTargets');
  console.log(`- ≥ 60 MB/s at 1,000 entries: ${fmt(at(1_000, 0))} MB/s whole text, ${fmt(at(1_000, 1))} per paragraph`);
  console.log(`- ≥ 25 MB/s at 10,000 entries: ${fmt(at(10_000, 0))} MB/s whole text, ${fmt(at(10_000, 1))} per paragraph`);
  console.log(`- ≥ 30× one RegExp per term at 1,000 entries: ${fmt(at(1_000, 0) / at(1_000, 2))}×`);
  console.log(`- ≥ the best alternative at 10,000 entries: ${fmt(at(10_000, 0))} vs ${fmtSpeed(best(10_000))} MB/s`);
}

if (process.argv[2] === 'worker') console.log(JSON.stringify(runTask(JSON.parse(process.argv[3]!) as Task)));
else main();
