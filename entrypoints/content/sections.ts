import { hostInDocument } from './document-order';

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * Which section (run of content between two headings) a node is in, for "first occurrence per
 * section": an id of the nearest heading before it in document order (a heading's own text
 * counting its heading), 0 before the first heading.
 *
 * Found by walking back from the node to that heading: an earlier sibling's subtree is looked
 * into once, and remembered with the answer when it holds no heading, so the next match (matches
 * arrive in document order) stops at the first sibling it meets. Nothing is listed up front:
 * listing the headings of a 100,000-node page and the elements that hold them took 18-47 ms in
 * one task; and a binary search over that list with compareDocumentPosition before it (Chromium
 * answers that by walking siblings, to the first one when the heading comes after the node) took
 * 35-45 ms in one task of an article of thousands of flat paragraphs.
 */
export class SectionFinder {
  /** A node passed on an earlier walk (it holds no heading) → the section of whatever follows it. */
  #after = new WeakMap<Node, number>();
  #ids = new WeakMap<Element, number>();
  #nextId = 1;

  /** Forgets what earlier walks learnt (a full scan starts: headings may have come or gone). */
  reset(): void {
    this.#after = new WeakMap();
  }

  of(node: Node): number {
    // Text in a shadow root is read where its host stands (the headings are the document's).
    let at = hostInDocument(node);
    const passed: Node[] = [];
    let section = 0;
    for (;;) {
      const before = at.previousSibling;
      if (!before) {
        const parent = at.parentNode;
        if (!parent) break;
        // The parent comes before all of its children: a heading counts for its own text.
        if (isElement(parent) && parent.matches(HEADINGS)) {
          section = this.#idOf(parent);
          break;
        }
        at = parent;
        continue;
      }
      const known = this.#after.get(before);
      if (known !== undefined) {
        section = known;
        break;
      }
      if (isElement(before)) {
        // The last heading inside comes nearest; else the element itself, if it is one.
        const inside = before.querySelectorAll(HEADINGS);
        const heading = inside.length > 0 ? inside[inside.length - 1]! : before.matches(HEADINGS) ? before : null;
        if (heading) {
          section = this.#idOf(heading);
          break;
        }
      }
      passed.push(before);
      at = before;
    }
    for (const sibling of passed) this.#after.set(sibling, section);
    return section;
  }

  #idOf(heading: Element): number {
    let id = this.#ids.get(heading);
    if (id === undefined) this.#ids.set(heading, (id = this.#nextId++));
    return id;
  }
}

const isElement = (node: Node): node is Element => node.nodeType === 1;
