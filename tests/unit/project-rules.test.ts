import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
/** Everything that ships in the extension. */
const SHIPPED = ['entrypoints', 'components', 'utils', 'glossary'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = SHIPPED.flatMap((dir) => sources(resolve(ROOT, dir))).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

const FETCH = /\bfetch\s*\(/;
/**
 * The one fetch that reaches the web (issue #15): the PDF reader's fetchPdf, which fetches the PDF
 * at the address the user opened, without cookies or referrer; the reader's text never leaves the
 * device.
 */
const READER_FETCH = 'entrypoints/reader/pdf-source.ts';
/** The other: reading a file of the extension's own package (the bundled pack), which sends nothing anywhere. */
const PACKAGE_FETCH = 'utils/background/bundled-pack.ts';

describe('project rules for shipped code', () => {
  it('finds the shipped sources', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  // Nothing leaves the device: no code path that could send data anywhere.
  it.each([
    ['fetch(', FETCH],
    ['XMLHttpRequest', /\bXMLHttpRequest\b/],
    ['WebSocket', /\bWebSocket\b/],
    ['sendBeacon', /\bsendBeacon\b/],
    ['EventSource', /\bEventSource\b/],
    ['an http(s) URL in code', /['"`]https?:\/\/(?!termlight\.dev\/glossary\.schema\.json)/],
  ])('never uses %s', (_, pattern) => {
    const allowed = (file: { path: string }) => String(pattern) === String(FETCH) && [READER_FETCH, PACKAGE_FETCH].includes(file.path);
    expect(files.filter((file) => pattern.test(file.text) && !allowed(file)).map((file) => file.path)).toEqual([]);
  });

  it('fetches only in the PDF reader (the PDF the user asked for) and from the extension\'s own package', () => {
    const fetching = files.filter((file) => FETCH.test(file.text));
    expect(fetching.map((file) => file.path).sort()).toEqual([READER_FETCH, PACKAGE_FETCH].sort());
    const reader = fetching.find((file) => file.path === READER_FETCH)!;
    expect(reader.text.match(/\bfetch\s*\(/g)).toHaveLength(1);
    // The package reader's one fetch takes only an address of the package.
    const packageReader = fetching.find((file) => file.path === PACKAGE_FETCH)!;
    expect(packageReader.text.match(/\bfetch\s*\(/g)).toEqual(['fetch(']);
    expect(packageReader.text).toMatch(/\bfetch\(browser\.runtime\.getURL\(path\)\)/);
  });

  it('never evaluates strings as code (extension pages forbid it anyway)', () => {
    expect(files.filter((file) => /\beval\s*\(|new Function\s*\(/.test(file.text)).map((file) => file.path)).toEqual([]);
  });

  it('names files in kebab-case, and Preact components in PascalCase', () => {
    const badNames = files
      .map((file) => file.path.split('/').at(-1)!)
      .filter((name) => !/^[a-z0-9]+(-[a-z0-9]+)*\.ts$/.test(name) && !/^([A-Z][a-zA-Z0-9]*|[a-z0-9]+(-[a-z0-9]+)*)\.tsx$/.test(name));
    expect(badNames).toEqual([]);
  });
});

/** Source text without comments, so a comment that mentions the browser is not a use of it. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('glossary/ is the pure core', () => {
  const core = files.filter((file) => file.path.startsWith('glossary/'));

  it('finds the core', () => {
    expect(core.length).toBeGreaterThan(30);
  });

  it('imports nothing from the rest of the project (only its own files and packages)', () => {
    const outside = core.flatMap((file) =>
      [...file.text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)]
        .map((match) => match[1]!)
        .filter((specifier) => {
          if (/^[@~#]\//.test(specifier) || specifier.startsWith('#')) return true;
          if (!specifier.startsWith('.')) return false;
          return relative(resolve(ROOT, 'glossary'), resolve(ROOT, dirname(file.path), specifier)).startsWith('..');
        })
        .map((specifier) => `${file.path} → ${specifier}`),
    );
    expect(outside).toEqual([]);
  });

  it('uses no browser global, so it runs the same in a page, a worker, the reader and Node', () => {
    const browserGlobal =
      /(?<![.\w$])(window|document|globalThis\.document|chrome|browser|navigator|location|localStorage|sessionStorage|indexedDB|requestIdleCallback|requestAnimationFrame|getComputedStyle|CSS|HTMLElement|Element|Node|NodeFilter|MutationObserver|Range)\s*[.([]/;
    const using = core.filter((file) => browserGlobal.test(withoutComments(file.text))).map((file) => `${file.path}: ${withoutComments(file.text).match(browserGlobal)![0]}`);
    expect(using).toEqual([]);
  });
});

describe('utils/ holds each kind of shared code in its own folder', () => {
  it('has only its folders at the top, each with files in it', () => {
    const top = readdirSync(resolve(ROOT, 'utils'), { withFileTypes: true });
    expect(top.filter((item) => !item.isDirectory()).map((item) => item.name)).toEqual([]);
    expect(top.map((item) => item.name).sort()).toEqual(['background', 'messages', 'storage', 'ui']);
  });

  it('touches extension storage only in utils/storage/, where each item has its owner', () => {
    const storageUse = /defineItem\s*\(|(?<![\w$])(browser|chrome)\.storage\b|from\s+['"]wxt\/utils\/storage['"]/;
    const outside = files.filter((file) => !file.path.startsWith('utils/storage/') && storageUse.test(withoutComments(file.text))).map((file) => file.path);
    expect(outside).toEqual([]);
  });
});
