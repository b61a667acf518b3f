import { FOCUS_HIGHLIGHT } from './highlights';
import { liveRange } from './hit-test';

/**
 * The focus marker: one highlight on the term the keyboard reached or the popup asked to see
 * (highlights are invisible to assistive technology, so the card says the rest).
 */
export function markFocus(range: StaticRange): Highlight {
  const focus = new Highlight(range);
  CSS.highlights.set(FOCUS_HIGHLIGHT, focus);
  return focus;
}

/** The focus marker for a moment and a half, unless something else took it meanwhile. */
export function flashFocus(range: StaticRange): void {
  const focus = markFocus(range);
  window.setTimeout(() => {
    if (CSS.highlights.get(FOCUS_HIGHLIGHT) === focus) CSS.highlights.delete(FOCUS_HIGHLIGHT);
  }, 1_500);
}

export function clearFocusHighlight(): void {
  if (CSS.highlights.has(FOCUS_HIGHLIGHT)) CSS.highlights.delete(FOCUS_HIGHLIGHT);
}

/** Scrolls a range's block into the middle of the view; returns whether it scrolls smoothly. */
export function scrollToRange(range: StaticRange): boolean {
  // Reduced motion asks for none; a hidden tab would never finish a smooth scroll.
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches && !document.hidden;
  liveRange(range).startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  return smooth;
}

/** Time for a scroll started by scrollToRange to settle (a smooth one takes about this long). */
export function waitForScroll(instant: boolean): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, instant ? 0 : 350));
}
