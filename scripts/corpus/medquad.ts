// Builds the coverage corpus from a local copy of MedQuAD (CC BY 4.0; Ben Abacha & Demner-Fushman,
// 2019): consumer-health answers from NIH and CDC sites, one small HTML file per source page (questions as headings).
//   npx tsx scripts/corpus/medquad.ts MEDQUAD_DIR corpus/medquad [--per-source=120]
//   npx tsx scripts/corpus/medquad.ts MEDQUAD_DIR OUT --held-out=1|2 [--per-source=120]
// MEDQUAD_DIR is a checkout of the public MedQuAD repository. The output stays out of git.
// --held-out writes the pages the sample leaves out instead, split in two halves (alternate pages in
// name order): half 1 is where new words are looked for, half 2 only measures, so its figure tells
// how the glossary does on pages nobody chose words from.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeXmlEntities } from './medquad-xml';

const [source, out, ...flags] = process.argv.slice(2);
if (!source || !out) {
  console.error('Usage: npx tsx scripts/corpus/medquad.ts MEDQUAD_DIR OUT_DIR [--per-source=120]');
  process.exit(2);
}
const flag = (name: string) => flags.find((f) => f.startsWith(`--${name}=`))?.split('=')[1];
const perSource = Number(flag('per-source') ?? 120);
const heldOutHalf = flag('held-out');
if (heldOutHalf !== undefined && heldOutHalf !== '1' && heldOutHalf !== '2') {
  console.error('--held-out must be 1 or 2');
  process.exit(2);
}
// The MedlinePlus A.D.A.M. encyclopedia, drug and herb collections are left out: their answers are
// not openly licensed, and MedQuAD's public release ships them empty (some copies include them).
const NOT_OPEN = new Set(['10_MPlus_ADAM_QA', '11_MPlusDrugs_QA', '12_MPlusHerbsSupplements_QA']);
const COLLECTIONS = readdirSync(source).filter((name) => /^\d+_/.test(name) && !NOT_OPEN.has(name) && statSync(join(source, name)).isDirectory());

/** A deterministic shuffle (so every run picks the same pages) without Math.random. */
function spread<T>(items: T[]): T[] {
  const keyed = items.map((item, index) => ({ item, key: (index * 2654435761) % 4294967296 }));
  return keyed.sort((a, b) => a.key - b.key).map(({ item }) => item);
}

/** Answers are plain text; only the headings this script adds are markup. */
function escapeLooseMarkup(text: string): string {
  return text.replace(/<(?!\/?h2>)/g, '&lt;');
}

/** Every other page (in name order) of those the sample left out: `half` 0 or 1. */
function heldOut<T extends { name: string }>(pages: T[], sample: T[], half: number): T[] {
  const sampled = new Set(sample);
  const rest = pages.filter((page) => !sampled.has(page)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return rest.filter((_, index) => index % 2 === half);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let written = 0;
for (const collection of COLLECTIONS.sort()) {
  const dir = join(source, collection);
  const pages: { name: string; text: string }[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.xml')).sort()) {
    const xml = readFileSync(join(dir, file), 'utf8');
    // Each question is a heading on the source page, and its answer the section under it.
    const pairs = [...xml.matchAll(/<Question[^>]*>([\s\S]*?)<\/Question>\s*<Answer>([\s\S]*?)<\/Answer>/g)];
    const text = pairs.map((m) => `<h2>${decodeXmlEntities(m[1]!.trim())}</h2>\n${decodeXmlEntities(m[2]!.trim())}`).join('\n\n');
    if (text.length >= 300) pages.push({ name: file.replace(/\.xml$/, ''), text });
  }
  const sample = spread(pages).slice(0, perSource);
  const chosen = heldOutHalf === undefined ? sample : heldOut(pages, sample, Number(heldOutHalf) - 1);
  mkdirSync(join(out, collection), { recursive: true });
  for (const page of chosen) writeFileSync(join(out, collection, `${page.name}.html`), `<!doctype html><meta charset="utf-8">\n${escapeLooseMarkup(page.text)}\n`);
  written += chosen.length;
  console.log(`${collection.padEnd(28)} ${String(chosen.length).padStart(4)} pages (of ${pages.length} with answers)`);
}
console.log(`${written} pages written to ${out}`);
