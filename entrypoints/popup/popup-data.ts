import { LIMITS } from '../../glossary/limits';
import { browser } from 'wxt/browser';
import { sendMessage, type EntryReply, type PageTermsReply } from '../../utils/messages/messaging';
import { readEntryRef } from '../../utils/messages/entry-ref';
import { takePendingHandover, type PopupHandover } from '../../utils/storage/open-popup';

export async function fetchEntry(packId: string, id: string): Promise<EntryReply | null> {
  return sendMessage('getEntry', { packId, id }).catch(() => null);
}

/**
 * The tab the popup speaks about: the toolbar's active tab, or the one named in ?tab= when the
 * popup page was opened in a window of its own (where the active tab is the popup itself).
 */
export async function targetTabId(location: Location = window.location): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export type PageState = { kind: 'loading' } | { kind: 'unsupported'; tabId: number | null } | ({ kind: 'ready'; tabId: number } & PageTermsReply);

export async function loadPageState(tabId: number | null): Promise<PageState> {
  if (tabId === null) return { kind: 'unsupported', tabId };
  try {
    const reply = await sendMessage('getPageTerms', {}, { tabId, frameId: 0 });
    if (!reply || typeof reply.host !== 'string' || !Array.isArray(reply.terms)) return { kind: 'unsupported', tabId };
    return { kind: 'ready', tabId, ...reply };
  } catch {
    // No content script answers on browser pages, the stores, PDF viewers and the like.
    return { kind: 'unsupported', tabId };
  }
}

/** Waits before asking again while a page's content script may still be starting. */
const PAGE_STATE_RETRIES_MS = [250, 500, 1000];

/**
 * The page state, passed on as it comes, and asked again a few times while the answer is
 * "unsupported": a popup opened while the page is still loading asks before the content script
 * listens, and would otherwise call the page off limits until it is opened again. Returns a
 * function that stops asking.
 */
export function followPageState(
  tabId: number | null,
  onState: (state: PageState) => void,
  load: (tabId: number | null) => Promise<PageState> = loadPageState,
  retries: readonly number[] = PAGE_STATE_RETRIES_MS,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ask = (attempt: number) => {
    void load(tabId).then((state) => {
      if (stopped) return;
      onState(state);
      const wait = retries[attempt];
      if (state.kind === 'unsupported' && tabId !== null && wait !== undefined) timer = setTimeout(() => ask(attempt + 1), wait);
    });
  };
  ask(0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** How long a settings change gives the tab's content script to rescan before the popup asks again. */
const RESCAN_WAIT_MS = 150;

/**
 * followPageState that can start over: pausing or resuming a site changes what its page shows, so a
 * settings change asks again from the start (retries included) once the content script has had a
 * moment to rescan. Answers to an earlier round that arrive late are dropped, so they never
 * overwrite a newer one.
 */
export function pageStateFollower(
  tabId: number | null,
  onState: (state: PageState) => void,
  follow: (tabId: number | null, onState: (state: PageState) => void) => () => void = followPageState,
  rescanWaitMs = RESCAN_WAIT_MS,
): { restart(): void; stop(): void } {
  let stopCurrent = follow(tabId, onState);
  return {
    restart() {
      stopCurrent();
      const wait = setTimeout(() => {
        stopCurrent = follow(tabId, onState);
      }, rescanWaitMs);
      stopCurrent = () => clearTimeout(wait);
    },
    stop: () => stopCurrent(),
  };
}

/**
 * What the popup opens on: an entry (?pack=&entry= from a window, or one a card handed over), a
 * query (?q=, or one handed over by the background), or nothing. Both handed-over items are read
 * once and cleared, so the next opening starts empty; an entry is trusted only in its exact shape.
 */
export async function initialHandover(location: Location = window.location): Promise<PopupHandover | null> {
  const params = new URLSearchParams(location.search);
  const { entry: pendingEntry, query: pendingQuery } = await takePendingHandover();
  const entry = readEntryRef(params.has('entry') ? { packId: params.get('pack'), id: params.get('entry') } : pendingEntry);
  if (entry) return { entry };
  const query = (params.get('q') || pendingQuery || '').slice(0, LIMITS.queryChars);
  return query ? { query } : null;
}
