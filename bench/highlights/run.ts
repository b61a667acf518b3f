/**
 * `npm run bench:highlights -- --health DIR --ordinary DIR [--before PACK_DIR]`: how much of a page
 * Termlight underlines, on real health pages and on ordinary pages, before and after v2's
 * familiarity levels, topic-aware context and density. Prints a Markdown table; asserts nothing.
 *
 * HTML pages are split into sections at their headings; plain-text pages are one section.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { compile } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { checkPack } from '../../glossary/pack-checks';
import { readPackDir } from '../../glossary/packs/read-pack-dir';
import type { GlossaryEntry } from '../../glossary/schema';
import { bundledCompileOptions } from '../../scripts/lib/compile-options';
import { htmlToText } from '../../scripts/lib/read-documents';
import { LengthTable } from './length-table';
import { simulatePage, type SimulatedSettings } from './simulate';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const healthDir = flag('health');
const ordinaryDir = flag('ordinary');
if (!healthDir || !ordinaryDir) {
  console.error('Usage: npm run bench:highlights -- --health DIR --ordinary DIR [--before PACK_DIR]');
  process.exit(2);
}

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return ['.txt', '.html', '.htm'].includes(extname(name)) ? [path] : [];
  });
}

function sections(path: string): string[] {
  const raw = readFileSync(path, 'utf8');
  if (extname(path) === '.txt') return [raw];
  return raw.split(/(?=<h[1-6][\s>])/i).map(htmlToText);
}

/** The pack's valid entries (a pack being written may hold a few invalid ones). */
function entriesOf(dir: string): GlossaryEntry[] {
  const { manifest, files: packFiles } = readPackDir(dir);
  return checkPack(manifest, packFiles).entries.map(({ entry }) => entry);
}

const current = entriesOf(resolve(import.meta.dirname, '../../glossary/packs/health'));
const before = flag('before');
// v1 had no levels, so no topic rule either: its entries run as "everyday" (never topic evidence,
// all underlined at the widest setting) and are reported under the level their v2 versions have.
const levelById = new Map(current.map((entry) => [entry.id, entry.level]));
const v1 = before ? entriesOf(before).map((entry) => ({ ...entry, level: 'everyday' as const })) : null;
const reportV1Level = (id: string) => levelById.get(id) ?? 'technical';

const pages = { health: files(healthDir).map(sections), ordinary: files(ordinaryDir).map(sections) };
const V1_SETTINGS: SimulatedSettings = { underline: 'everyday', density: 'every' };
const DEFAULTS: SimulatedSettings = { underline: 'general', density: 'section' };

interface Row {
  label: string;
  entries: GlossaryEntry[];
  settings: SimulatedSettings;
  filtered: boolean;
}
const rows: Row[] = [
  ...(v1 ? [{ label: `v1 pack (${v1.length} entries), every word, every occurrence`, entries: v1, settings: V1_SETTINGS, filtered: false }] : []),
  { label: `v2 pack (${current.length}), every word, every occurrence`, entries: current, settings: V1_SETTINGS, filtered: true },
  { label: 'v2 defaults: also common health words, first per section (common words: per page)', entries: current, settings: DEFAULTS, filtered: true },
  { label: 'v2: unfamiliar words only, first per section', entries: current, settings: { underline: 'technical', density: 'section' }, filtered: true },
];

const bundledOptions = bundledCompileOptions();
const byLength = new LengthTable();
const table: string[][] = [];
let technicalAtWidest: Map<number, Set<string>> | null = null;
for (const row of rows) {
  const compiled = compile([{ packId: 'health-basics', entries: row.entries }], row.filtered ? bundledOptions : {});
  const matcher = createMatcher(compiled);
  const cells = [row.label];
  for (const kind of ['health', 'ordinary'] as const) {
    let words = 0;
    let highlights = 0;
    let everyday = 0;
    let lost = 0;
    const technicalByPage = new Map<number, Set<string>>();
    pages[kind].forEach((page, index) => {
      const result = simulatePage(page, compiled, matcher, row.settings, row.filtered ? undefined : reportV1Level);
      words += result.words;
      highlights += result.highlights;
      everyday += result.everyday;
      technicalByPage.set(index, result.technical);
      if (kind === 'health' && row.filtered && row.settings !== V1_SETTINGS) byLength.add(row.label, result);
    });
    if (kind === 'health') {
      if (row.settings === V1_SETTINGS && row.filtered) technicalAtWidest = technicalByPage;
      else if (technicalAtWidest && row.filtered) {
        for (const [index, ids] of technicalAtWidest) for (const id of ids) if (!technicalByPage.get(index)?.has(id)) lost++;
      }
    }
    const perThousand = (1000 * highlights) / Math.max(1, words);
    cells.push(`${perThousand.toFixed(1)} / 1,000 words`, `${((100 * everyday) / Math.max(1, highlights)).toFixed(1)}%`);
    if (kind === 'health') cells.push(row.settings === V1_SETTINGS || !row.filtered ? '–' : String(lost));
  }
  table.push(cells);
}

console.log(`Health pages: ${pages.health.length} from ${healthDir}; ordinary pages: ${pages.ordinary.length} from ${ordinaryDir}\n`);
const header = ['settings', 'health: highlights', 'health: everyday share', 'technical terms lost (page, term)', 'ordinary: highlights', 'ordinary: everyday share'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const cells of table) console.log(`| ${cells.join(' | ')} |`);
console.log('\nTargets at defaults: health ≤ 40 / 1,000 words, everyday ≤ 5% of highlights, ordinary ≤ 1 / 1,000 words, no technical term lost.');
console.log(`\nHealth pages by length (words on the page): highlights per 1,000 words. Short pages read denser: nearly every term on them is a first occurrence.\n`);
console.log(byLength.markdown());
