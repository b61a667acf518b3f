/**
 * A list of strings stored as one string, each item followed by ITEM_END: the compiled tables keep
 * their tens of thousands of small strings (the trie's edge labels, the context words) this way,
 * since one string per item costs the heap of whoever parses the tables about three times the text.
 */

/**
 * The pilcrow, which foldTerm removes from every term, so no folded form holds it; a printable
 * character, which JSON stores as one (a control character takes six).
 */
export const ITEM_END = '\u00b6';
/** ITEM_END as a UTF-16 unit, for readers that compare units in place. */
export const ITEM_END_UNIT = ITEM_END.charCodeAt(0);

/** The items as one string, each followed by ITEM_END. */
export function joinItems(items: readonly string[]): string {
  let joined = '';
  for (const item of items) joined += item + ITEM_END;
  return joined;
}

/** The items of a joined string (or of a slice of one that starts and ends on item bounds). */
export function splitItems(joined: string): string[] {
  return joined === '' ? [] : joined.slice(0, -1).split(ITEM_END);
}

/** Where each of `count` items starts in `joined`, and one more entry past the last: item i is [starts[i], starts[i + 1] - 1). */
export function itemStarts(joined: string, count: number): Int32Array {
  const starts = new Int32Array(count + 1);
  for (let i = 0, item = 0; i < joined.length; i++) if (joined.charCodeAt(i) === ITEM_END_UNIT) starts[++item] = i + 1;
  return starts;
}
