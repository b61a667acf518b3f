import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readGlossaryRevision, watchGlossaryRevision } from '../../utils/storage/glossary-revision';
import { onMessage, sendMessage } from '../../utils/messages/messaging';
import { loadSettings, updateSettings, watchSettings } from '../../utils/storage/settings';
import { CardPresenter } from './card-presenter';
import { watchDocumentReopened } from './document-reopened';
import { isLongPage } from './drawn-style';
import { EntryCache, entryFromBackground } from './entry-cache';
import { clearFocusHighlight, flashFocus, scrollToRange, waitForScroll } from './focus-marker';
import { FrameState } from './frame-state';
import { pageCommands } from './page-commands';
import { unexplainedOnPage } from './page-explainer';
import { PageScan } from './page-scan';
import { listenToPopup } from './popup-handlers';
import { RemoteMatchSource } from './remote-match-source';
import { ScanLifecycle, scanOptions } from './scan-lifecycle';
import { TermStepper } from './term-stepper';
import { importCardUi } from './tooltip/card-ui-contract';

/**
 * Everything Termlight does in one frame, wired to the content script's lifetime: the live scan,
 * the card, the lifecycle that applies the glossary and settings to both, keyboard commands and
 * the popup's questions.
 */
export async function startPageSession(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const host = () => location.hostname;
  const state = new FrameState(await loadSettings());
  const entries = new EntryCache(entryFromBackground);
  const scan = new PageScan(doc, scanOptions(state.settings));
  const card = new CardPresenter(ctx, {
    scanner: scan.scanner,
    entries,
    entryOf: (match) => state.entryOf(match),
    delayMs: () => state.settings.tooltipDelayMs,
    bringIntoView: (range) => waitForScroll(!scrollToRange(range)),
    returnFocus: true,
    loadCardUi: importCardUi,
  });
  const stepper = new TermStepper(() => scan.scanner.ordered());
  const lifecycle = new ScanLifecycle(state, {
    scan,
    card,
    stepper,
    entries,
    host,
    longPage: () => isLongPage(doc),
    // The background matches: this frame never loads the glossary's tables or word lists.
    sourceFor: (current) => new RemoteMatchSource((request) => sendMessage('matchBlock', request), current, state),
  });
  const runCommand = pageCommands({
    whatIsSelected: (text) => (state.hasGlossary ? sendMessage('explainSelection', { text }) : Promise.resolve(null)),
    stepper,
    card,
    host,
    selection: () => window.getSelection(),
    updateSettings,
    searchInPopup: (query) => sendMessage('openInTermlight', { query }).catch(() => {}),
  });

  const stops = [
    watchSettings((next) => lifecycle.applySettings(next)),
    watchGlossaryRevision((next) => void lifecycle.applyGlossary(next)),
    listenToPopup({
      view: state,
      page: scan,
      isTop: window === window.top,
      host,
      flash: (range) => {
        scrollToRange(range);
        flashFocus(range);
      },
      unexplainedWords: (current) => unexplainedOnPage(window, [doc.body ?? doc.documentElement, ...scan.scanner.shadowRoots], current),
    }),
    onMessage('runCommand', ({ command, wrap }) => runCommand(command, wrap ?? true)),
  ];
  relistenOnReopen(ctx, doc, card, () => void lifecycle.refresh());

  ctx.onInvalidated(() => {
    for (const stop of stops) stop();
    scan.dispose();
    clearFocusHighlight();
    card.dispose();
  });

  // Read after the watch is on, so a glossary published in between is not missed.
  await lifecycle.applyGlossary(await readGlossaryRevision());
}

/**
 * Single-page apps replace content without a load: their navigations rescan. document.open()
 * erases every listener on the document and its window; those are added back here, all of them:
 * the card's pointer listeners, WXT's location-change event (dispatched on the window; WXT's own
 * watch of the Navigation API survives), and WXT's listener on the document by which a newer copy
 * of this script (after an update) retires this one.
 */
function relistenOnReopen(ctx: ContentScriptContext, doc: Document, card: CardPresenter, refresh: () => void): void {
  ctx.addEventListener(window, 'wxt:locationchange', refresh);
  watchDocumentReopened(doc, ctx.signal, (listenersErased) => {
    card.tracker.documentReplaced();
    if (!listenersErased) return;
    ctx.addEventListener(window, 'wxt:locationchange', refresh);
    ctx.listenForNewerScripts();
  });
}
