// Quick feedback for glossary writers: schema errors, readability and duplicate forms in one file.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { EntrySchema } from '../glossary/schema';
import { fleschKincaidGrade } from '../glossary/readability';

const file = process.argv[2];
if (!file) throw new Error('usage: tsx scripts/check-pack-file.ts <file.json>');
const raw: unknown[] = JSON.parse(readFileSync(file, 'utf8'));
const seen = new Map<string, string>();
let gradeSum = 0;
let problems = 0;
raw.forEach((item, index) => {
  const result = v.safeParse(EntrySchema, item);
  const label = `#${index} ${(item as { id?: string }).id ?? '?'}`;
  if (!result.success) {
    problems++;
    for (const issue of result.issues) console.log(`${label}: ${v.getDotPath(issue) ?? '(entry)'}: ${issue.message}`);
    return;
  }
  const entry = result.output;
  const grade = fleschKincaidGrade(entry.short);
  gradeSum += grade;
  if (grade > 10) console.log(`${label}: short grade ${grade.toFixed(1)}: ${entry.short}`);
  const sentences = entry.explanation.match(/[.!?]+(?=\s|$)/g)?.length ?? 0;
  if (sentences < 2 || sentences > 4) console.log(`${label}: explanation has ${sentences} sentences (want 2-4)`);
  for (const form of [entry.term, ...entry.aliases, ...entry.forms]) {
    const key = form.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const owner = seen.get(key);
    if (owner && owner !== entry.id) {
      problems++;
      console.log(`${label}: "${form}" also belongs to ${owner}`);
    }
    seen.set(key, entry.id);
  }
});
console.log(`${raw.length} entries, ${problems} problems, average short grade ${(gradeSum / raw.length).toFixed(2)}`);
