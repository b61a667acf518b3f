/** A place in a joined block: which segment, and the offset in its text. */
export interface SegmentPoint {
  segment: number;
  offset: number;
}

/** What was matched: each segment's text then, and its node (null: a separator between runs). */
export interface MatchedText {
  segments: readonly string[];
  nodes: readonly (Pick<Text, 'data' | 'isConnected'> | null)[];
}

/**
 * Whether a match found in text that has changed since still reads the same in the page: its
 * characters and the one on each side of it (a word boundary) are where they were, in nodes still
 * in the page. A page that rewrites a node around a term (a counter, a trailing space toggled by
 * its framework every frame) keeps the term's underline; a term whose own words moved or changed
 * is left to the rescan that the change brings.
 */
export function stillReads(matched: MatchedText, start: SegmentPoint, end: SegmentPoint): boolean {
  for (let i = start.segment; i <= end.segment; i++) {
    const node = matched.nodes[i];
    const was = matched.segments[i];
    if (!node || was === undefined || !node.isConnected) return false;
    const now = node.data;
    if (now === was) continue;
    // A match that goes on into the next node needs this node's text unchanged to its end.
    const from = i === start.segment ? Math.max(0, start.offset - 1) : 0;
    const to = i === end.segment ? end.offset + 1 : Math.max(now.length, was.length);
    if (now.slice(from, to) !== was.slice(from, to)) return false;
  }
  return true;
}
