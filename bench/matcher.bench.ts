/**
 * `npm run bench:matcher`: the matcher against the alternatives, side by side, on the same text and
 * the same term forms, at 100, 1,000 and 10,000 entries; then compile and start-up times.
 * Prints a Markdown table. Never a test: timings depend on the machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AhoCorasick from 'modern-ahocorasick';
import * as v from 'valibot';
import { compile, expandGlossary, type CompileInput } from '../glossary/compile';
import { createMatcher } from '../glossary/matcher';
import { EntrySchema, type GlossaryEntry } from '../glossary/schema';
import { generateCorpus, generateEntries } from './corpus';

const PACK_DIR = join(import.meta.dirname, '../glossary/packs/health');
const CORPUS_UNITS = 5_300_000;
const SIZES = [100, 1_000, 10_000] as const;
const RUNS = 5;
/** Slow methods run on a prefix of the corpus sized to take about this long per run. */
const SLOW_RUN_BUDGET_MS = 1_500;

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

/** The longest prefix (cut at a paragraph) a slow method gets through in about the run budget. */
function sampleFor(run: (text: string) => number, corpus: string): string {
  const probe = corpus.slice(0, corpus.indexOf('\n\n', 50_000));
  const { ms } = time(() => run(probe), 1);
  const units = Math.min(corpus.length, Math.max(probe.length, Math.floor((probe.length * SLOW_RUN_BUDGET_MS) / Math.max(ms, 0.01))));
  if (units >= corpus.length) return corpus;
  const cut = corpus.indexOf('\n\n', units);
  return cut < 0 ? corpus : corpus.slice(0, cut);
}

const mb = (units: number) => units / 1e6;
const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function main(): void {
  const pack = loadPack();
  const taken = new Set(pack.entries.flatMap((e) => [e.term, ...e.aliases].map((t) => t.toLowerCase())));
  const generated = generateEntries(SIZES[SIZES.length - 1]!, taken);
  const glossaries = new Map<number, GlossaryEntry[]>(SIZES.map((size) => [size, [...pack.entries, ...generated].slice(0, size)]));
  const biggest = glossaries.get(SIZES[SIZES.length - 1]!)!;
  const surfaces = (from: number, to: number) => biggest.slice(from, to).flatMap((e) => [e.term, ...e.aliases]);
  // Most inserted terms come from the first 100 entries, so every glossary size finds plenty.
  const corpus = generateCorpus(CORPUS_UNITS, { tiers: [surfaces(0, 100), surfaces(100, 1_000), surfaces(1_000, 10_000)], weights: [60, 25, 15] });

  console.log(`# Matcher benchmark\n`);
  console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Corpus: ${fmt(mb(corpus.length), 2)} M UTF-16 units of generated prose.`);
  console.log(`Bundled pack: ${pack.entries.length} valid entries (${pack.skipped} skipped); larger glossaries are filled up with generated entries.`);
  console.log(`MB/s = million UTF-16 units per second, median of ${RUNS} runs after a warm-up. Slow methods run on a prefix of the corpus (column "text").\n`);
  console.log('| entries | method | text (M units) | MB/s | matches | ours on the same text |');
  console.log('|---:|---|---:|---:|---:|---:|');

  const ours = createMatcherFor(glossaries);
  const summary = new Map<number, Map<string, number>>();
  for (const size of SIZES) {
    const inputs: CompileInput[] = [{ packId: 'bench', entries: glossaries.get(size)! }];
    const speeds = new Map<string, number>();
    summary.set(size, speeds);
    for (const method of methods(inputs)) {
      let run: (text: string) => number;
      try {
        run = method.prepare();
        run('warm up');
      } catch (error) {
        console.log(`| ${fmt(size, 0)} | ${method.name} | – | failed: ${(error as Error).message.slice(0, 60)} | – | – |`);
        continue;
      }
      const text = method.slow ? sampleFor(run, corpus) : corpus;
      const { ms, result } = time(() => run(text), method.slow && text.length < corpus.length ? 3 : RUNS);
      const speed = mb(text.length) / (ms / 1000);
      speeds.set(method.name, speed);
      const reference = ours.get(size)!(text);
      console.log(`| ${fmt(size, 0)} | ${method.name} | ${fmt(mb(text.length), 2)} | ${fmt(speed)} | ${fmt(result, 0)} | ${fmt(reference, 0)} |`);
    }
  }

  console.log('\n| entries | compile (median of 5) | forms | scan RegExp depth | compiled JSON | JSON.parse + createMatcher + first scan |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const size of [pack.entries.length, ...SIZES]) {
    const entries = size === pack.entries.length ? pack.entries : glossaries.get(size)!;
    const inputs: CompileInput[] = [{ packId: 'bench', entries }];
    const { ms, result: compiled } = time(() => compile(inputs));
    const json = JSON.stringify(compiled);
    // Start-up as a content script pays it: parse the stored tables, build, scan a first paragraph.
    const startup = median(
      [0, 1, 2, 3, 4].map((k) => {
        const fresh = json.replace('"format":1', `"format":1${' '.repeat(k + 1)}`);
        const start = performance.now();
        createMatcher(JSON.parse(fresh)).findInText(`A first paragraph with nothing to find ${k}.`);
        return performance.now() - start;
      }),
    );
    const label = size === pack.entries.length ? `${size} (bundled pack)` : fmt(size, 0);
    console.log(`| ${label} | ${fmt(ms)} ms | ${fmt(compiled.owners.start.length - 1, 0)} | ${compiled.prefilterDepth} | ${fmt(json.length / 1024, 0)} KB | ${fmt(startup)} ms |`);
  }

  console.log('\nTargets');
  const oursAt = (size: number) => summary.get(size)?.get('ours (whole text)') ?? 0;
  const best = (size: number) => Math.max(...[...(summary.get(size) ?? new Map<string, number>())].filter(([name]) => !name.startsWith('ours')).map(([, s]) => s));
  const perTerm = summary.get(1_000)?.get('one RegExp per term, in turn (mark.js style)') ?? 0;
  console.log(`- ≥ 60 MB/s at 1,000 entries: ${fmt(oursAt(1_000))} MB/s`);
  console.log(`- ≥ 25 MB/s at 10,000 entries: ${fmt(oursAt(10_000))} MB/s`);
  console.log(`- ≥ 30× one-RegExp-per-term at 1,000 entries: ${fmt(oursAt(1_000) / perTerm)}×`);
  console.log(`- ≥ the best alternative at 10,000 entries: ${fmt(oursAt(10_000))} vs ${fmt(best(10_000))} MB/s`);
}

/** Our matcher per glossary size, to count what it finds on the text each baseline measured. */
function createMatcherFor(glossaries: Map<number, GlossaryEntry[]>): Map<number, (text: string) => number> {
  return new Map(
    [...glossaries].map(([size, entries]) => {
      const matcher = createMatcher(compile([{ packId: 'bench', entries }]));
      return [size, (text: string) => matcher.findInText(text).length];
    }),
  );
}

main();
