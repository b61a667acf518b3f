import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { packFiles } from '../glossary/packs/pack-file';
import { prebuildHealthPack, type PrebuiltPack } from '../glossary/packs/prebuild';
import { tablesScripts } from '../glossary/packs/tables-file';
import { bundledCompileOptions } from '../scripts/lib/compile-options';

/**
 * One virtual module per consumer, so the popup never carries the background's data and vice
 * versa. The matcher's tables come as scripts (tables-file.ts): bundled into Chrome's background,
 * files of their own in Firefox's package.
 */
type PackageFile = { name: string; contents: string };

/**
 * The popup's search documents come in this many modules, each its own chunk: one chunk of them
 * all would soon pass the 5 MiB the add-on linter reads (about 5 MB at 9,800 entries). The popup
 * loads them through one more module, written below from this number, which imports every part.
 */
const SEARCH_PARTS = 3;
const SEARCH_INDEX = 'virtual:termlight/health-search';
const searchPartId = (part: number) => `${SEARCH_INDEX}-${part}`;

/** The parts' loader: each dynamic import becomes a chunk of its own. */
function searchIndexModule(): string {
  const imports = Array.from({ length: SEARCH_PARTS }, (_, part) => `import(${JSON.stringify(searchPartId(part))})`);
  return `export const loadSearchParts = () => Promise.all([${imports.join(', ')}]);`;
}

function searchPart<T>(docs: readonly T[], part: number): T[] {
  const size = Math.ceil(docs.length / SEARCH_PARTS);
  return docs.slice(part * size, (part + 1) * size);
}
const MODULES: Record<string, (prebuilt: PrebuiltPack, tables: PackageFile[]) => Record<string, unknown>> = {
  'virtual:termlight/health-compiled': (prebuilt, tables) => ({
    droppedForms: prebuilt.droppedForms,
    packManifest: prebuilt.pack.manifest,
    entryCount: prebuilt.compiled.entries.length,
    tablesScripts: tables.map((script) => script.name),
  }),
  ...Object.fromEntries(
    Array.from({ length: SEARCH_PARTS }, (_, part) => [
      searchPartId(part),
      (prebuilt: PrebuiltPack) => ({ searchDocs: searchPart(prebuilt.searchDocs, part) }),
    ]),
  ),
};

/**
 * Compiles the bundled pack and its fuse.js index at build time, so neither the background nor
 * the popup spends start-up time on it, and writes the checked pack (and, for Firefox, the
 * compiled tables' scripts) into the package for the background. A pack with problems fails the
 * build with their list.
 */
export default defineWxtModule({
  name: 'termlight:prebuilt-glossary',
  setup(wxt) {
    const dir = resolve(wxt.config.root, 'glossary/packs/health');
    let prebuilt: PrebuiltPack | null = null;
    // Both hooks below need the files; splitting stringifies every entry twice, so once per build.
    let files: PackageFile[] | null = null;
    let scripts: PackageFile[] | null = null;
    const prebuild = () => (prebuilt ??= prebuildHealthPack(dir, bundledCompileOptions()));
    const tableScripts = () => (scripts ??= tablesScripts(prebuild().compiled));
    // Firefox's background is a page, which runs the scripts its manifest lists, in order, the
    // tables' first: its package then has no script the add-on linter would refuse to read (5 MiB).
    // Chrome's service worker starts faster with the tables in its own script than with them
    // imported (importScripts) or fetched, by 150–250 ms on every wake (bench:wake), and Chrome's
    // store reads scripts of any size.
    const tablesApart = wxt.config.browser === 'firefox';
    const packageFiles = () => (files ??= [...packFiles(prebuild().pack), ...(tablesApart ? tableScripts() : [])]);
    const buildId = `${Date.now().toString(36)}`;
    const plugin: Plugin = {
      name: 'termlight-prebuilt-glossary',
      buildStart() {
        prebuilt = null;
        files = null;
        scripts = null;
      },
      resolveId: (id) => (id in MODULES || id === SEARCH_INDEX ? '\0' + id : undefined),
      load(id) {
        if (id === '\0' + SEARCH_INDEX) return searchIndexModule();
        const exportsOf = MODULES[id.slice(1)];
        if (!id.startsWith('\0') || !exportsOf) return undefined;
        this.addWatchFile(dir);
        // JSON.parse of a string literal starts faster than the same data as an object literal.
        const exports = Object.entries(exportsOf(prebuild(), tableScripts())).map(([name, value]) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`);
        // Each build gets its own id, so an updated extension never reuses tables an older
        // build stored (their layout may differ).
        if (id.slice(1) === 'virtual:termlight/health-compiled') {
          exports.push(`export const buildId = ${JSON.stringify(buildId)};`);
          if (!tablesApart) exports.unshift(...tableScripts().map((script) => script.contents));
        }
        return exports.join('\n');
      },
    };
    addViteConfig(wxt, () => ({ plugins: [plugin] }));
    wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
      paths.push(...packageFiles().map((file) => file.name));
    });
    wxt.hooks.hook('build:publicAssets', (_, assets) => {
      for (const file of packageFiles()) assets.push({ relativeDest: file.name, contents: file.contents });
    });
    wxt.hooks.hook('build:manifestGenerated', (_, manifest) => {
      const background = manifest.background as { scripts?: string[] } | undefined;
      if (tablesApart) background?.scripts?.unshift(...tableScripts().map((script) => script.name));
    });
  },
});
