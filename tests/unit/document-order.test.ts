import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inDocumentOrder } from '../../entrypoints/content/document-order';

const FOLLOWING = 4;
const PRECEDING = 2;

/** compareDocumentPosition calls made (each a walk across siblings in Chromium). */
let comparisons = 0;

/** Just enough of a DOM for document order: a tree, shadow roots, a tree walker. */
class FakeNode {
  readonly children: FakeNode[] = [];
  parent: FakeNode | null = null;
  shadow: FakeNode | null = null;
  /** For a shadow root: its host. */
  host: FakeNode | null = null;
  ownerDocument: FakeDocument | null = null;
  constructor(
    readonly name: string,
    readonly nodeType: number,
  ) {}

  append(...nodes: FakeNode[]): this {
    for (const node of nodes) {
      node.parent = this;
      this.children.push(node);
    }
    return this;
  }

  getRootNode(): FakeNode {
    return this.parent ? this.parent.getRootNode() : this;
  }

  compareDocumentPosition(other: FakeNode): number {
    comparisons++;
    const order = preOrder(this.getRootNode());
    return order.indexOf(other) > order.indexOf(this) ? FOLLOWING : PRECEDING;
  }
}

class FakeDocument {
  constructor(readonly documentElement: FakeNode) {}

  createTreeWalker(root: FakeNode) {
    const nodes = preOrder(root);
    let at = 0;
    return {
      get currentNode() {
        return nodes[at]!;
      },
      nextNode: () => nodes[++at] ?? null,
    };
  }
}

const preOrder = (node: FakeNode): FakeNode[] => [node, ...node.children.flatMap(preOrder)];

function element(name: string, ...children: FakeNode[]) {
  return new FakeNode(name, 1).append(...children);
}

function text(name: string) {
  return new FakeNode(name, 3);
}

/** A shadow root attached to `host`, holding `children` (the tree walker does not enter it). */
function attachShadow(host: FakeNode, ...children: FakeNode[]) {
  const root = new FakeNode('#shadow', 11).append(...children);
  root.host = host;
  host.shadow = root;
  return root;
}

function range(node: FakeNode, offset = 0) {
  return { startContainer: node, startOffset: offset } as unknown as StaticRange;
}

/** A page: paragraphs, a web component whose shadow text stands between two of them, more paragraphs. */
function page() {
  const texts = Array.from({ length: 40 }, (_, i) => text(`t${i}`));
  const inShadow = [text('s0'), text('s1'), text('s2')];
  const host = element('x-card');
  attachShadow(host, element('p', inShadow[0]!), element('p', inShadow[1]!, inShadow[2]!));
  const body = element('body', ...texts.slice(0, 20).map((node) => element('p', node)), host, ...texts.slice(20).map((node) => element('p', node)));
  const html = element('html', body);
  const doc = new FakeDocument(html);
  for (const node of [...preOrder(html), ...preOrder(host.shadow!)]) node.ownerDocument = doc;
  // Document order as a reader sees it: the shadow text where its host stands.
  const expected = [...texts.slice(0, 20), ...inShadow, ...texts.slice(20)];
  return { expected };
}

describe('inDocumentOrder: many ranges sorted by one walk of the document', () => {
  beforeAll(() => {
    vi.stubGlobal('Node', { DOCUMENT_POSITION_FOLLOWING: FOLLOWING, DOCUMENT_POSITION_PRECEDING: PRECEDING, DOCUMENT_FRAGMENT_NODE: 11 });
    vi.stubGlobal('NodeFilter', { SHOW_ELEMENT: 1, SHOW_TEXT: 4 });
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('orders ranges as the page reads, shadow text at its host, two ranges in one text node by offset', () => {
    const { expected } = page();
    const ranges = expected.flatMap((node) => [range(node, 5), range(node, 1)]);
    for (let seed = 1; seed <= 5; seed++) {
      const shuffled = [...ranges].sort((a, b) => ((ranges.indexOf(a) * 7919 * seed) % 101) - ((ranges.indexOf(b) * 7919 * seed) % 101));
      const sorted = inDocumentOrder(shuffled, (item) => item);
      expect(sorted.map((item) => `${(item.startContainer as unknown as FakeNode).name}:${item.startOffset}`)).toEqual(
        expected.flatMap((node) => [`${node.name}:1`, `${node.name}:5`]),
      );
    }
  });

  it('asks compareDocumentPosition only between ranges that share a text node or a host', () => {
    const { expected } = page();
    comparisons = 0;
    inDocumentOrder([...expected].reverse().map((node) => range(node)), (item) => item);
    // The three shadow texts share their host's place: only they are compared with one another.
    expect(comparisons).toBeLessThanOrEqual(3);
  });

  it('puts ranges whose text left the page last', () => {
    const { expected } = page();
    const gone = text('gone');
    element('p', gone);
    // Taken out of the page: still its document's node, no longer in its tree.
    gone.ownerDocument = expected[0]!.ownerDocument;
    const sorted = inDocumentOrder([range(gone), range(expected[3]!), range(expected[1]!)], (item) => item);
    expect(sorted.map((item) => (item.startContainer as unknown as FakeNode).name)).toEqual(['t1', 't3', 'gone']);
  });
});
