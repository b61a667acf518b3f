import { browser } from 'wxt/browser';
import { loadHealthPack } from '../../glossary/packs/bundled';
import Fuse from 'fuse.js';
import { searchDocs, searchIndex } from 'virtual:termlight/health-prebuilt';
import { GlossarySearch, toSearchDocuments, type SearchDocument } from '../../glossary/search';
import type { UserGlossary } from '../../utils/user-glossaries';
import { EntryLookup, type GlossarySource } from '../../utils/effective-glossary';
import { sendMessage, type PageTermsReply } from '../../utils/messaging';
import { pendingQueryItem } from '../../utils/open-popup';

export interface PopupData {
  search: GlossarySearch;
  lookup: EntryLookup;
}

const health = loadHealthPack();
const bundledSource: GlossarySource = { packId: health.manifest.id, version: health.manifest.version, entries: health.entries };

/** Search and lookup over the bundled pack and the user's enabled glossaries. */
export function loadPopupData(user: readonly UserGlossary[] = []): PopupData {
  const enabled = user.filter((glossary) => glossary.enabled);
  const sources = [bundledSource, ...enabled.map((glossary) => ({ packId: glossary.id, version: glossary.updatedAt, entries: glossary.entries }))];
  if (enabled.length === 0) {
    // The bundled pack's fuse.js index was built at build time: parsing it is all that is left.
    return { search: new GlossarySearch(searchDocs, Fuse.parseIndex<SearchDocument>(searchIndex)), lookup: new EntryLookup(sources) };
  }
  const docs = [...searchDocs, ...enabled.flatMap((glossary) => toSearchDocuments(glossary.id, glossary.entries))];
  return { search: new GlossarySearch(docs), lookup: new EntryLookup(sources) };
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

export type PageState = { kind: 'loading' } | { kind: 'unsupported' } | ({ kind: 'ready'; tabId: number } & PageTermsReply);

export async function loadPageState(tabId: number | null): Promise<PageState> {
  if (tabId === null) return { kind: 'unsupported' };
  try {
    const reply = await sendMessage('getPageTerms', {}, { tabId, frameId: 0 });
    if (!reply || typeof reply.host !== 'string' || !Array.isArray(reply.terms)) return { kind: 'unsupported' };
    return { kind: 'ready', tabId, ...reply };
  } catch {
    // No content script answers on browser pages, the stores, PDF viewers and the like.
    return { kind: 'unsupported' };
  }
}

/** The query the popup opens with: ?q= from a window, or one handed over by the background. */
export async function initialQuery(location: Location = window.location): Promise<string> {
  const fromUrl = new URLSearchParams(location.search).get('q');
  if (fromUrl) return fromUrl.slice(0, 200);
  const pending = await pendingQueryItem.getValue();
  if (pending) await pendingQueryItem.setValue(null);
  return pending ?? '';
}
