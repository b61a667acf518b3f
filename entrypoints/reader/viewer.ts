import { TextLayer, type PDFDocumentProxy, type PDFPageProxy, type RenderTask } from 'pdfjs-dist';
import type { TextContent, TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { t } from '../../utils/ui/i18n';
import { drawingTask } from './page-canvas-factory';

/** Pages within this distance of the viewport are drawn with their text layer. */
const RENDER_MARGIN = '150% 0px';
/** Pages that move further than this away are released (canvas and text layer dropped). */
const RELEASE_MARGIN = '400% 0px';
/** At most this many pages are drawn at once, whatever the margins say: memory stays bounded. */
export const MAX_RENDERED_PAGES = 10;

export interface ViewerCallbacks {
  /** A page's text layer is in the document (scan it). */
  onTextLayer(page: number, layer: HTMLElement): void;
  /** A page's text layer left the document. */
  onReleased(page: number): void;
  /** The page most in view changed. */
  onCurrentPage(page: number): void;
  /** A page could not be drawn. */
  onPageError(page: number, error: unknown): void;
}

interface PageSlot {
  number: number;
  element: HTMLElement;
  width: number;
  height: number;
  rendered: Promise<HTMLElement | null> | null;
  layer: HTMLElement | null;
  canvas: HTMLCanvasElement | null;
  task: RenderTask | null;
  textLayer: TextLayer | null;
  generation: number;
}

/**
 * The text a page's text layer holds, item by item, exactly as it sits in the DOM once drawn:
 * each item's string, and a line break where the PDF ends a line. Matching and find use it.
 */
export function pageText(content: TextContent): string {
  let text = '';
  for (const item of content.items as (TextItem | TextMarkedContent)[]) {
    if (!('str' in item)) continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text;
}

/**
 * Shows a PDF as a column of page boxes sized up front; only pages near the viewport get a
 * canvas and PDF.js's text layer, and pages far away are released again.
 */
export class PdfViewer {
  readonly slots: PageSlot[] = [];
  #scale: number;
  #near = new Set<number>();
  #renderObserver: IntersectionObserver;
  #releaseObserver: IntersectionObserver;
  #currentObserver: IntersectionObserver;
  #visibility = new Map<number, number>();
  #current = 1;
  #lastUse = new Map<number, number>();
  #useClock = 0;
  /**
   * Pages' pictures are drawn one at a time. PDF.js draws in animation-frame slices of about
   * 15 ms each; two pages drawn at once put two slices (and a larger commit) into one frame.
   */
  #painting: Promise<void> = Promise.resolve();

  constructor(
    readonly doc: PDFDocumentProxy,
    readonly container: HTMLElement,
    readonly scroller: HTMLElement,
    firstPage: { width: number; height: number },
    scale: number,
    private readonly callbacks: ViewerCallbacks,
  ) {
    this.#scale = scale;
    this.#renderObserver = new IntersectionObserver((entries) => this.#onNear(entries), { root: scroller, rootMargin: RENDER_MARGIN });
    this.#releaseObserver = new IntersectionObserver((entries) => this.#onFar(entries), { root: scroller, rootMargin: RELEASE_MARGIN });
    this.#currentObserver = new IntersectionObserver((entries) => this.#onVisible(entries), { root: scroller, threshold: [0, 0.25, 0.5, 0.75, 1] });
    const fragment = document.createDocumentFragment();
    for (let number = 1; number <= doc.numPages; number++) {
      const element = document.createElement('div');
      element.className = 'pdf-page';
      element.dataset.page = String(number);
      element.setAttribute('role', 'region');
      element.setAttribute('aria-label', t('readerPageAria', number));
      const slot: PageSlot = { number, element, width: firstPage.width, height: firstPage.height, rendered: null, layer: null, canvas: null, task: null, textLayer: null, generation: 0 };
      this.slots.push(slot);
      this.#size(slot);
      fragment.append(element);
    }
    container.append(fragment);
    for (const slot of this.slots) {
      this.#renderObserver.observe(slot.element);
      this.#releaseObserver.observe(slot.element);
      this.#currentObserver.observe(slot.element);
    }
  }

  get scale(): number {
    return this.#scale;
  }

  get currentPage(): number {
    return this.#current;
  }

  /** Pages drawn right now (their text layers are in the document). */
  renderedPages(): number[] {
    return this.slots.filter((slot) => slot.layer).map((slot) => slot.number);
  }

  layerOf(page: number): HTMLElement | null {
    return this.slots[page - 1]?.layer ?? null;
  }

  setScale(scale: number): void {
    if (scale === this.#scale) return;
    const keep = this.#current;
    const offsetInPage = (this.scroller.scrollTop - (this.slots[keep - 1]?.element.offsetTop ?? 0)) / this.#scale;
    this.#scale = scale;
    for (const slot of this.slots) {
      this.#release(slot);
      this.#size(slot);
    }
    const slot = this.slots[keep - 1];
    if (slot) this.scroller.scrollTop = slot.element.offsetTop + offsetInPage * scale;
    // The observers report again after the layout change; pages in view are drawn anew.
    for (const number of this.#near) void this.ensureRendered(number);
  }

  /** Draws a page (if it is not drawn already) and resolves with its text layer. */
  ensureRendered(page: number): Promise<HTMLElement | null> {
    const slot = this.slots[page - 1];
    if (!slot) return Promise.resolve(null);
    this.#lastUse.set(page, ++this.#useClock);
    slot.rendered ??= this.#render(slot);
    return slot.rendered;
  }

  scrollToPage(page: number): void {
    const slot = this.slots[Math.min(Math.max(page, 1), this.slots.length) - 1];
    if (slot) this.scroller.scrollTop = slot.element.offsetTop - 8;
  }

  destroy(): void {
    this.#renderObserver.disconnect();
    this.#releaseObserver.disconnect();
    this.#currentObserver.disconnect();
    for (const slot of this.slots) this.#release(slot);
    this.container.replaceChildren();
  }

  #size(slot: PageSlot): void {
    slot.element.style.width = `${Math.floor(slot.width * this.#scale)}px`;
    slot.element.style.height = `${Math.floor(slot.height * this.#scale)}px`;
    slot.element.style.setProperty('--scale-factor', String(this.#scale));
    slot.element.style.setProperty('--total-scale-factor', String(this.#scale));
    slot.element.style.setProperty('--user-unit', '1');
    slot.element.style.setProperty('--scale-round-x', '1px');
    slot.element.style.setProperty('--scale-round-y', '1px');
  }

  async #render(slot: PageSlot): Promise<HTMLElement | null> {
    const generation = ++slot.generation;
    let page: PDFPageProxy;
    try {
      page = await this.doc.getPage(slot.number);
    } catch (error) {
      this.callbacks.onPageError(slot.number, error);
      return null;
    }
    if (generation !== slot.generation) return null;
    const base = page.getViewport({ scale: 1 });
    if (base.width !== slot.width || base.height !== slot.height) {
      slot.width = base.width;
      slot.height = base.height;
      this.#size(slot);
    }
    const viewport = page.getViewport({ scale: this.#scale });
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    canvas.setAttribute('aria-hidden', 'true');
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    slot.canvas = canvas;
    slot.element.append(canvas);
    try {
      const content = await page.getTextContent();
      if (generation !== slot.generation) return null;
      const textLayer = new TextLayer({ textContentSource: content, container: layer, viewport });
      slot.textLayer = textLayer;
      await textLayer.render();
      if (generation !== slot.generation) return null;
      // PDF.js ends each line with <br>. A line break in the text itself keeps the words of two
      // lines apart without ending the block, so a term broken across lines is still one phrase.
      for (const br of layer.querySelectorAll('br')) br.replaceWith(document.createTextNode('\n'));
      slot.element.append(layer);
      slot.layer = layer;
      this.callbacks.onTextLayer(slot.number, layer);
      // Text first (terms, hover), then the picture, when no other page is being drawn.
      const previous = this.#painting;
      let painted!: () => void;
      this.#painting = new Promise((resolve) => (painted = resolve));
      try {
        await previous;
        if (generation !== slot.generation) return null;
        slot.task = page.render({ canvas, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined });
        drawingTask(canvas, slot.task);
        await slot.task.promise.catch((error: unknown) => {
          if ((error as { name?: string })?.name !== 'RenderingCancelledException') this.callbacks.onPageError(slot.number, error);
        });
      } finally {
        painted();
      }
      slot.task = null;
      this.#enforceBudget();
      return layer;
    } catch (error) {
      if (generation === slot.generation) this.callbacks.onPageError(slot.number, error);
      return null;
    } finally {
      page.cleanup();
    }
  }

  #release(slot: PageSlot): void {
    slot.generation++;
    slot.task?.cancel();
    slot.task = null;
    slot.textLayer?.cancel();
    slot.textLayer = null;
    const hadLayer = !!slot.layer;
    slot.layer?.remove();
    slot.layer = null;
    if (slot.canvas) {
      // Gives the pixels back at once rather than at the next garbage collection. (Handing a
      // worker-drawn canvas an empty picture first, transferFromImageBitmap(null), made scrolling's
      // long tasks come back: 1-18 per open against 0-2.)
      slot.canvas.width = 0;
      slot.canvas.height = 0;
      slot.canvas.remove();
      slot.canvas = null;
    }
    slot.rendered = null;
    this.#lastUse.delete(slot.number);
    if (hadLayer) this.callbacks.onReleased(slot.number);
  }

  /** Drops the least recently wanted pages beyond the budget (never those near the viewport). */
  #enforceBudget(): void {
    const drawn = this.slots.filter((slot) => slot.rendered);
    if (drawn.length <= MAX_RENDERED_PAGES) return;
    const spare = drawn.filter((slot) => !this.#near.has(slot.number)).sort((a, b) => (this.#lastUse.get(a.number) ?? 0) - (this.#lastUse.get(b.number) ?? 0));
    for (const slot of spare.slice(0, drawn.length - MAX_RENDERED_PAGES)) this.#release(slot);
  }

  #onNear(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const number = Number((entry.target as HTMLElement).dataset.page);
      if (entry.isIntersecting) {
        this.#near.add(number);
        void this.ensureRendered(number);
      } else this.#near.delete(number);
    }
  }

  #onFar(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.isIntersecting) continue;
      const slot = this.slots[Number((entry.target as HTMLElement).dataset.page) - 1];
      if (slot?.rendered) this.#release(slot);
    }
  }

  #onVisible(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) this.#visibility.set(Number((entry.target as HTMLElement).dataset.page), entry.isIntersecting ? entry.intersectionRatio * entry.boundingClientRect.height : 0);
    let best = this.#current;
    let bestArea = -1;
    for (const [page, area] of this.#visibility) {
      if (area > bestArea || (area === bestArea && page < best)) {
        best = page;
        bestArea = area;
      }
    }
    if (bestArea > 0 && best !== this.#current) {
      this.#current = best;
      this.callbacks.onCurrentPage(best);
    }
  }
}
