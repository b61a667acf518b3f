import { describe, expect, it } from 'vitest';
import { pageChunkOf, rootsLoading, type ModuleGraph } from '../../modules/page-chunks';

const POPUP = '/repo/entrypoints/popup/index.html';
const OPTIONS = '/repo/entrypoints/options/index.html';
const READER = '/repo/entrypoints/reader/index.html';

/**
 * A module graph as the bundler describes it: each module's static importers, the pages (entries),
 * and, for the modules some `import()` loads lazily, the modules that import them so.
 */
function graph(importers: Record<string, string[]>, lazy: Record<string, string[]> = {}): ModuleGraph {
  const entries = new Set([POPUP, OPTIONS, READER]);
  return {
    getModuleInfo: (id) =>
      id in importers || entries.has(id) ? { isEntry: entries.has(id), importers: importers[id] ?? [], dynamicImporters: lazy[id] ?? [] } : null,
  };
}

describe('the chunks of the extension pages', () => {
  it('puts what the popup and the reader both load at first into one chunk with the rest of that kind', () => {
    const modules = graph({ '/repo/popup/main.tsx': [POPUP], '/repo/reader/main.ts': [READER], '/repo/node_modules/preact.mjs': ['/repo/popup/main.tsx', '/repo/reader/main.ts', OPTIONS] });
    expect(pageChunkOf('/repo/node_modules/preact.mjs', modules)).toBe('pages-shared');
  });

  it('puts what the popup loads and the reader loads later, with its session, in a chunk of its own', () => {
    const modules = graph(
      {
        '/repo/popup/main.tsx': [POPUP],
        '/repo/reader/main.ts': [READER],
        '/repo/reader/session.ts': [],
        '/repo/messaging.ts': ['/repo/popup/main.tsx', '/repo/reader/session.ts'],
      },
      { '/repo/reader/session.ts': ['/repo/reader/main.ts'] },
    );
    expect(pageChunkOf('/repo/messaging.ts', modules)).toBe('reader-shared');
  });

  it("puts what the popup shares with the options page, or with a lazily loaded part the reader never loads, in the popup's shared chunk", () => {
    const modules = graph(
      {
        '/repo/popup/main.tsx': [POPUP],
        '/repo/options/main.tsx': [OPTIONS],
        '/repo/search-data.ts': [],
        '/repo/storage.ts': ['/repo/popup/main.tsx', OPTIONS],
        '/repo/search.ts': ['/repo/popup/main.tsx', '/repo/search-data.ts'],
      },
      { '/repo/search-data.ts': ['/repo/popup/main.tsx'] },
    );
    expect(pageChunkOf('/repo/storage.ts', modules)).toBe('popup-shared');
    expect(pageChunkOf('/repo/search.ts', modules)).toBe('popup-shared');
  });

  it('leaves alone what only the popup loads, and what the popup does not load', () => {
    const modules = graph({ '/repo/popup/main.tsx': [POPUP], '/repo/popup/only.ts': ['/repo/popup/main.tsx'], '/repo/options/form.ts': [OPTIONS, READER] });
    expect(pageChunkOf('/repo/popup/only.ts', modules)).toBeNull();
    expect(pageChunkOf('/repo/options/form.ts', modules)).toBeNull();
  });

  it('does not count a lazily loaded import as loading the module with the page', () => {
    // The popup reaches the search data only through import(): it is a root of its own, not the popup's.
    const modules = graph({ '/repo/popup/main.tsx': [POPUP], '/repo/search-data.ts': [] }, { '/repo/search-data.ts': ['/repo/popup/main.tsx'] });
    expect(rootsLoading('/repo/search-data.ts', modules)).toEqual(new Set(['/repo/search-data.ts']));
    expect(pageChunkOf('/repo/search-data.ts', modules)).toBeNull();
  });

  it('follows import cycles to every page, whichever module of the cycle is asked first', () => {
    const modules = graph({ '/repo/a.ts': ['/repo/b.ts', POPUP], '/repo/b.ts': ['/repo/a.ts', OPTIONS] });
    expect(rootsLoading('/repo/a.ts', modules)).toEqual(new Set([POPUP, OPTIONS]));
    expect(rootsLoading('/repo/b.ts', modules)).toEqual(new Set([POPUP, OPTIONS]));
    expect(pageChunkOf('/repo/b.ts', modules)).toBe('popup-shared');
  });
});
