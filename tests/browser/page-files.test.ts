import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness/paths';

/** The script files a built page loads before it runs: its module script and the ones it preloads. */
function scriptsOf(dir: string, page: string): string[] {
  const html = readFileSync(resolve(dir, page), 'utf8');
  const modules = [...html.matchAll(/<script type="module"[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((match) => match[1]!);
  return [...modules, ...preloaded];
}

/** Every chunk a page can load, at once or through import(), following the chunks' own imports. */
function scriptsReachedFrom(dir: string, page: string): string[] {
  const reached = new Set(scriptsOf(dir, page).map((file) => file.replace(/^\/chunks\//, '')));
  const waiting = [...reached];
  while (waiting.length > 0) {
    const code = readFileSync(resolve(dir, 'chunks', waiting.pop()!), 'utf8');
    // Static imports, import() (the bundler writes its address in backquotes) and the chunks it
    // preloads beside an import() ("chunks/…" in its list of dependencies).
    for (const [, file] of code.matchAll(/(?:(?:from|import\(?)\s*["`]\.\/|"chunks\/)([^"`/]+\.js)["`]/g)) {
      if (reached.has(file!)) continue;
      reached.add(file!);
      waiting.push(file!);
    }
  }
  return [...reached];
}

// modules/page-chunks.ts: each file costs the popup's opening some time of its own.
describe.each([
  ['chrome', CHROME_BUILD],
  ['firefox', FIREFOX_BUILD],
])('%s extension pages', (_browser, dir) => {
  it('open the popup with its own file, the three shared chunks and at most the bundler helpers', () => {
    const scripts = scriptsOf(dir, 'popup.html');
    for (const chunk of ['pages-shared', 'reader-shared', 'popup-shared']) expect(scripts.some((file) => new RegExp(`/${chunk}-[^/]*\\.js$`).test(file))).toBe(true);
    expect(scripts.length).toBeLessThanOrEqual(5);
  });

  it("load nothing of the popup's in the PDF reader's first render but what both need at once", () => {
    const scripts = scriptsOf(dir, 'reader.html');
    expect(scripts.some((file) => /\/pages-shared-[^/]*\.js$/.test(file))).toBe(true);
    expect(scripts.some((file) => /\/(reader|popup)-shared-/.test(file))).toBe(false);
  });

  it("never take the popup's own shared chunk into the PDF reader, even when it loads its parts later", () => {
    const reached = scriptsReachedFrom(dir, 'reader.html');
    expect(reached.some((file) => /^session-/.test(file))).toBe(true);
    expect(reached.some((file) => /^reader-shared-/.test(file))).toBe(true);
    expect(reached.filter((file) => /^popup-shared-/.test(file))).toEqual([]);
  });
});
