import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { TermCard } from '../../components/TermCard';
import type { SearchResult } from '../../glossary/search';
import type { EntryReply, PageTerm } from '../../utils/messaging';
import { sendMessage } from '../../utils/messaging';
import { isActiveOn, withSiteActive, type Settings } from '../../glossary/settings-schema';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings';
import { loadUserGlossaries } from '../../utils/user-glossaries';
import { userSearchIndexItem } from '../../utils/user-search-index';
import { OnThisPage } from './OnThisPage';
import { OpenPdf } from './OpenPdf';
import { fetchEntry, initialQuery, loadPageState, targetTabId, type PageState } from './popup-data';
import type { GlossarySearch } from '../../glossary/search';
import { SearchResults } from './SearchResults';
import { SiteControls } from './SiteControls';
import { UnexplainedWords } from './UnexplainedWords';

// Start fetching the search chunk at once, in parallel with the first render.
const searchModule = import('./search-data');

export function PopupApp() {
  const [search, setSearch] = useState<GlossarySearch | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [detail, setDetail] = useState<EntryReply | null>(null);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const occurrences = useRef(new Map<string, number>());
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    void initialQuery().then((q) => q && setQuery(q));
    const tabId = targetTabId();
    void tabId.then(loadPageState).then(setPage);
    void loadSettings().then(setSettings);
    void Promise.all([searchModule, loadUserGlossaries(), userSearchIndexItem.getValue()]).then(([module, user, index]) =>
      setSearch(module.createSearch(user, index)),
    );
    return watchSettings((next) => {
      setSettings(next);
      // Pausing or resuming changes what the page shows: ask again.
      // The tab's content script rescans first; ask once it has had a moment to.
      void tabId.then((id) => new Promise((done) => setTimeout(done, 150)).then(() => loadPageState(id))).then(setPage);
    });
  }, []);

  const onPage = useMemo(() => new Set(page.kind === 'ready' ? page.terms.map((term) => term.id) : []), [page]);
  const results = useMemo(() => search?.search(query, { onPage }) ?? [], [search, query, onPage]);

  const open = (packId: string, id: string) => {
    void fetchEntry(packId, id).then((reply) => reply && setDetail(reply));
  };
  const openResult = (result: SearchResult) => open(result.doc.packId, result.doc.id);
  const reveal = (term: PageTerm, next: boolean) => {
    if (page.kind !== 'ready') return;
    const key = `${term.packId}/${term.id}`;
    const occurrence = next ? (occurrences.current.get(key) ?? 0) + 1 : 0;
    occurrences.current.set(key, occurrence);
    void sendMessage('revealTerm', { id: term.id, occurrence }, { tabId: page.tabId, frameId: 0 }).catch(() => {});
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      setActive((index) => Math.min(results.length - 1, index + 1));
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter' && results[active]) {
      event.preventDefault();
      openResult(results[active]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (detail) setDetail(null);
      else if (query) setQuery('');
      else window.close();
    }
  };

  return (
    <main class="popup" onKeyDown={onKeyDown}>
      <header class="top">
        <label class="search">
          <span class="visually-hidden">Search the glossary</span>
          <input
            ref={input}
            type="search"
            placeholder="Search health terms…"
            value={query}
            autoComplete="off"
            spellcheck={false}
            role="combobox"
            list={undefined}
            aria-expanded={query !== '' && !detail}
            aria-controls="results"
            aria-activedescendant={query && results[active] ? `result-${active}` : undefined}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              setActive(0);
              setDetail(null);
            }}
          />
        </label>
      </header>
      {/* Focusable so keyboard users can scroll it too (its content is not always focusable). */}
      <div class="body" tabIndex={0} role="region" aria-label={detail ? 'Term details' : query ? 'Search results' : 'Terms on this page'}>
        {detail ? (
          <section class="detail" aria-label={`About ${detail.entry.term}`}>
            <button type="button" class="back" onClick={() => setDetail(null)}>
              ← Back
            </button>
            <TermCard key={detail.entry.id} entry={detail.entry} related={detail.related} origin={detail.origin} startExpanded onRelated={(item) => open(item.packId, item.id)} />
          </section>
        ) : query && !search ? (
          <p class="empty" role="status">Loading the glossary…</p>
        ) : query ? (
          <SearchResults results={results} active={active} onOpen={openResult} onPage={onPage} />
        ) : page.kind === 'unsupported' ? (
          <>
            <p class="empty">Termlight can't run on this page. Browser pages, extension stores and PDF viewers are off limits, but search works everywhere.</p>
            <OpenPdf tabId={page.tabId} onlyForPdf={false} />
          </>
        ) : page.kind === 'loading' ? (
          <p class="empty">Looking at this page…</p>
        ) : (
          <>
            {page.terms.length === 0 && <OpenPdf tabId={page.tabId} onlyForPdf />}
            <OnThisPage terms={page.terms} onReveal={(term) => reveal(term, false)} onNext={(term) => reveal(term, true)} onOpen={(term) => open(term.packId, term.id)} />
            <UnexplainedWords key={page.tabId} tabId={page.tabId} onSearch={(word) => { setQuery(word); setActive(0); }} />
          </>
        )}
      </div>
      <SiteControls
        host={page.kind === 'ready' ? page.host : null}
        settings={settings}
        onToggleSite={(host, on) => void updateSettings((current) => withSiteActive(current, host, on))}
        onTogglePause={(paused) => void updateSettings((current) => ({ ...current, paused }))}
        onUnderline={(underline) => void updateSettings((current) => ({ ...current, underline }))}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        isActive={(host) => (settings ? isActiveOn({ ...settings, paused: false }, host) : true)}
      />
    </main>
  );
}
