// Builds a corpus of ordinary (non-health) pages from a folder of Markdown or HTML articles, such
// as the Go blog and documentation (CC BY 4.0):
//   npx tsx scripts/corpus/markdown.ts SOURCE_DIR OUT_DIR [--limit=300]
// Front matter, code blocks and markup are removed: Termlight never reads code, and markup is not
// what a reader sees. The output stays out of git.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { htmlToText } from '../lib/read-documents';

const [source, out, ...flags] = process.argv.slice(2);
if (!source || !out) {
  console.error('Usage: npx tsx scripts/corpus/markdown.ts SOURCE_DIR OUT_DIR [--limit=300]');
  process.exit(2);
}
const limit = Number(flags.find((flag) => flag.startsWith('--limit='))?.split('=')[1] ?? 300);

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return ['.md', '.markdown', '.html', '.htm'].includes(extname(name).toLowerCase()) ? [path] : [];
    });
}

/** The prose of a Markdown article: no front matter, code, tables of code-like lines, links' targets or markup. */
export function markdownToText(markdown: string): string {
  const prose = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^```[\s\S]*?^```/gm, ' ')
    .replace(/^(?: {4}|\t).*$/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\{\{.*\}\}$/gm, ' ');
  return htmlToText(prose).replace(/[#*_>|]+/g, ' ');
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let written = 0;
for (const path of files(source)) {
  if (written >= limit) break;
  const text = markdownToText(readFileSync(path, 'utf8')).replace(/[ \t]+/g, ' ').trim();
  if (text.split(/\s+/).length < 150) continue;
  writeFileSync(join(out, `${String(written).padStart(4, '0')}-${basename(path, extname(path))}.txt`), text + '\n');
  written++;
}
console.log(`${written} pages written to ${out}`);
