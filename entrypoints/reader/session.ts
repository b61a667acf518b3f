import type { PDFDocumentProxy } from 'pdfjs-dist';
import { underlineMatcher } from '../../glossary/levels';
import { createMatcher, type Matcher } from '../../glossary/matcher';
import type { CompiledGlossary } from '../../glossary/compile';
import { isStoredCompiledGlossary } from '../../utils/storage/glossary-store';
import { onMessage, type PageCommand, type PageTermsReply } from '../../utils/messages/messaging';
import type { Settings } from '../../glossary/settings-schema';
import { t } from '../../utils/ui/i18n';
import { CardPresenter } from '../content/card-presenter';
import { EntryCache, entryFromBackground } from '../content/entry-cache';
import { clearFocusHighlight, flashFocus } from '../content/focus-marker';
import { highlightLook } from '../content/drawn-style';
import { liveRange } from '../content/hit-test';
import type { PageMatch } from '../content/match-index';
import { LocalMatchSource, NO_MATCHES } from '../content/match-source';
import { PageScanner } from '../content/page-scanner';
import { TermStepper } from '../content/term-stepper';
import type { WordPartsExplainer } from '../../glossary/word-parts/page-words';
import { engineInputs, type EngineInputs } from './engine-inputs';
import { extensionPageContext } from './page-context';
import { lineHyphenMatcher } from './line-hyphens';
import { loadedWordParts, loadWordParts } from './word-parts-loader';
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
  /** The revision of the glossary in force (the background's publish), or null before one. */
  #revision: string | null = null;
  /** The compiled glossary's own matcher, made once per glossary (settings changes only wrap it again). */
  #rawMatcher: Matcher | null = null;
  /** What pages are matched with: the level filter, and words hyphenated at a line end joined. */
  #matcher: Matcher | null = null;
  /** Word-parts guesses, once their tables are built (null while they are, or when the setting is off). */
  #explainer: WordPartsExplainer | null = null;
  /** Counts refreshes: word-parts tables built for an older one are dropped. */
  #generation = 0;
  /** The card and the hover tracker, the same as on web pages; made once the settings are read. */
  #card!: CardPresenter;
  #stepper: TermStepper;
  #entries = new EntryCache(entryFromBackground);
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
    this.scanner = new PageScanner({ doc: document, registry: CSS.highlights }, NO_MATCHES, { density: 'every', inLinksAndHeadings: true });
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
    // Settings and the glossary have been read since the engine loaded (engine-inputs.ts).
    const inputs = engineInputs();
    const first = (await doc.getPage(1)).getViewport({ scale: 1 });
    // Fit the page's width to the reading column, within the zoom steps' range.
    const fit = Math.min(2, Math.max(0.75, (scroller.clientWidth - 48) / first.width));
    const session = new ReaderSession(doc, container, scroller, { width: first.width, height: first.height }, Math.round(fit * 100) / 100, onState);
    await session.#start(inputs);
    return session;
  }

  get state(): ReaderState {
    return this.#state;
  }

  #set(change: Partial<ReaderState>): void {
    this.#state = { ...this.#state, ...change };
    this.onState(this.#state);
  }

  async #start(inputs: EngineInputs): Promise<void> {
    this.#settings = await inputs.settings.current();
    this.#wireEngine();
    this.#stops.push(inputs.settings.onChange((next) => {
      const previous = this.#settings;
      this.#settings = next;
      if (previous.underline !== next.underline || previous.paused !== next.paused || previous.wordParts !== next.wordParts) this.#refresh();
      else if (!next.paused) this.#showLook();
    }));
    const glossary = await inputs.glossary.current();
    if (this.ctx.signal.aborted) return;
    this.#applyGlossary(glossary);
    this.#stops.push(inputs.glossary.onChange((value) => this.#applyGlossary(value)));
    this.#stops.push(onMessage('getPageTerms', (): PageTermsReply => ({ host: t('readerName'), active: !this.#state.inactive, terms: this.#state.terms })));
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
      this.#revision = null;
      this.#set({ inactive: t('readerGlossaryLoading') });
      return;
    }
    // A publish already in force is not applied again: applying it rescans the document and
    // sends the keyboard back to the first term, with nothing changed.
    if (value.revision === this.#revision) return;
    this.#revision = value.revision;
    this.#compiled = value.compiled;
    this.#rawMatcher = createMatcher(value.compiled);
    this.#entries.clear();
    this.#refresh();
  }

  #refresh(): void {
    // A card that just muted (or unmuted) its term stays to say so.
    this.#card.matchesRebuilt();
    this.#stepper.reset();
    const generation = ++this.#generation;
    this.#explainer = null;
    const compiled = this.#compiled;
    const raw = this.#rawMatcher;
    if (!compiled || !raw || this.#settings.paused) {
      this.scanner.clear();
      this.#matcher = null;
      this.scanner.layer.hide();
      this.scanner.partsLayer.hide();
      this.#set({ inactive: this.#settings.paused ? t('readerPaused') : t('readerGlossaryLoading'), terms: [] });
      return;
    }
    // Muted terms are silent in the compiled glossary (the matcher never reports them); the level filter is applied here.
    this.#matcher = lineHyphenMatcher(underlineMatcher(raw, compiled, this.#settings.underline));
    const parts = this.#settings.wordParts ? loadedWordParts() : null;
    if (parts) this.#explainer = parts.explainer(raw, this.#settings.mutedIds);
    else this.scanner.partsLayer.hide();
    this.#reconfigure();
    this.#showLook();
    // What is shown stays until the drawn pages' new matches replace it, in one step.
    void this.scanner.replaceFrom(this.#drawnLayers());
    if (this.index.texts.length > 0) this.index.rematch(this.#matcher);
    this.#set({ inactive: null });
    this.#publishTerms();
    if (this.#settings.wordParts && !this.#explainer) void this.#startWordParts(raw, generation);
  }

  /**
   * The terms' style and colour, and word-parts guesses once their explainer is ready. The reader
   * is not counted as a long page (drawn-style.ts): the default style underlines there.
   */
  #showLook(): void {
    const look = highlightLook(this.#settings, false);
    this.scanner.layer.show(look.terms);
    if (this.#explainer) this.scanner.partsLayer.show(look.parts);
  }

  #reconfigure(): void {
    // Every occurrence: a PDF has no headings to tell sections by, and pages are drawn out of order.
    if (this.#matcher) this.scanner.reconfigure(new LocalMatchSource(this.#matcher, this.#explainer, window), { density: 'every', inLinksAndHeadings: true });
  }

  #rescanDrawn(): void {
    for (const layer of this.#drawnLayers()) void this.scanner.rescan([layer]);
  }

  #drawnLayers(): HTMLElement[] {
    return this.viewer.renderedPages().flatMap((page) => this.viewer.layerOf(page) ?? []);
  }

  /**
   * Word-parts guesses, as on web pages (the same explainer, highlight and card), when their code
   * and tables were not ready at the refresh: once they are, the drawn pages are scanned again,
   * and the keyboard and hover keep their place.
   */
  async #startWordParts(raw: Matcher, generation: number): Promise<void> {
    const parts = await loadWordParts();
    if (generation !== this.#generation || this.ctx.signal.aborted || !this.#settings.wordParts) return;
    this.#explainer = parts.explainer(raw, this.#settings.mutedIds);
    this.#reconfigure();
    this.#showLook();
    const current = this.#stepper.current;
    const shown = this.#card.tracker.shownMatch;
    this.#rescanDrawn();
    const same = (match: PageMatch | null) =>
      match && this.scanner.ordered().find((other) => other.range.startContainer === match.range.startContainer && other.range.startOffset === match.range.startOffset);
    const newCurrent = same(current);
    if (newCurrent) this.#stepTo(newCurrent);
    const newShown = same(shown);
    if (newShown) this.#card.tracker.markShown(newShown);
  }

  /** Puts the keyboard stepper on `target`, so the next press goes on from there. */
  #stepTo(target: PageMatch): void {
    this.#stepper.reset();
    for (let i = 0; i < 100_000; i++) {
      const step = this.#stepper.step(1, false);
      if (!step || step === target) break;
    }
  }


  #wireEngine(): void {
    this.#card = new CardPresenter(this.ctx, {
      scanner: this.scanner,
      entries: this.#entries,
      entryOf: (match) => this.#compiled?.entries[match.entry],
      delayMs: () => this.#settings.tooltipDelayMs,
      // Pages are drawn where they stand: no smooth scroll to wait for, only the next frame.
      bringIntoView: (range) => {
        liveRange(range).startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'auto' });
        return new Promise((resolve) => requestAnimationFrame(() => resolve()));
      },
      returnFocus: false,
      // An extension page imports the card's code as a module of its own bundle.
      loadCardUi: () => import('../content/tooltip/card-ui').then((module) => module.cardUi),
    });
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
        await this.#card.openByKeyboard(candidate);
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
        this.#stepTo(target);
        await this.#card.openByKeyboard(target);
        return { moved: true };
      }
      page = this.index.pageWithTerms(page, direction);
    }
    return { moved: false };
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
    flashFocus(match.range);
    return { found: true, total: term.count };
  }

  zoom(scale: number): void {
    this.#card.tracker.close();
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
    this.#card?.dispose();
    this.ctx.invalidate();
    this.scanner.clear();
    this.scanner.layer.hide();
    this.scanner.partsLayer.hide();
    clearFocusHighlight();
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
