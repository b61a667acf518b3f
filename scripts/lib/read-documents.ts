// Reads plain-text and HTML documents from files and folders, for the coverage tool.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { CoverageDocument } from '../../glossary/coverage';

const TEXT = new Set(['.txt', '.text', '.md']);
const HTML = new Set(['.html', '.htm', '.xhtml']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Visible text of an HTML page, roughly: scripts, styles and tags out, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(br|p|div|li|h[1-6]|tr|td|th|section|article)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/** Every .txt/.md/.html file under the given paths (folders are walked), in a stable order. */
export function readDocuments(paths: readonly string[]): CoverageDocument[] {
  const docs: CoverageDocument[] = [];
  const visit = (path: string, base: string) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new Error(`${path}: no such file or folder`);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name), base);
      return;
    }
    const ext = extname(path).toLowerCase();
    if (!TEXT.has(ext) && !HTML.has(ext)) return;
    const raw = readFileSync(path, 'utf8');
    docs.push({ name: relative(base, path) || path, text: HTML.has(ext) ? htmlToText(raw) : raw });
  };
  for (const path of paths) visit(path, path);
  return docs;
}
