import type { Decomposition } from '../../glossary/word-parts/decompose';

/** A rare word no glossary entry explains, with its labelled best guess from the word's parts. */
export interface WordGuess extends Decomposition {
  /** The word as it appears on the page (lower case). */
  word: string;
}

/** One match on the page: the whole range, and which glossary entry it stands for. */
export interface PageMatch {
  /** Index into the compiled glossary's entries; -1 for a word-parts guess. */
  entry: number;
  /** Set for a word-parts guess (entry is then -1): the word and what its parts mean. */
  guess?: WordGuess;
  range: StaticRange;
  /** Text nodes the range touches, so a node's removal drops exactly its matches. */
  nodes: Text[];
  /** Under "first occurrence" densities: the section-and-term key this match holds. */
  densityKey?: string;
}

interface NodeSpan {
  start: number;
  end: number;
  match: PageMatch;
}

/**
 * Per-text-node index of matches: hit-testing turns a caret position (node, offset) into the
 * match under the pointer in O(matches in that node).
 */
export class MatchIndex {
  #byNode = new Map<Text, NodeSpan[]>();
  #all = new Set<PageMatch>();

  add(match: PageMatch): void {
    this.#all.add(match);
    const { startContainer, startOffset, endContainer, endOffset } = match.range;
    for (const node of match.nodes) {
      const start = node === startContainer ? startOffset : 0;
      const end = node === endContainer ? endOffset : node.length;
      let spans = this.#byNode.get(node);
      if (!spans) this.#byNode.set(node, (spans = []));
      spans.push({ start, end, match });
    }
  }

  at(node: Node, offset: number): PageMatch | undefined {
    const spans = this.#byNode.get(node as Text);
    // A caret offset equal to a span's end still means the pointer is on its last character.
    return spans?.find((span) => offset >= span.start && offset <= span.end)?.match;
  }

  hasNode(node: Text): boolean {
    return this.#byNode.has(node);
  }

  /** Removes every match touching one of `nodes`; returns what was removed. */
  removeNodes(nodes: Iterable<Text>): PageMatch[] {
    const removed: PageMatch[] = [];
    for (const node of nodes) {
      for (const span of this.#byNode.get(node) ?? []) {
        if (this.#all.delete(span.match)) removed.push(span.match);
      }
    }
    for (const match of removed) {
      for (const node of match.nodes) {
        const spans = this.#byNode.get(node)?.filter((span) => span.match !== match);
        if (spans && spans.length > 0) this.#byNode.set(node, spans);
        else this.#byNode.delete(node);
      }
    }
    return removed;
  }

  /** Nodes that left the document (their matches must go). */
  detachedNodes(): Text[] {
    return [...this.#byNode.keys()].filter((node) => !node.isConnected);
  }

  matches(): IterableIterator<PageMatch> {
    return this.#all.values();
  }

  get size(): number {
    return this.#all.size;
  }

  clear(): void {
    this.#byNode.clear();
    this.#all.clear();
  }
}
