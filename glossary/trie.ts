/**
 * A radix trie over folded surface forms, stored as flat arrays so it survives JSON and loads
 * without rebuilding. A space in a label stands for any run of whitespace in the text.
 */
import { itemStarts, joinItems } from './joined-items';

export interface CompiledTrie {
  /**
   * Node n's edges are edgeStart[n] .. edgeStart[n + 1], sorted by label. Nodes are numbered
   * breadth-first as their edges are made, so edge e always leads to node e + 1 (node 0 is the root).
   */
  edgeStart: number[];
  /**
   * Every edge's label in edge order, one string (joined-items.ts; edgeLabelStarts finds where each
   * starts): a list of offsets would make the stored tables larger than the labels.
   */
  labels: string;
  /** Form id that ends at node n, or -1. */
  nodeForm: number[];
}

/**
 * Builds the trie from distinct forms sorted by UTF-16 code units (plain `Array.prototype.sort()`);
 * form ids are indices into `sorted`. Splitting sorted runs on shared prefixes is linear in the
 * total text, which keeps 10,000-entry glossaries inside the compile budget.
 */
export function buildTrie(sorted: readonly string[]): CompiledTrie {
  const trie: CompiledTrie = { edgeStart: [], labels: '', nodeForm: [-1] };
  const labels: string[] = [];
  // Breadth-first: nodes are numbered in the order they are expanded, so each node's edges are
  // contiguous and edgeStart is a plain prefix index. Node n covers sorted[low[n] .. high[n]).
  // Every edge makes the next node, so edge e leads to node e + 1 and no target list is stored.
  const low: number[] = [0];
  const high: number[] = [sorted.length];
  const depthOf: number[] = [0];
  for (let node = 0; node < low.length; node++) {
    let lo = low[node]!;
    const hi = high[node]!;
    const depth = depthOf[node]!;
    trie.edgeStart.push(labels.length);
    if (lo < hi && sorted[lo]!.length === depth) {
      trie.nodeForm[node] = lo;
      lo++;
    }
    while (lo < hi) {
      const first = sorted[lo]!;
      const c = first.charCodeAt(depth);
      let j = groupEnd(sorted, lo, hi, depth, c);
      // Group by whole code point so no edge label starts or ends inside a surrogate pair.
      const pair = isHighSurrogate(c) && depth + 1 < first.length;
      if (pair) j = groupEnd(sorted, lo, j, depth + 1, first.charCodeAt(depth + 1));
      // Sorted input: the common prefix of the first and last string is the whole group's.
      const last = sorted[j - 1]!;
      let end = depth + (pair ? 2 : 1);
      while (end < first.length && end < last.length && first.charCodeAt(end) === last.charCodeAt(end)) end++;
      if (isHighSurrogate(first.charCodeAt(end - 1))) end--;
      labels.push(first.slice(depth, end));
      trie.nodeForm.push(-1);
      low.push(lo);
      high.push(j);
      depthOf.push(end);
      lo = j;
    }
  }
  trie.edgeStart.push(labels.length);
  trie.labels = joinItems(labels);
  return trie;
}

/** Where each edge's label starts in `labels`; edge e's is [starts[e], starts[e + 1] - 1). */
export function edgeLabelStarts(trie: CompiledTrie): Int32Array {
  return itemStarts(trie.labels, trie.edgeStart[trie.edgeStart.length - 1] ?? 0);
}

/**
 * The end of the run in sorted[lo .. hi) whose unit at `index` is `code`. All strings there share
 * their first `index` units, so that unit never decreases and a binary search finds the end.
 */
function groupEnd(sorted: readonly string[], lo: number, hi: number, index: number, code: number): number {
  let a = lo + 1;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (sorted[mid]!.charCodeAt(index) === code) a = mid + 1;
    else b = mid;
  }
  return a;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
