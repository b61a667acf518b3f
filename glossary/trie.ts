/**
 * A radix trie over folded surface forms, stored as flat arrays so it survives JSON and loads
 * without rebuilding. A space in a label stands for any run of whitespace in the text.
 */
export interface CompiledTrie {
  /** Node n's edges are edgeLabel/edgeTarget[edgeStart[n] .. edgeStart[n + 1]); node 0 is the root. */
  edgeStart: number[];
  edgeLabel: string[];
  edgeTarget: number[];
  /** Form id that ends at node n, or -1. */
  nodeForm: number[];
}

/**
 * Builds the trie from distinct forms; form ids are indices into `forms`. Sorting once and splitting
 * on shared prefixes is linear in the total text after the sort, which keeps 10,000-entry glossaries
 * inside the compile budget.
 */
export function buildTrie(forms: readonly string[]): CompiledTrie {
  const order = forms.map((_, i) => i).sort((a, b) => compare(forms[a] ?? '', forms[b] ?? ''));
  const sorted = order.map((i) => forms[i] ?? '');
  const trie: CompiledTrie = { edgeStart: [], edgeLabel: [], edgeTarget: [], nodeForm: [-1] };
  // Breadth-first: nodes are numbered in the order they are expanded, so each node's edges are
  // contiguous and edgeStart is a plain prefix index.
  const queue: { lo: number; hi: number; depth: number }[] = [{ lo: 0, hi: sorted.length, depth: 0 }];
  for (let node = 0; node < queue.length; node++) {
    const { hi, depth } = queue[node]!;
    let lo = queue[node]!.lo;
    trie.edgeStart.push(trie.edgeLabel.length);
    if (lo < hi && (sorted[lo] ?? '').length === depth) {
      trie.nodeForm[node] = order[lo] ?? -1;
      lo++;
    }
    while (lo < hi) {
      const first = sorted[lo] ?? '';
      // Group by whole code point so no edge label starts or ends inside a surrogate pair.
      const c = first.codePointAt(depth);
      let j = lo + 1;
      while (j < hi && (sorted[j] ?? '').codePointAt(depth) === c) j++;
      // Sorted input: the common prefix of the first and last string is the whole group's.
      const last = sorted[j - 1] ?? '';
      let end = depth + (c !== undefined && c > 0xffff ? 2 : 1);
      while (end < first.length && end < last.length && first.charCodeAt(end) === last.charCodeAt(end)) end++;
      if (isHighSurrogate(first.charCodeAt(end - 1))) end--;
      trie.edgeLabel.push(first.slice(depth, end));
      trie.edgeTarget.push(queue.length);
      trie.nodeForm.push(-1);
      queue.push({ lo, hi: j, depth: end });
      lo = j;
    }
  }
  trie.edgeStart.push(trie.edgeLabel.length);
  return trie;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
