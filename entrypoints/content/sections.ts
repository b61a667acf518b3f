import { hostInDocument } from './document-order';

/**
 * Which section (run of content between two headings) a node is in, for "first occurrence per
 * section": the number of headings before it in document order, a heading's own text counting
 * its heading. Headings are listed once per full scan.
 *
 * Found by walking back from the node to the nearest heading before it, skipping whole subtrees
 * that hold no heading, and remembering the answer for every sibling passed, so the next match
 * (matches arrive in document order) stops at the first sibling it meets. An earlier version asked
 * compareDocumentPosition in a binary search over the headings: Chromium answers that by walking
 * siblings, all the way to the first one when the heading comes after the node, and in an article
 * of thousands of flat paragraphs that took 35-45 ms in one task of the real extension's scan.
 */
export class SectionFinder {
  /** Each heading → the section that starts with it (its index + 1). */
  #sectionOf = new Map<Node, number>();
  /** Elements that hold a heading somewhere inside: the only subtrees the walk must enter. */
  #holdsHeading = new Set<Node>();
  /** A node passed on an earlier walk → the section of whatever follows it (until the next heading). */
  #after = new WeakMap<Node, number>();

  /** The document whose headings are listed on the first lookup after a reset (none under other densities). */
  #pending: Document | null = null;

  reset(doc: Document): void {
    this.#pending = doc;
  }

  #listHeadings(doc: Document): void {
    const headings = doc.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]');
    this.#sectionOf = new Map();
    this.#holdsHeading = new Set();
    this.#after = new WeakMap();
    headings.forEach((heading, i) => {
      this.#sectionOf.set(heading, i + 1);
      for (let up = heading.parentNode; up && !this.#holdsHeading.has(up); up = up.parentNode) this.#holdsHeading.add(up);
    });
  }

  of(node: Node): number {
    if (this.#pending) {
      this.#listHeadings(this.#pending);
      this.#pending = null;
    }
    // Text in a shadow root is read where its host stands (the headings are the document's).
    let at = hostInDocument(node);
    const passed: Node[] = [];
    let section = 0;
    // Backwards in document order: an earlier sibling's subtree comes right before, its parent
    // before all of it.
    for (;;) {
      let before = at.previousSibling;
      if (!before) {
        const parent = at.parentNode;
        if (!parent) break;
        at = parent;
        // A heading counts for its own text.
        const starts = this.#sectionOf.get(parent);
        if (starts !== undefined) {
          section = starts;
          break;
        }
        continue;
      }
      const known = this.#after.get(before);
      if (known !== undefined) {
        section = known;
        break;
      }
      // A subtree with a heading inside is entered from its end; the others are passed whole.
      while (this.#holdsHeading.has(before) && before.lastChild) before = before.lastChild;
      const knownInside = this.#after.get(before);
      if (knownInside !== undefined) {
        section = knownInside;
        break;
      }
      const starts = this.#sectionOf.get(before);
      if (starts !== undefined && !this.#holdsHeading.has(before)) {
        section = starts;
        break;
      }
      if (!this.#holdsHeading.has(before)) passed.push(before);
      at = before;
    }
    for (const node of passed) this.#after.set(node, section);
    return section;
  }
}
