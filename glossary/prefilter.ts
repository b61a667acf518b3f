/**
 * The scanning RegExp: the trie, cut at some depth, as one alternation that V8's irregexp runs
 * natively. It only proposes places where a form may start; the trie walk in JS decides.
 *
 * Why a cut: irregexp stops optimizing patterns longer than about 20 KB (no quick checks, no
 * Boyer–Moore), which measured 4× slower here, and refuses much larger ones outright. Compiling
 * the pattern also costs about half a millisecond per KB when a content script starts, while a
 * deeper cut than about 5 characters gains only a few percent of scan speed. So the compiler picks
 * the deepest cut whose source stays under a small limit: a small glossary gets an exact-prefix
 * filter, a huge one a shallower one with a few more false starts for the walk to reject.
 */
import type { CompiledTrie } from './trie';

/** Source length the cut must stay under (see above for why it is this small). */
export const PREFILTER_SOURCE_LIMIT = 6_000;
const MAX_DEPTH = 64;

/**
 * The pattern for a cut at `depth` characters, for flags `gi` (no `u`): `\b` and `[a-z0-9]` are cheap
 * ASCII tests that only ever over-approximate word boundaries, and the walk applies the exact
 * Unicode rules.
 */
export function prefilterSource(trie: CompiledTrie, depth: number): string {
  const wordStart: string[] = [];
  const other: string[] = [];
  const from = trie.edgeStart[0] ?? 0;
  const to = trie.edgeStart[1] ?? from;
  for (let e = from; e < to; e++) {
    const label = trie.edgeLabel[e] ?? '';
    const branch = rootEdge(trie, e, depth);
    // `\b` only holds before an ASCII word character; forms starting otherwise are tried everywhere.
    (/^[a-z0-9]/.test(label) ? wordStart : other).push(branch);
  }
  const groups: string[] = [];
  if (wordStart.length > 0) groups.push(`\\b(?:${wordStart.join('|')})`);
  if (other.length > 0) groups.push(`(?:${other.join('|')})`);
  return groups.length === 0 ? '(?!)' : groups.join('|');
}

/**
 * A root edge consumes only its first unit and checks the rest in a lookahead, so a match ends one
 * unit after where it starts and the caller can use test() (no result array) to find it.
 */
function rootEdge(trie: CompiledTrie, e: number, depth: number): string {
  const label = trie.edgeLabel[e] ?? '';
  let rest = '';
  if (depth > 1) {
    const tail = label.slice(1);
    rest = 1 + tail.length >= depth ? escape(tail.slice(0, depth - 1)) : escape(tail) + node(trie, e + 1, label.length, depth);
  }
  return escape(label.charAt(0)) + (rest === '' ? '' : `(?=${rest})`);
}

function edge(trie: CompiledTrie, e: number, used: number, depth: number): string {
  const label = trie.edgeLabel[e] ?? '';
  if (used + label.length >= depth) return escape(label.slice(0, depth - used));
  return escape(label) + node(trie, e + 1, used + label.length, depth);
}

function node(trie: CompiledTrie, n: number, used: number, depth: number): string {
  const from = trie.edgeStart[n] ?? 0;
  const to = trie.edgeStart[n + 1] ?? from;
  const alternatives: string[] = [];
  for (let e = from; e < to; e++) alternatives.push(edge(trie, e, used, depth));
  // A form ends here: propose it unless a letter or digit runs on (then no form ending here can match).
  if ((trie.nodeForm[n] ?? -1) >= 0) alternatives.push('(?![a-z0-9])');
  if (alternatives.length === 0) return '';
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

// The pattern also runs on unfolded text (see isFoldFree), where apostrophes and hyphens may be
// typographic. Any character will do there: the walk checks which, and a class of the variants
// measured many times slower under the `i` flag.
function escape(text: string): string {
  return text.replace(SYNTAX, '\\$&').replace(/ /g, '\\s+').replace(/['-]/g, '.');
}

/** The deepest cut whose pattern stays under the limit (the whole trie when it fits). */
export function choosePrefilterDepth(trie: CompiledTrie): number {
  let previous = -1;
  for (let depth = 1; depth <= MAX_DEPTH; depth++) {
    const length = prefilterSource(trie, depth).length;
    if (length > PREFILTER_SOURCE_LIMIT) return Math.max(1, depth - 1);
    // Nothing was cut at the previous depth, so the whole trie is already in.
    if (length === previous) return depth - 1;
    previous = length;
  }
  return MAX_DEPTH;
}
