// `npm run glossary:check`: the bundled pack's health at a glance. Exits non-zero on problems.
import { resolve } from 'node:path';
import { CATEGORIES } from '../glossary/categories';
import { checkPack, formatProblem, MAX_AVERAGE_GRADE, MIN_PER_CATEGORY, packStats } from '../glossary/pack-checks';
import { readPackDir } from '../glossary/packs/read-pack-dir';
import { fleschKincaidGrade } from '../glossary/readability';

const { manifest, files } = readPackDir(resolve(import.meta.dirname, '../glossary/packs/health'));
const { entries, problems } = checkPack(manifest, files);
const list = entries.map(({ entry }) => entry);
const stats = packStats(list);

console.log(`Health basics: ${stats.total} entries\n`);
console.log('Entries per category');
for (const [id, count] of Object.entries(stats.perCategory)) {
  const flag = count < MIN_PER_CATEGORY ? `  < ${MIN_PER_CATEGORY}!` : '';
  console.log(`  ${CATEGORIES[id as keyof typeof CATEGORIES].padEnd(36)} ${String(count).padStart(4)}${flag}`);
}

console.log(`\nReadability of short texts (Flesch–Kincaid grade; average must be ≤ ${MAX_AVERAGE_GRADE})`);
const buckets = new Map<string, number>();
for (const grade of stats.grades) {
  const bucket = grade < 2 ? '< 2' : grade >= 12 ? '12+' : `${Math.floor(grade / 2) * 2}–${Math.floor(grade / 2) * 2 + 2}`;
  buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
}
for (const bucket of ['< 2', '2–4', '4–6', '6–8', '8–10', '10–12', '12+']) {
  const count = buckets.get(bucket) ?? 0;
  console.log(`  ${bucket.padEnd(6)} ${String(count).padStart(4)} ${'█'.repeat(Math.ceil(count / 5))}`);
}
console.log(`  average ${stats.averageGrade.toFixed(2)}`);

console.log('\nHardest short texts');
for (const entry of [...list].sort((a, b) => fleschKincaidGrade(b.short) - fleschKincaidGrade(a.short)).slice(0, 5)) {
  console.log(`  ${fleschKincaidGrade(entry.short).toFixed(1).padStart(5)}  ${entry.id}`);
}
console.log('\nLongest explanations');
for (const entry of [...list].sort((a, b) => b.explanation.length - a.explanation.length).slice(0, 5)) {
  console.log(`  ${String(entry.explanation.length).padStart(5)}  ${entry.id}`);
}

console.log(problems.length === 0 ? '\nNo problems.' : `\n${problems.length} problems:`);
for (const problem of problems) console.log(`  ${formatProblem(problem)}`);
process.exitCode = problems.length === 0 ? 0 : 1;
