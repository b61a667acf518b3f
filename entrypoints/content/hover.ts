import { hitTest, type Hit } from './hit-test';
import type { MatchIndex, PageMatch } from './match-index';

/**
 * Hover intent: the dwell counts only while the pointer stays within this distance of where it
 * settled. A pointer travelling across text (even slowly: 40 px a second leaves the circle within
 * a 150 ms dwell) keeps restarting it and opens nothing; one that rests on a term, with a hand's
 * small tremor, opens its card after the dwell.
 */
export const REST_RADIUS_PX = 6;
export const HIDE_GRACE_MS = 300;
/**
 * The card shows in the frame that starts nearest the dwell's end: at most this much before it
 * (half a frame at 60 Hz). Shown from a timer at the end, it waited for the next frame, up to a
 * whole frame later, before anything of it was drawn.
 */
const HALF_FRAME_MS = 8;
/** The dwell's timer fires this long before its end, so that the frame nearest the end is not missed. */
const FRAME_LEAD_MS = 20;

export interface HoverCallbacks {
  show(hit: Hit, pinned: boolean): void;
  hide(): void;
  /** The card is under the pointer, or pinned: leaving the term must not hide it. */
  cardHoldsOpen(): boolean;
  /** A card is on screen, however it was opened. */
  isOpen(): boolean;
  delayMs(): number;
  /** The pointer settled on a term: get its card ready while the dwell runs. */
  prefetch?(hit: Hit): void;
  /** Whether an event happened inside Termlight's own card (its clicks must not close it). */
  isInsideCard?(event: Event): boolean;
}

/**
 * Pointer tracking for the tooltip: one hit-test per animation frame, a dwell at rest before showing,
 * a grace period before hiding, Esc to close and click to pin. A tap (touch or pen) is a click:
 * it opens the term's card pinned, and a tap anywhere else closes it; swipes and long presses
 * make no click, so scrolling and selecting text are left alone.
 *
 * Listeners sit on the window in the capture phase, the first place an event reaches, so a page
 * that stops pointer events on its way down still lets Termlight see them.
 *
 * `document.open()` (and `document.write()` on a loaded document, as webmail and widgets do to
 * fill an about:blank frame) keeps the Document and the Window but erases every event listener on
 * them: the page session calls documentReplaced() when that happens (document-reopened.ts).
 */
export class HoverTracker {
  #point: { x: number; y: number } | null = null;
  /** When the pointer moved to #point (the event's own time, on performance.now()'s clock). */
  #movedAt = 0;
  /** Where the pointer settled on the candidate: the dwell restarts whenever it strays from here. */
  #rest: { x: number; y: number } | null = null;
  #frame = 0;
  #candidate: PageMatch | null = null;
  #candidateHit: Hit | null = null;
  #shown: PageMatch | null = null;
  #dwellTimer: number | undefined;
  /** The animation frame that checks whether the dwell is over (see HALF_FRAME_MS). */
  #dwellFrame = 0;
  #hideTimer: number | undefined;

  /** The listeners of the current arming: aborted when they are added again, or for good. */
  #armed: AbortController | null = null;
  #root: Element | null = null;

  constructor(
    private readonly doc: Document,
    private readonly index: () => MatchIndex,
    private readonly callbacks: HoverCallbacks,
    signal: AbortSignal,
    /** Open shadow roots with highlights: the caret lookup must be allowed into them. */
    private readonly shadowRoots: () => readonly ShadowRoot[] = () => [],
  ) {
    this.#arm();
    signal.addEventListener('abort', () => {
      this.#armed?.abort();
      this.#clearTimers();
    });
  }

  #arm(): void {
    this.#armed?.abort();
    const armed = (this.#armed = new AbortController());
    const signal = armed.signal;
    this.#root = this.doc.documentElement;
    const win = this.doc.defaultView!;
    const options = { passive: true, signal, capture: true } as const;
    win.addEventListener('pointermove', (event) => this.#onMove(event), options);
    win.addEventListener('pointerout', (event) => this.#onOut(event), options);
    win.addEventListener('click', (event) => this.#onClick(event), options);
    win.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && (this.#shown || this.callbacks.isOpen())) this.close();
    }, { signal, capture: true });
    win.addEventListener('scroll', () => { if (this.#shown && !this.callbacks.cardHoldsOpen()) this.close(); }, options);
  }

  /**
   * The document was opened again (or its root swapped): the listeners may have been erased, and
   * whatever card was showing belonged to text that is gone.
   */
  documentReplaced(): void {
    const replaced = this.doc.documentElement !== this.#root;
    // A frame waiting to run may have been dropped with the old document's work.
    if (this.#frame) this.doc.defaultView!.cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#arm();
    if (replaced && (this.#shown || this.callbacks.isOpen())) this.close();
  }

  get shownMatch(): PageMatch | null {
    return this.#shown;
  }

  /** The term the pointer rests on while its dwell runs, if any. */
  get candidate(): PageMatch | null {
    return this.#candidate;
  }

  /** Called by the card when the pointer leaves it. */
  startHideGrace(): void {
    this.#clearHide();
    this.#hideTimer = this.doc.defaultView!.setTimeout(() => {
      if (!this.callbacks.cardHoldsOpen()) this.close();
    }, HIDE_GRACE_MS);
  }

  cancelHide(): void {
    this.#clearHide();
  }

  /** Marks a match as shown by some other path (keyboard, popup). */
  markShown(match: PageMatch | null): void {
    this.#shown = match;
  }

  close(): void {
    this.#clearTimers();
    this.#shown = null;
    this.#candidate = null;
    this.callbacks.hide();
  }

  /**
   * The page's matches are being rebuilt while the card stays open (it has just muted its term):
   * forget the match it came from and any dwell under way, and leave the card to its own leave
   * grace, Esc, Close or a click elsewhere.
   */
  forgetMatch(): void {
    this.#clearDwell();
    if (this.#frame) this.doc.defaultView!.cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#shown = null;
    this.#candidate = null;
    this.#candidateHit = null;
  }

  #onMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.#point = { x: event.clientX, y: event.clientY };
    this.#movedAt = event.timeStamp;
    if (this.#frame) return;
    this.#frame = this.doc.defaultView!.requestAnimationFrame(() => {
      this.#frame = 0;
      this.#onFrame();
    });
  }

  /**
   * The pointer left this window: out of an iframe onto the page around it, or out of the browser.
   * The window hears nothing more from it, so the card is put away after the grace now (unless
   * the pointer was on the card: its own pointerleave, which follows, starts the grace then).
   */
  #onOut(event: PointerEvent): void {
    if (event.relatedTarget !== null || event.pointerType === 'touch') return;
    this.#point = null;
    this.#candidate = null;
    this.#clearDwell();
    if (this.#shown && !this.callbacks.cardHoldsOpen() && this.#hideTimer === undefined) this.startHideGrace();
  }

  #onFrame(): void {
    const point = this.#point;
    if (!point) return;
    const hit = hitTest(this.doc, this.index(), point.x, point.y, this.shadowRoots());
    if (!hit) {
      this.#candidate = null;
      this.#clearDwell();
      if (this.#shown && !this.callbacks.cardHoldsOpen() && this.#hideTimer === undefined) this.startHideGrace();
      return;
    }
    if (hit.match === this.#shown) {
      this.#clearHide();
      return;
    }
    if (hit.match !== this.#candidate || !this.#isAtRest(point)) {
      const settledOnAnother = hit.match !== this.#candidate;
      this.#candidate = hit.match;
      this.#candidateHit = hit;
      this.#rest = point;
      this.#clearDwell();
      // The dwell counts from when the pointer got here, not from this frame: started in a frame,
      // a 150 ms dwell (nine frames at 60 Hz) ran out just after a frame began, and the card
      // waited most of a frame more to be drawn.
      const now = performance.now();
      const dwellEnd = Math.min(this.#movedAt, now) + this.callbacks.delayMs();
      this.#dwellTimer = this.doc.defaultView!.setTimeout(() => this.#awaitDwellFrame(dwellEnd), Math.max(0, dwellEnd - FRAME_LEAD_MS - now));
      if (settledOnAnother) this.callbacks.prefetch?.(hit);
    }
  }

  #isAtRest(point: { x: number; y: number }): boolean {
    const rest = this.#rest;
    return !!rest && Math.hypot(point.x - rest.x, point.y - rest.y) <= REST_RADIUS_PX;
  }

  /** Looks at each frame's start until one starts within half a frame of the dwell's end. */
  #awaitDwellFrame(dwellEnd: number): void {
    this.#dwellTimer = undefined;
    this.#dwellFrame = this.doc.defaultView!.requestAnimationFrame((frameStart) => {
      this.#dwellFrame = 0;
      if (frameStart + HALF_FRAME_MS >= dwellEnd) this.#onDwellEnd();
      else this.#awaitDwellFrame(dwellEnd);
    });
  }

  /** The dwell ran out: show the card, unless the pointer has moved on since the last frame looked (that frame restarts it). */
  #onDwellEnd(): void {
    if (this.#point && !this.#isAtRest(this.#point)) return;
    this.#showCandidate(false);
  }

  #showCandidate(pinned: boolean): void {
    this.#dwellTimer = undefined;
    const hit = this.#candidateHit;
    if (!hit || hit.match !== this.#candidate) return;
    this.#clearHide();
    this.#shown = hit.match;
    this.callbacks.show(hit, pinned);
  }

  #onClick(event: MouseEvent): void {
    if (this.callbacks.isInsideCard?.(event)) return;
    const hit = hitTest(this.doc, this.index(), event.clientX, event.clientY, this.shadowRoots());
    if (!hit) {
      // A click or tap elsewhere on the page puts a pinned (or tapped) card away.
      if (this.#shown || this.callbacks.isOpen()) this.close();
      return;
    }
    this.#clearDwell();
    this.#candidate = hit.match;
    this.#candidateHit = hit;
    this.#showCandidate(true);
  }

  #clearDwell(): void {
    if (this.#dwellTimer !== undefined) this.doc.defaultView!.clearTimeout(this.#dwellTimer);
    this.#dwellTimer = undefined;
    if (this.#dwellFrame) this.doc.defaultView!.cancelAnimationFrame(this.#dwellFrame);
    this.#dwellFrame = 0;
  }

  #clearHide(): void {
    if (this.#hideTimer !== undefined) this.doc.defaultView!.clearTimeout(this.#hideTimer);
    this.#hideTimer = undefined;
  }

  #clearTimers(): void {
    this.#clearDwell();
    this.#clearHide();
    if (this.#frame) this.doc.defaultView!.cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
