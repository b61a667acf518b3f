import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SearchResult } from '../../glossary/search';
import type { EntryReply, PageTerm } from '../../utils/messages/messaging';
import { sendMessage } from '../../utils/messages/messaging';
import type { Settings } from '../../glossary/settings-schema';
import { siteState, withSiteActive } from '../../glossary/site-state';
import { loadSettings, updateSettings, watchSettings } from '../../utils/storage/settings';
import { isMuted, withoutMuted } from '../../glossary/muted-ids';
import { loadUserGlossaries } from '../../utils/storage/user-glossaries';
import { readUserSearchIndex } from '../../utils/storage/user-search-index';
import { OnThisPage } from './OnThisPage';
import { OpenPdf } from './OpenPdf';
import { PausedNotice } from './PausedNotice';
import { fetchEntry, initialHandover, pageStateFollower, targetTabId, type PageState } from './popup-data';
import type { GlossarySearch } from '../../glossary/search';
import { SearchResults } from './SearchResults';
import { SEARCH_FOCUSED_MARK } from './search-focused-mark';
import { SiteControls } from './SiteControls';
import { TermDetail } from './TermDetail';
import { UnexplainedWords } from './UnexplainedWords';
import { t } from '../../utils/ui/i18n';

/**
 * The search chunk (2 MB of documents to parse) is loaded once the popup has drawn its first frame
 * with the search box focused: parsed earlier, it held that frame back by 20-50 ms, and a reader
 * can start typing before it is ready (the results follow when it is).
 */
const searchModule = new Promise<typeof import('./search-data')>((resolve, reject) => {
  requestAnimationFrame(() => setTimeout(() => import('./search-data').then(resolve, reject), 0));
});

export function PopupApp() {
  const [search, setSearch] = useState<GlossarySearch | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  /** The entry shown in full, named by its glossary and id (ids repeat across glossaries). */
  const [detail, setDetail] = useState<{ packId: string; reply: EntryReply } | null>(null);
  /** The user's glossaries by id, for marking which one a search result comes from. */
  const [glossaryNames, setGlossaryNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const occurrences = useRef(new Map<string, number>());
  const input = useRef<HTMLInputElement>(null);

  // Focused as the popup's first frame is drawn: an effect (useEffect) runs only after that frame,
  // so the box showed unfocused for a frame, and keys typed then went nowhere. The mark is for
  // `npm run bench:popup` and the browser's performance tools.
  useLayoutEffect(() => {
    input.current?.focus();
    performance.mark(SEARCH_FOCUSED_MARK);
  }, []);

  useEffect(() => {
    void initialHandover().then((handover) => {
      if (!handover) return;
      if ('entry' in handover) open(handover.entry.packId, handover.entry.id);
      else setQuery(handover.query);
    });
    let follower: ReturnType<typeof pageStateFollower> | null = null;
    let closed = false;
    void targetTabId().then((id) => {
      if (!closed) follower = pageStateFollower(id, setPage);
    });
    void loadSettings().then(setSettings);
    void Promise.all([searchModule, loadUserGlossaries(), readUserSearchIndex()]).then(async ([module, user, index]) => {
      setGlossaryNames(new Map(user.map((glossary) => [glossary.id, glossary.name])));
      setSearch(await module.createSearch(user, index));
    });
    const unwatch = watchSettings((next) => {
      setSettings(next);
      // Pausing or resuming changes what the page shows: ask again.
      follower?.restart();
    });
    return () => {
      closed = true;
      unwatch();
      follower?.stop();
    };
  }, []);

  const onPage = useMemo(() => new Set(page.kind === 'ready' ? page.terms.map((term) => term.id) : []), [page]);
  const onPageKeys = useMemo(() => new Set(page.kind === 'ready' ? page.terms.map((term) => `${term.packId}/${term.id}`) : []), [page]);
  const results = useMemo(() => search?.search(query, { onPage }) ?? [], [search, query, onPage]);
  // The results list is on screen: only then may the search box point into it.
  const listShown = !detail && query !== '' && search !== null && results.length > 0;

  const open = (packId: string, id: string) => {
    void fetchEntry(packId, id).then((reply) => reply && setDetail({ packId, reply }));
  };
  const unmute = (packId: string, id: string) => void updateSettings((current) => ({ ...current, mutedIds: withoutMuted(current.mutedIds, packId, id) }));
  const openResult = (result: SearchResult) => open(result.doc.packId, result.doc.id);
  const reveal = (term: PageTerm, next: boolean) => {
    if (page.kind !== 'ready') return;
    const key = `${term.packId}/${term.id}`;
    const occurrence = next ? (occurrences.current.get(key) ?? 0) + 1 : 0;
    occurrences.current.set(key, occurrence);
    void sendMessage('revealTerm', { id: term.id, occurrence }, { tabId: page.tabId, frameId: 0 }).catch(() => {});
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && listShown) {
      event.preventDefault();
      setActive((index) => Math.min(results.length - 1, index + 1));
    } else if (event.key === 'ArrowUp' && listShown) {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter' && listShown && results[active]) {
      event.preventDefault();
      openResult(results[active]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (detail) setDetail(null);
      else if (query) setQuery('');
      else window.close();
    }
  };

  // Why the page shows no highlights, if it shows none because of the site switches.
  const pageSiteState = page.kind === 'ready' && settings ? siteState(settings, page.host) : 'active';

  return (
    <main class="popup" onKeyDown={onKeyDown}>
      <header class="top">
        <h1 class="app-name">{t('extName')}</h1>
        <label class="search">
          <span class="visually-hidden">{t('popupSearchLabel')}</span>
          <input
            ref={input}
            type="search"
            placeholder={t('popupSearchPlaceholder')}
            value={query}
            autoComplete="off"
            spellcheck={false}
            role="combobox"
            list={undefined}
            aria-expanded={listShown}
            aria-controls={listShown ? 'results' : undefined}
            aria-activedescendant={listShown && results[active] ? `result-${active}` : undefined}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              setActive(0);
              setDetail(null);
            }}
          />
        </label>
      </header>
      {/* Focusable so keyboard users can scroll it too (its content is not always focusable). */}
      <div class="body" tabIndex={0} role="region" aria-label={detail ? t('popupRegionDetail') : query ? t('popupRegionResults') : t('popupRegionPageTerms')}>
        {detail ? (
          <TermDetail
            key={`${detail.packId}/${detail.reply.entry.id}`}
            reply={detail.reply}
            muted={!!settings && isMuted(settings.mutedIds, detail.packId, detail.reply.entry.id)}
            onBack={() => setDetail(null)}
            onUnmute={() => unmute(detail.packId, detail.reply.entry.id)}
            onRelated={(item) => open(item.packId, item.id)}
          />
        ) : query && !search ? (
          <p class="empty" role="status">{t('popupGlossaryLoading')}</p>
        ) : query ? (
          <SearchResults results={results} active={active} onOpen={openResult} onPage={onPageKeys} glossaryNames={glossaryNames} />
        ) : page.kind === 'unsupported' ? (
          <>
            <p class="empty">{t('popupPageUnsupported')}</p>
            <OpenPdf tabId={page.tabId} onlyForPdf={false} />
          </>
        ) : page.kind === 'loading' ? (
          <p class="empty">{t('popupPageLoading')}</p>
        ) : pageSiteState !== 'active' ? (
          <PausedNotice state={pageSiteState} host={page.host} />
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
      />
    </main>
  );
}
