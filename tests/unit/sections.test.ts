import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SectionFinder } from '../../entrypoints/content/sections';

/** Nodes the finder stepped to (previousSibling, lastChild, parentNode reads). */
let steps = 0;

/** Just enough of a DOM node for the finder, counting every step it takes. */
class FakeNode {
  readonly children: FakeNode[] = [];
  parent: FakeNode | null = null;
  readonly nodeType: number;
  constructor(readonly name: string) {
    this.nodeType = name === '#text' ? 3 : 1;
  }

  append(...nodes: FakeNode[]): this {
    for (const node of nodes) {
      node.parent = this;
      this.children.push(node);
    }
    return this;
  }

  get previousSibling(): FakeNode | null {
    steps++;
    return this.parent?.children[this.parent.children.indexOf(this) - 1] ?? null;
  }

  get lastChild(): FakeNode | null {
    steps++;
    return this.children.at(-1) ?? null;
  }

  get parentNode(): FakeNode | null {
    steps++;
    return this.parent;
  }

  matches(): boolean {
    return isHeading(this);
  }

  /** The headings inside, in document order (each element of the subtree counts as a step). */
  querySelectorAll(): FakeNode[] {
    const inside = inOrder(this).slice(1);
    steps += inside.length;
    return inside.filter(isHeading);
  }

  getRootNode(): FakeNode {
    return this.parent ? this.parent.getRootNode() : this;
  }
}

/** Every node in document order. */
const inOrder = (root: FakeNode): FakeNode[] => [root, ...root.children.flatMap(inOrder)];

const isHeading = (node: FakeNode) => /^h\d$/.test(node.name);

/** The answer by definition: the headings that come before the node in document order, its own heading included. */
function expectedSection(body: FakeNode, node: FakeNode): number {
  const order = inOrder(body);
  return order.slice(0, order.indexOf(node)).filter(isHeading).length;
}

/** Two labellings that group the same items together (section ids are arbitrary; the grouping is not). */
function samePartition(found: readonly number[], expected: readonly number[]): boolean {
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  return found.every((id, i) => {
    const want = expected[i]!;
    if ((forward.get(id) ?? want) !== want || (backward.get(want) ?? id) !== id) return false;
    forward.set(id, want);
    backward.set(want, id);
    return true;
  });
}

/** A seeded pseudo-random sequence, so a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const text = () => new FakeNode('#text');

/**
 * An article of flat paragraphs and headings, with some paragraphs wrapped in asides, some
 * headings inside sections and cards, and a heading inside a heading (role="heading" allows it).
 */
function article(paragraphs: number, headingEvery: number, next: () => number) {
  const body = new FakeNode('body');
  let parent = body;
  for (let i = 0; i < paragraphs; i++) {
    if (headingEvery > 0 && i % headingEvery === 0) {
      const roll = next();
      const heading = new FakeNode(`h${1 + Math.floor(next() * 3)}`).append(text());
      if (roll < 0.2) heading.append(new FakeNode('h4').append(text()), text());
      if (roll > 0.7) {
        parent = new FakeNode('section');
        body.append(parent);
      }
      parent.append(roll > 0.5 && roll < 0.7 ? new FakeNode('div').append(new FakeNode('div').append(heading)) : heading);
    }
    const paragraph = new FakeNode('p').append(text(), new FakeNode('em').append(text()), text());
    parent.append(next() < 0.1 ? new FakeNode('aside').append(paragraph) : paragraph);
  }
  return { body, texts: inOrder(body).filter((node) => node.name === '#text') };
}

describe('SectionFinder: the section a node is in, found by walking back to the heading before it', () => {
  beforeAll(() => {
    vi.stubGlobal('Node', { DOCUMENT_FRAGMENT_NODE: 11 });
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it("gives text nodes the same section exactly when the same number of headings comes before them (a heading's own text counting it), in order and out of order", () => {
    for (const seed of [1, 2, 3, 4]) {
      const next = random(seed);
      const { body, texts } = article(150, 6, next);
      const expected = texts.map((node) => expectedSection(body, node));
      const finder = new SectionFinder();
      expect(samePartition(texts.map((node) => finder.of(node as unknown as Node)), expected)).toBe(true);
      // A rescan of some other part of the page, then back: lookups jump anywhere.
      const again = new SectionFinder();
      const shuffled = texts.map((node, i) => ({ node, i, key: next() })).sort((a, b) => a.key - b.key);
      const found: number[] = [];
      for (const { node, i } of shuffled) found[i] = again.of(node as unknown as Node);
      expect(samePartition(found, expected)).toBe(true);
    }
  });

  it('takes a few steps per node when matches come in document order, also on a page with no heading at all', () => {
    for (const headingEvery of [50, 0]) {
      const { texts } = article(3_000, headingEvery, random(7));
      const finder = new SectionFinder();
      steps = 0;
      for (const node of texts) finder.of(node as unknown as Node);
      // Each walk stops at the first sibling an earlier walk passed, and looks into each paragraph
      // once: about 6 steps a node.
      expect(steps).toBeLessThan(texts.length * 8);
    }
  });
});
