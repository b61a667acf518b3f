import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/**
 * PDF.js (the reader, issue #15) has two `import()` calls of computed addresses, both fallbacks
 * the reader never takes: the "fake worker" that loads the worker script into the page when a
 * real Worker cannot start, and a JavaScript stand-in for its WebAssembly image decoders loaded
 * from `wasmUrl` (which the reader never sets). Mozilla's add-on linter rightly warns about any
 * such import, so both are replaced with a rejection in the emitted files. The build fails if
 * PDF.js's code no longer has that shape, rather than shipping the import unnoticed.
 */
const REWRITES: { file: RegExp; holds: RegExp; pattern: RegExp; replacement: string; what: string }[] = [
  {
    // Whichever chunk PDF.js's display code lands in: the bundler names a chunk after one of its
    // modules, and that changes as the reader's modules do. Its code is known by its worker option.
    file: /\.js$/,
    holds: /\bworkerSrc\b/,
    pattern: /\bimport\(this\.workerSrc\)/g,
    replacement: 'Promise.reject(new Error("Termlight: PDF.js runs only in its worker"))',
    what: "PDF.js's fake-worker import",
  },
  {
    file: /pdf\.worker\.min-[^/]*\.mjs$/,
    holds: /./,
    pattern: /\bimport\(\s*(?:\/\*[^*]*\*\/\s*)*`\$\{[^`]*\}\$\{this\._noWasmFilename\}`\s*\)/g,
    replacement: 'Promise.reject(new Error("Termlight: no JavaScript fallback for PDF.js image decoders"))',
    what: "PDF.js's WebAssembly-fallback import",
  },
];

export default defineWxtModule({
  name: 'termlight:pdfjs-no-dynamic-import',
  setup(wxt) {
    const plugin: Plugin = {
      name: 'termlight-pdfjs-no-dynamic-import',
      generateBundle(_, bundle) {
        for (const rewrite of REWRITES) {
          let found = false;
          let holdsPdfJs = false;
          for (const item of Object.values(bundle)) {
            if (!rewrite.file.test(item.fileName)) continue;
            if (item.type === 'chunk') {
              holdsPdfJs ||= rewrite.holds.test(item.code);
              const code = item.code.replace(rewrite.pattern, rewrite.replacement);
              found ||= code !== item.code;
              item.code = code;
            } else {
              const source = typeof item.source === 'string' ? item.source : new TextDecoder().decode(item.source);
              holdsPdfJs ||= rewrite.holds.test(source);
              const code = source.replace(rewrite.pattern, rewrite.replacement);
              found ||= code !== source;
              item.source = code;
            }
          }
          // Only builds that hold the reader must have it (the content script's build does not).
          if (holdsPdfJs && !found) this.error(`${rewrite.what} is no longer where modules/pdfjs-no-dynamic-import.ts expects it; update it`);
        }
      },
    };
    addViteConfig(wxt, () => ({ plugins: [plugin] }));
  },
});
