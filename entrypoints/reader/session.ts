import type { PDFDocumentProxy } from 'pdfjs-dist';
import { underlineMatcher } from '../../glossary/levels';
import type { GlossaryEntry } from '../../glossary/schema';
import { chooseSense } from '../../glossary/senses';
import { createMatcher, type Matcher } from '../../glossary/matcher';
import type { CompiledGlossary } from '../../glossary/compile';
import { compiledGlossaryItem, isStoredCompiledGlossary } from '../../utils/glossary-store';
import { onMessage, sendMessage, type EntryReply, type PageCommand, type PageTermsReply } from '../../utils/messaging';
import type { Settings } from '../../glossary/settings-schema';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings';
import { FOCUS_HIGHLIGHT, highlightName } from '../content/highlights';
import { liveRange } from '../content/hit-test';
import { HoverTracker } from '../content/hover';
import type { PageMatch } from '../content/match-index';
import { PageScanner } from '../content/page-scanner';
import { TERMLIGHT_UI_TAG } from '../content/skip-rules';
import { TermStepper } from '../content/term-stepper';
import { textAround } from '../content/text-around';
import { lazyTooltip } from '../content/tooltip/mount-tooltip';
import type { TooltipState } from '../content/tooltip/TooltipView';
import { extensionPageContext } from './page-context';
import { DocumentIndex } from './text-index';
import { pageText, PdfViewer } from './viewer';

/** The highlight that marks find-in-document results. */
export const FIND_HIGHLIGHT = 'termlight-find';

export interface ReaderTerm {
  id: string;
  packId: string;
  term: string;
  count: number;
}

export interface ReaderState {
  page: number;
  pages: number;
  scale: number;
  terms: ReaderTerm[];
  /** Pages whose text has been read for the term list. */
  indexed: number;
  /** Set once the whole document was read and it holds no text at all (a scan). */
  noText: boolean;
  /** Highlights are off (Termlight paused) or the glossary is not there yet. */
  inactive: string | null;
  pageErrors: number[];
  /** Find in document: the results and which one is shown (-1: none). */
  find: { query: string; total: number; current: number };
}

export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/**
 * One open PDF with Termlight's engine on it: the same PageScanner, highlight layer, hover
 * tracker, tooltip and term stepper as web pages, fed with PDF.js text layers as pages are drawn.
 */
export class ReaderSession {
  readonly ctx = extensionPageContext('termlight-reader');
  readonly viewer: PdfViewer;
  readonly index: DocumentIndex;
  readonly scanner: PageScanner;
  #settings!: Settings;
  #compiled: CompiledGlossary | null = null;
  #matcher: Matcher | null = null;
  #tracker!: HoverTracker;
  #tooltip!: ReturnType<typeof lazyTooltip>;
  #stepper: TermStepper;
  #entries = new Map<string, Promise<EntryReply | null>>();
  #state: ReaderState;
  #findResults: { page: number; start: number; end: number }[] = [];
  #stops: (() => void)[] = [];
  /** Resolves each time a page's text layer has been scanned (keyboard stepping waits for it). */
  #scanned = new Map<number, (() => void)[]>();

  private constructor(
    readonly doc: PDFDocumentProxy,
    container: HTMLElement,
    scroller: HTMLElement,
    firstPage: { width: number; height: number },
    scale: number,
    private readonly onState: (state: ReaderState) => void,
  ) {
    this.#state = {
      page: 1, pages: doc.numPages, scale, terms: [], indexed: 0, noText: false, inactive: null, pageErrors: [],
      find: { query: '', total: 0, current: -1 },
    };
    this.index = new DocumentIndex(doc.numPages);
    const none: Matcher = { findInText: () => [], findInSegments: () => [], isTopicEvidence: () => false };
    this.scanner = new PageScanner({ doc: document, registry: CSS.highlights }, none, { density: 'every', inLinksAndHeadings: true, wordParts: null });
    this.#stepper = new TermStepper(() => this.scanner.ordered());
    this.viewer = new PdfViewer(doc, container, scroller, firstPage, scale, {
      onTextLayer: (page, layer) => {
        if (this.#matcher) this.scanner.rescan([layer]);
        this.#highlightFindOn(page);
        for (const done of this.#scanned.get(page) ?? []) done();
        this.#scanned.delete(page);
      },
      onReleased: () => this.scanner.rescan([]),
      onCurrentPage: (page) => this.#set({ page }),
      onPageError: (page) => this.#set({ pageErrors: [...new Set([...this.#state.pageErrors, page])].sort((a, b) => a - b) }),
    });
  }

  static async open(doc: PDFDocumentProxy, container: HTMLElement, scroller: HTMLElement, onState: (state: ReaderState) => void): Promise<ReaderSession> {
    const first = (await doc.getPage(1)).getViewport({ scale: 1 });
    // Fit the page's width to the reading column, within the zoom steps' range.
    const fit = Math.min(2, Math.max(0.75, (scroller.clientWidth - 48) / first.width));
    const session = new ReaderSession(doc, container, scroller, { width: first.width, height: first.height }, Math.round(fit * 100) / 100, onState);
    await session.#start();
    return session;
  }

  get state(): ReaderState {
    return this.#state;
  }

  #set(change: Partial<ReaderState>): void {
    this.#state = { ...this.#state, ...change };
    this.onState(this.#state);
  }

  async #start(): Promise<void> {
    this.#settings = await loadSettings();
    this.#wireEngine();
    const stored = await compiledGlossaryItem.getValue();
    this.#applyGlossary(stored);
    this.#stops.push(compiledGlossaryItem.watch((value) => this.#applyGlossary(value)));
    this.#stops.push(watchSettings((next) => {
      const previous = this.#settings;
      this.#settings = next;
      if (previous.underline !== next.underline || previous.paused !== next.paused) this.#refresh();
      else if (!next.paused) this.scanner.layer.show(highlightName(next));
    }));
    this.#stops.push(onMessage('getPageTerms', (): PageTermsReply => ({ host: 'Termlight reader', active: !this.#state.inactive, terms: this.#state.terms })));
    this.#stops.push(onMessage('revealTerm', async ({ id, occurrence }) => this.reveal(id, occurrence)));
    this.#stops.push(onMessage('runCommand', ({ command }) => this.runCommand(command)));
    void this.#buildIndex();
  }

  async #buildIndex(): Promise<void> {
    const textOf = async (page: number) => pageText(await (await this.doc.getPage(page)).getTextContent());
    await this.index.build(textOf, this.#matcher ?? { findInText: () => [], findInSegments: () => [], isTopicEvidence: () => false }, this.ctx.signal, (done) => {
      // The term list is rebuilt every few pages while reading, not after each one.
      if (done === this.doc.numPages || done % 10 === 0 || done <= 2) this.#publishTerms(done);
    });
    if (this.ctx.signal.aborted) return;
    if (this.#matcher) this.index.rematch(this.#matcher);
    this.#publishTerms(this.doc.numPages);
    this.#set({ noText: this.index.textChars === 0 });
  }

  #publishTerms(indexed = this.#state.indexed): void {
    const compiled = this.#compiled;
    const terms = compiled
      ? this.index.terms().map(({ entry, count }) => {
          const meta = compiled.entries[entry]!;
          return { id: meta.id, packId: meta.packId, term: meta.term, count };
        })
      : [];
    this.#set({ terms, indexed });
  }

  #applyGlossary(value: unknown): void {
    if (!isStoredCompiledGlossary(value)) {
      this.#set({ inactive: 'The glossary is still loading…' });
      return;
    }
    this.#compiled = value.compiled;
    this.#entries.clear();
    this.#refresh();
  }

  #refresh(): void {
    this.scanner.clear();
    this.#tracker.close();
    this.#stepper.reset();
    const compiled = this.#compiled;
    if (!compiled || this.#settings.paused) {
      this.#matcher = null;
      this.scanner.layer.hide();
      this.#set({ inactive: this.#settings.paused ? 'Termlight is paused: terms are not highlighted.' : 'The glossary is still loading…', terms: [] });
      return;
    }
    // Muted terms are left out of the compiled glossary by the background; the level filter is applied here.
    this.#matcher = underlineMatcher(createMatcher(compiled), compiled.entries, this.#settings.underline);
    // Every occurrence: a PDF has no headings to tell sections by, and pages are drawn out of order.
    this.scanner.reconfigure(this.#matcher, { density: 'every', inLinksAndHeadings: true, wordParts: null });
    this.scanner.layer.show(highlightName(this.#settings));
    for (const page of this.viewer.renderedPages()) {
      const layer = this.viewer.layerOf(page);
      if (layer) this.scanner.rescan([layer]);
    }
    if (this.index.texts.length > 0) this.index.rematch(this.#matcher);
    this.#set({ inactive: null });
    this.#publishTerms();
  }

  #wireEngine(): void {
    const ctx = this.ctx;
    this.#tooltip = lazyTooltip(ctx, {
      onRelated: (item) => void this.#showEntry(item.id, item.packId, this.#tooltip.state?.anchor ?? null, true),
      onOpenInTermlight: (state) => void sendMessage('openInTermlight', { query: state.entry ? state.entry.term : state.guess.word }).catch(() => {}),
      onAddToMyTerms: (state: TooltipState) => {
        if (state.guess) void sendMessage('openMyTerms', { term: state.guess.word }).catch(() => {});
      },
      onMute: (state) => {
        if (!state.entry) return;
        this.#tracker.close();
        void updateSettings((current) => ({ ...current, mutedIds: [...new Set([...current.mutedIds, state.origin ? `${state.origin.packId}:${state.entry.id}` : state.entry.id])] }));
      },
      onClose: () => this.#tracker.close(),
      onPointerEnter: () => this.#tracker.cancelHide(),
      onPointerLeave: () => {
        if (!this.#tooltip.state?.pinned) this.#tracker.startHideGrace();
      },
    } as Parameters<typeof lazyTooltip>[1]);
    this.#tracker = new HoverTracker(document, () => this.scanner.index, {
      show: (hit, pinned) => {
        const meta = this.#compiled?.entries[hit.match.entry];
        if (meta) void this.#showEntry(meta.id, meta.packId, hit.rect, pinned, false, hit.match);
      },
      hide: () => {
        const wasKeyboard = this.#tooltip.state?.viaKeyboard;
        this.#tooltip.update(null);
        if (wasKeyboard) this.#clearFocus();
      },
      cardHoldsOpen: () => this.#tooltip.pointerInside || !!this.#tooltip.state?.pinned,
      isOpen: () => this.#tooltip.state !== null,
      delayMs: () => this.#settings.tooltipDelayMs,
      isInsideCard: (event) => event.composedPath().some((node) => (node as Element).tagName === TERMLIGHT_UI_TAG),
      prefetch: (match) => {
        const meta = this.#compiled?.entries[match.entry];
        if (meta) void this.#entryFor(meta.id, meta.packId);
      },
    }, ctx.signal);
  }

  #entryFor(id: string, packId: string): Promise<EntryReply | null> {
    const key = `${packId}\u0000${id}`;
    let reply = this.#entries.get(key);
    if (!reply) {
      reply = sendMessage('getEntry', { id, packId }).catch(() => null);
      if (this.#entries.size > 500) this.#entries.clear();
      this.#entries.set(key, reply);
    }
    return reply;
  }

  async #showEntry(id: string, packId: string, anchor: DOMRect | null, pinned: boolean, viaKeyboard = false, match?: PageMatch): Promise<void> {
    const reply = await this.#entryFor(id, packId);
    if (!reply || !anchor || this.ctx.signal.aborted) return;
    this.#tooltip.update({
      entry: reply.entry,
      related: reply.related,
      origin: reply.origin,
      anchor,
      pinned,
      viaKeyboard: viaKeyboard || !!this.#tooltip.state?.viaKeyboard,
      sense: senseAt(reply.entry, match),
    } as TooltipState);
    if (viaKeyboard) this.#tooltip.announce(`${reply.entry.term}: ${reply.entry.short}`);
  }

  #clearFocus(): void {
    if (CSS.highlights.has(FOCUS_HIGHLIGHT)) CSS.highlights.delete(FOCUS_HIGHLIGHT);
  }

  /** Resolves once `page` is drawn and its terms are scanned. */
  async #pageReady(page: number): Promise<void> {
    if (this.viewer.layerOf(page)) return;
    const scanned = new Promise<void>((resolve) => this.#scanned.set(page, [...(this.#scanned.get(page) ?? []), resolve]));
    void this.viewer.ensureRendered(page);
    await Promise.race([scanned, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }

  #pageOf(match: PageMatch): number {
    const element = match.range.startContainer.parentElement?.closest<HTMLElement>('.pdf-page');
    return Number(element?.dataset.page ?? 0);
  }

  /**
   * Next or previous term, across pages: within the drawn pages with the shared stepper, and on
   * to the next page that has terms (from the document index) when the drawn ones run out.
   */
  async runCommand(command: PageCommand): Promise<{ moved: boolean }> {
    if (command !== 'next-term' && command !== 'previous-term') return { moved: false };
    const direction = command === 'next-term' ? 1 : -1;
    const current = this.#stepper.current;
    const currentPage = current && current.range.startContainer.isConnected ? this.#pageOf(current) : 0;
    if (currentPage) {
      const candidate = this.#stepper.step(direction, false);
      if (candidate && this.#pageOf(candidate) === currentPage) {
        await this.#openByKeyboard(candidate);
        return { moved: true };
      }
    }
    // On to the next page with terms, drawn or not, wrapping around the document's ends.
    const start = currentPage || (direction === 1 ? this.viewer.currentPage - 1 : this.viewer.currentPage + 1);
    let page = this.index.pageWithTerms(start, direction) ?? this.index.pageWithTerms(direction === 1 ? 0 : this.doc.numPages + 1, direction);
    for (let tries = 0; page !== null && tries < 5; tries++) {
      await this.#pageReady(page);
      const onPage = this.scanner.ordered().filter((match) => this.#pageOf(match) === page);
      const target = direction === 1 ? onPage[0] : onPage[onPage.length - 1];
      if (target) {
        // The shared stepper goes on from the target at the next press.
        this.#stepper.reset();
        for (let i = 0; i < 100_000; i++) {
          const step = this.#stepper.step(1, false);
          if (!step || step === target) break;
        }
        await this.#openByKeyboard(target);
        return { moved: true };
      }
      page = this.index.pageWithTerms(page, direction);
    }
    return { moved: false };
  }

  async #openByKeyboard(match: PageMatch): Promise<void> {
    const meta = this.#compiled?.entries[match.entry];
    if (!meta) return;
    liveRange(match.range).startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'auto' });
    CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(match.range));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const range = liveRange(match.range);
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    this.#tracker.markShown(match);
    await this.#showEntry(meta.id, meta.packId, rect, true, true, match);
  }

  /** Scrolls to occurrence `occurrence` (wrapping) of a term and flashes it. */
  async reveal(id: string, occurrence: number): Promise<{ found: boolean; total: number }> {
    const entry = this.#compiled?.entries.findIndex((item) => item.id === id) ?? -1;
    const term = this.index.terms().find((item) => item.entry === entry);
    if (!term) return { found: false, total: 0 };
    const k = occurrence % term.count;
    const page = term.pages[k]!;
    const withinPage = k - term.pages.indexOf(page);
    this.viewer.scrollToPage(page);
    await this.#pageReady(page);
    const matches = this.scanner.occurrences(entry).filter((match) => this.#pageOf(match) === page);
    const match = matches[Math.min(withinPage, matches.length - 1)];
    if (!match) return { found: false, total: term.count };
    liveRange(match.range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const focus = new Highlight(match.range);
    CSS.highlights.set(FOCUS_HIGHLIGHT, focus);
    window.setTimeout(() => {
      if (CSS.highlights.get(FOCUS_HIGHLIGHT) === focus) CSS.highlights.delete(FOCUS_HIGHLIGHT);
    }, 1_500);
    return { found: true, total: term.count };
  }

  zoom(scale: number): void {
    this.#tracker.close();
    this.viewer.setScale(scale);
    this.#set({ scale });
  }

  goToPage(page: number): void {
    this.viewer.scrollToPage(page);
  }

  /** Find in document: `step` 0 starts a new search, 1 / -1 move through the results. */
  async find(query: string, step: 0 | 1 | -1): Promise<void> {
    if (step === 0 || query !== this.#state.find.query) {
      this.#findResults = this.index.find(query);
      this.#set({ find: { query, total: this.#findResults.length, current: this.#findResults.length > 0 ? 0 : -1 } });
    } else if (this.#findResults.length > 0) {
      const current = (this.#state.find.current + step + this.#findResults.length) % this.#findResults.length;
      this.#set({ find: { ...this.#state.find, current } });
    }
    if (CSS.highlights.has(FIND_HIGHLIGHT)) CSS.highlights.delete(FIND_HIGHLIGHT);
    const result = this.#findResults[this.#state.find.current];
    if (!result) return;
    this.viewer.scrollToPage(result.page);
    await this.#pageReady(result.page);
    this.#highlightFindOn(result.page, true);
  }

  #highlightFindOn(page: number, scroll = false): void {
    const result = this.#findResults[this.#state.find.current];
    const layer = this.viewer.layerOf(page);
    if (!result || result.page !== page || !layer) return;
    const range = rangeAt(layer, result.start, result.end);
    if (!range) return;
    CSS.highlights.set(FIND_HIGHLIGHT, new Highlight(range));
    if (scroll) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }

  destroy(): void {
    for (const stop of this.#stops) stop();
    this.#tooltip?.update(null);
    this.ctx.invalidate();
    this.scanner.clear();
    this.scanner.layer.hide();
    this.#clearFocus();
    if (CSS.highlights.has(FIND_HIGHLIGHT)) CSS.highlights.delete(FIND_HIGHLIGHT);
    this.viewer.destroy();
    void this.doc.loadingTask.destroy();
  }
}

/** A DOM range over characters start..end of a text layer's text (its text nodes in order). */
function rangeAt(layer: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const next = offset + node.length;
    if (!started && start < next) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset = next;
  }
  return null;
}

function senseAt(entry: GlossaryEntry, match: PageMatch | undefined): number | null | undefined {
  if (!entry.senses || entry.senses.length === 0) return undefined;
  const around = match ? textAround(match) : null;
  return around ? chooseSense(entry.senses, around.text, around.start, around.end) : null;
}
