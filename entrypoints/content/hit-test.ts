import type { MatchIndex, PageMatch } from './match-index';

export interface CaretPoint {
  node: Node;
  offset: number;
}

/**
 * The text position under a point: caretPositionFromPoint, or the older WebKit API. Without the
 * open shadow roots passed in, the caret stops at a shadow host and never reaches the text
 * inside it; with them it does (Chrome 128+, Firefox 140+).
 */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: readonly ShadowRoot[] = []): CaretPoint | null {
  const withStandard = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
  };
  if (withStandard.caretPositionFromPoint) {
    const position = shadowRoots.length > 0 ? withStandard.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] }) : withStandard.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export interface Hit {
  match: PageMatch;
  /** The client rect (one line of the range) that holds the point. */
  rect: DOMRect;
}

/**
 * The match under a point. Caret APIs snap to the nearest character even in margins, so the
 * point must also fall inside one of the range's client rects.
 */
export function hitTest(doc: Document, index: MatchIndex, x: number, y: number, shadowRoots: readonly ShadowRoot[] = []): Hit | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const match = index.at(caret.node, caret.offset) ?? (caret.offset > 0 ? index.at(caret.node, caret.offset - 1) : undefined);
  if (!match) return null;
  const rect = rectContaining(match.range, x, y);
  return rect ? { match, rect } : null;
}

export function rectContaining(staticRange: StaticRange, x: number, y: number): DOMRect | null {
  const range = liveRange(staticRange);
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return rect;
  }
  return null;
}

export function liveRange(staticRange: StaticRange): Range {
  const range = staticRange.startContainer.ownerDocument!.createRange();
  range.setStart(staticRange.startContainer, staticRange.startOffset);
  range.setEnd(staticRange.endContainer, staticRange.endOffset);
  return range;
}
