/**
 * `npm run bench:labelled -- FILE.jsonl... [--topic=alone|label|page] [--underline=general|technical|everyday] [--wrong]`:
 * how often Termlight shows readers the right thing on labelled sentences, with the bundled pack
 * at default settings. Each line of a file is {"group", "text", "surface", "expect"}: `expect` is
 * "plain" (no card), "ambiguous: A | B" (a card listing the meanings) or the meaning shown.
 * Prints per file and group how many were right and, with --wrong, every line that was not.
 * For sets written by someone who has not seen the glossary: the unit tests' labelled sets are
 * what the code was built against, these measure it. Asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compile } from '../../glossary/compile';
import { UNDERLINE_LEVELS } from '../../glossary/settings-schema';
import { createMatcher } from '../../glossary/matcher';
import { loadValidPack } from '../../glossary/packs/prebuild';
import { bundledCompileOptions } from '../../scripts/lib/compile-options';
import { parseLabelled, scoreLines, type ScoredLine, type TopicMode } from './score';

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const files = args.filter((arg) => !arg.startsWith('--'));
const topic = (option('topic') ?? 'alone') as TopicMode;
const underline = option('underline') ?? 'general';
if (files.length === 0 || !['alone', 'label', 'page'].includes(topic) || !(UNDERLINE_LEVELS as readonly string[]).includes(underline)) {
  console.error('Usage: npm run bench:labelled -- FILE.jsonl... [--topic=alone|label|page] [--underline=technical|general|everyday] [--wrong]');
  process.exit(2);
}

const { packId, entries } = loadValidPack(resolve(import.meta.dirname, '../../glossary/packs/health'));
const compiled = compile([{ packId, entries }], bundledCompileOptions());
const glossary = { matcher: createMatcher(compiled), compiled, entries: new Map(entries.map((entry) => [entry.id, entry])) };

const percent = (right: number, all: number) => `${((100 * right) / all).toFixed(1)} %`;
const kind = ({ line }: ScoredLine) => (line.expect === 'plain' ? 'plain' : line.expect.startsWith('ambiguous') ? 'ambiguous' : 'medical');

const missesByLevel: string[] = [];
console.log(`Labelled sentences, bundled pack (${entries.length} entries), underline "${underline}", topic "${topic}"\n`);
console.log('| file | group | expected | right |');
console.log('|---|---|---|---:|');
for (const file of files) {
  const scored = scoreLines(parseLabelled(readFileSync(file, 'utf8'), file), glossary, { topic, underline: underline as (typeof UNDERLINE_LEVELS)[number] });
  const groups = new Map<string, ScoredLine[]>();
  for (const line of scored) {
    const key = `${line.line.group} | ${kind(line)}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  for (const [key, lines] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const right = lines.filter((line) => line.right).length;
    console.log(`| ${file} | ${key} | ${right} / ${lines.length} (${percent(right, lines.length)}) |`);
  }
  const right = scored.filter((line) => line.right).length;
  console.log(`| ${file} | all | | ${right} / ${scored.length} (${percent(right, scored.length)}) |`);
  const wrong = scored.filter((scoredLine) => !scoredLine.right);
  missesByLevel.push(`${file}: ${wrong.length} wrong, ${wrong.filter((scoredLine) => scoredLine.plainByLevel !== undefined).length} of them a word the setting leaves plain by its level`);
  if (args.includes('--wrong')) {
    for (const { line, shown, plainByLevel } of wrong) {
      const why = plainByLevel === undefined ? '' : ` (matched "${plainByLevel.term}", ${plainByLevel.level}: plain at this setting)`;
      console.error(`  wrong: [${line.group}] "${line.surface}" expected ${line.expect}; shown ${shown ?? 'nothing'}${why}: ${line.text}`);
    }
  }
}
// Everyday words every adult knows (a tablet, a cold) stay plain by default on purpose; the scorer
// still counts a line that expects their card as wrong, and this says how many misses are those.
console.log(`\n${missesByLevel.join('\n')}`);
