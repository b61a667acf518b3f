// `npm run glossary:coverage -- PATH...`: which words that are rare in general English the bundled
// glossary explains in a set of documents (text or HTML files, or folders of them).
// `npm run glossary:coverage -- --names FILE...`: which names of a list (one per line: topics of a
// medical encyclopedia, medicine names) it explains.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compile } from '../glossary/compile';
import { measureCoverage, rarestFirst, topCoverage, type CoverageReport } from '../glossary/coverage';
import { underlineMatcher } from '../glossary/levels';
import { createMatcher } from '../glossary/matcher';
import { DEFAULT_SETTINGS } from '../glossary/settings-schema';
import { measureNameCoverage } from '../glossary/name-coverage';
import { checkPack } from '../glossary/pack-checks';
import { readPackDir } from '../glossary/packs/read-pack-dir';
import { readDocuments } from './lib/read-documents';
import { generalEnglishRankOf } from './lib/subtlex';

const args = process.argv.slice(2);
const topArg = args.find((arg) => arg.startsWith('--top='));
const showArg = args.find((arg) => arg.startsWith('--show='));
const packArg = args.find((arg) => arg.startsWith('--pack='));
// --rarest[=N]: rank the words used in at least N documents (3 unless given) rarest first, not most widely used first.
const rarestArg = args.find((arg) => arg === '--rarest' || arg.startsWith('--rarest='));
const minDocuments = rarestArg === undefined ? 0 : Number(rarestArg.slice(9) || 3);
const namesMode = args.includes('--names');
const paths = args.filter((arg) => !arg.startsWith('--'));
if (paths.length === 0) {
  console.error('Usage: npm run glossary:coverage -- [--top=500] [--show=60] [--pack=DIR] [--rarest[=3]] PATH...  (text/HTML files or folders)');
  console.error('       npm run glossary:coverage -- --names [--show=60] [--pack=DIR] FILE...  (one name per line)');
  process.exit(2);
}
const top = Number(topArg?.slice(6) ?? 500);
const show = Number(showArg?.slice(7) ?? 60);

// --pack=DIR measures another pack folder (an older release, say) against the same pages.
const { manifest, files } = readPackDir(packArg ? resolve(packArg.slice(7)) : resolve(import.meta.dirname, '../glossary/packs/health'));
const { entries, problems } = checkPack(manifest, files);
if (problems.length > 0) console.warn(`(the pack has ${problems.length} problems; measuring its ${entries.length} valid entries)`);
// A name stands alone, without the page around it that a context rule reads: the question for a
// list is whether the glossary has an entry for it, so context rules are left out there.
const compiled = compile([{ packId: 'health-basics', entries: entries.map(({ entry }) => (namesMode ? { ...entry, context: undefined } : entry)) }]);
const matcher = createMatcher(compiled);
const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);

if (namesMode) {
  let names: string[];
  try {
    names = paths.flatMap((path) => readFileSync(path, 'utf8').split(/\r?\n/)).map((line) => line.trim()).filter((line) => line !== '');
  } catch (error) {
    console.error(String((error as Error).message));
    process.exit(2);
  }
  const report = measureNameCoverage(names, matcher, generalEnglishRankOf);
  console.log(`${report.names} names, ${report.withRareWords} with a word rare in general English`);
  console.log(`Names whose rare words are all explained: ${report.explained} of ${report.withRareWords} (${pct(report.explained, report.withRareWords)})`);
  console.log(`Names one glossary term covers whole: ${report.wholeNames} of ${report.names} (${pct(report.wholeNames, report.names)})\n`);
  console.log(`Names with a rare word NOT explained (first ${Math.min(show, report.missed.length)} of ${report.missed.length}):`);
  for (const { name, words } of report.missed.slice(0, show)) console.log(`  ${name.padEnd(48)} ${words.join(', ')}`);
  process.exit(0);
}

let docs;
try {
  docs = readDocuments(paths);
} catch (error) {
  console.error(String((error as Error).message));
  process.exit(2);
}
if (docs.length === 0) {
  console.error('No .txt, .md or .html files found under the given paths.');
  process.exit(2);
}
const started = performance.now();
const ranked = (measured: CoverageReport) => (rarestArg === undefined ? measured : rarestFirst(measured, minDocuments, generalEnglishRankOf));
const report = ranked(measureCoverage(docs, matcher, generalEnglishRankOf));
const { explained, total } = topCoverage(report, top);
const which = rarestArg === undefined ? 'most widely used rare words' : `rarest words used in ${minDocuments} documents or more`;
const whichTitle = which.charAt(0).toUpperCase() + which.slice(1);

console.log(`${report.documents} documents, ${report.rows.length} distinct rare words (${((performance.now() - started) / 1000).toFixed(1)} s)`);
console.log(`Rare-word occurrences explained: ${report.explainedOccurrences} of ${report.rareOccurrences} (${pct(report.explainedOccurrences, report.rareOccurrences)})`);
console.log(`The ${total} ${which} explained: ${explained} of ${total} (${pct(explained, total)})`);
// Explained is not yet underlined: at default settings a word every adult knows stays plain, and
// so does a rare word whose entry is one (unless it is an alias with a level of its own).
const shown = topCoverage(ranked(measureCoverage(docs, underlineMatcher(matcher, compiled, DEFAULT_SETTINGS.underline), generalEnglishRankOf)), top);
console.log(`  of them underlined at default settings: ${shown.explained} of ${shown.total} (${pct(shown.explained, shown.total)})\n`);
const line = (row: (typeof report.rows)[number]) => `  ${row.word.padEnd(28)} ${String(row.documents).padStart(5)} docs ${String(row.occurrences).padStart(6)} uses`;
const topRows = report.rows.slice(0, top);
console.log(`${whichTitle} NOT explained (of the top ${total}):`);
for (const row of topRows.filter((r) => !r.explained).slice(0, show)) console.log(line(row));
console.log(`\n${whichTitle} explained:`);
for (const row of topRows.filter((r) => r.explained).slice(0, Math.min(show, 20))) console.log(line(row));
