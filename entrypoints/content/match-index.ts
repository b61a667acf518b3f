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
  /**
   * Text nodes the range touches, so a node's removal drops exactly its matches; absent for a
   * match within one node (nearly all), which is the range's start container: an array for each of
   * a long page's thousands of matches cost a few hundred kilobytes of heap.
   */
  nodes?: Text[];
  /** Under "first occurrence" densities: the section-and-term key this match holds. */
  densityKey?: string;
}

/** The text nodes a match touches. */
function nodesOf(match: PageMatch): readonly Text[] {
  return match.nodes ?? [match.range.startContainer as Text];
}

/**
 * Per-text-node index of matches: hit-testing turns a caret position (node, offset) into the
 * match under the pointer in O(matches in that node). Where a match lies in a node is read from
 * its range when asked (a node that changes loses its matches first), not kept beside it.
 */
export class MatchIndex {
  #byNode = new Map<Text, PageMatch[]>();
  #all = new Set<PageMatch>();

  add(match: PageMatch): void {
    this.#all.add(match);
    for (const node of nodesOf(match)) {
      let matches = this.#byNode.get(node);
      if (!matches) this.#byNode.set(node, (matches = []));
      matches.push(match);
    }
  }

  at(node: Node, offset: number): PageMatch | undefined {
    return this.#byNode.get(node as Text)?.find((match) => {
      const { range } = match;
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : (node as Text).length;
      // A caret offset equal to a span's end still means the pointer is on its last character.
      return offset >= start && offset <= end;
    });
  }

  hasNode(node: Text): boolean {
    return this.#byNode.has(node);
  }

  /** Removes every match touching one of `nodes`; returns what was removed. */
  removeNodes(nodes: Iterable<Text>): PageMatch[] {
    const removed: PageMatch[] = [];
    for (const node of nodes) {
      for (const match of this.#byNode.get(node) ?? []) {
        if (this.#all.delete(match)) removed.push(match);
      }
    }
    for (const match of removed) {
      for (const node of nodesOf(match)) {
        const left = this.#byNode.get(node)?.filter((other) => other !== match);
        if (left && left.length > 0) this.#byNode.set(node, left);
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
