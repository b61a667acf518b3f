import { addViteConfig, defineWxtModule } from 'wxt/modules';

/**
 * The toolbar popup's code in few files. Left to itself, the bundler split what the extension pages
 * share into eight chunks by which pages use each module, and the popup loaded all eight, plus two
 * stylesheets, before its first frame: in Chromium each file costs the opening some time of its own
 * (a popup of one box took 10-35 ms longer to open with eight tiny files than with one). Now what
 * the popup shares with other pages comes in three chunks, cut so that the PDF reader loads nothing
 * it did not load before:
 *
 * - `pages-shared`: what the popup and the reader's first render both load (Preact);
 * - `reader-shared`: what the popup loads and the reader loads later, with its session (messages,
 *   the compiled glossary's helpers, the term card);
 * - `popup-shared`: what the popup shares with the options page or another lazily loaded part,
 *   none of which the reader ever loads (the user's glossaries and their storage).
 *
 * Modules only the popup uses stay in the popup's own file.
 */

/** The parts of the bundler's module graph this reads. */
export interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[]; dynamicImporters: readonly string[] } | null;
}

const PAGE_CHUNKS = ['pages-shared', 'reader-shared', 'popup-shared'] as const;
export type PageChunk = (typeof PAGE_CHUNKS)[number];

const POPUP_PAGE = /[\\/]entrypoints[\\/]popup[\\/]index\.html$/;
const READER_PAGE = /[\\/]entrypoints[\\/]reader[\\/]index\.html$/;

/**
 * The roots that load module `id`: pages (entries) and lazily loaded parts (targets of an
 * `import()`), the module itself included when it is one. Through static imports only, unless
 * `lazily`: then through `import()` too, and only pages count. A walk of its own for each module,
 * because import cycles would make a shared memo give partial answers.
 */
export function rootsLoading(id: string, graph: ModuleGraph, lazily = false): Set<string> {
  const roots = new Set<string>();
  const seen = new Set<string>([id]);
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const info = graph.getModuleInfo(current);
    if (!info) continue;
    if (info.isEntry || (!lazily && info.dynamicImporters.length > 0)) roots.add(current);
    for (const importer of lazily ? [...info.importers, ...info.dynamicImporters] : info.importers) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      stack.push(importer);
    }
  }
  return roots;
}

/** The chunk a module goes in, or null to leave it to the bundler. */
export function pageChunkOf(id: string, graph: ModuleGraph): PageChunk | null {
  const roots = [...rootsLoading(id, graph)];
  if (!roots.some((root) => POPUP_PAGE.test(root))) return null;
  if (roots.some((root) => READER_PAGE.test(root))) return 'pages-shared';
  if ([...rootsLoading(id, graph, true)].some((page) => READER_PAGE.test(page))) return 'reader-shared';
  return roots.length > 1 ? 'popup-shared' : null;
}

export default defineWxtModule({
  name: 'termlight:page-chunks',
  setup(wxt) {
    addViteConfig(wxt, () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              // One group per chunk, in order: a chunk takes the modules its own modules import too,
              // unless an earlier group took them, so the chunks the reader loads go first.
              groups: PAGE_CHUNKS.map((chunk, order) => ({
                name: (id: string, context: ModuleGraph) => (pageChunkOf(id, context) === chunk ? chunk : null),
                priority: PAGE_CHUNKS.length - order,
              })),
            },
          },
        },
      },
    }));
  },
});
