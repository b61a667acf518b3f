import { JOINER_CLASS, WORD_CLASS } from './normalize';
import type { CompiledTrie } from './trie';

/**
 * Turns the trie into ONE RegExp source for V8's irregexp, which scans natively far faster than
 * any JS loop. The trie shape keeps the alternation factored, so size grows slowly with the glossary.
 *
 * Greedy nesting makes it leftmost-longest: at a node that ends a form, deeper edges are tried
 * first and the end-of-word check second, so the engine backtracks to the longest form that ends
 * on a word boundary.
 */
export function trieToPattern(trie: CompiledTrie): string {
  const body = node(trie, 0);
  return body === '' ? '(?!)' : `(?<!${WORD_CLASS}|${WORD_CLASS}${JOINER_CLASS})${body}`;
}

/** The end-of-word check: no word character next, and no joiner gluing on another word. */
export const WORD_END = `(?!${WORD_CLASS}|${JOINER_CLASS}${WORD_CLASS})`;

function node(trie: CompiledTrie, n: number): string {
  const from = trie.edgeStart[n] ?? 0;
  const to = trie.edgeStart[n + 1] ?? from;
  const alternatives: string[] = [];
  for (let e = from; e < to; e++) alternatives.push(label(trie.edgeLabel[e] ?? '') + node(trie, trie.edgeTarget[e] ?? 0));
  if ((trie.nodeForm[n] ?? -1) >= 0) alternatives.push(WORD_END);
  if (alternatives.length === 0) return '';
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

function label(text: string): string {
  return text.replace(SYNTAX, '\\$&').replace(/ /g, '\\s+');
}
