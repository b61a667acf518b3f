/**
 * Runs of sibling blocks that are watched together, through two elements each.
 *
 * Every element an IntersectionObserver watches costs the browser about 3 µs in every frame with a
 * visible change (traced on a 38,000-node article: 12,885 watched paragraphs, 35 ms a frame; 801,
 * 2.5 ms). A long article is mostly one parent holding thousands of paragraphs, so there the
 * blocks that hold ranges are grouped by their place among their parent's children, RUN_LENGTH at
 * a time, and only each run's first child (its head) and the next run's first child (its tail; the
 * last child for the last run) are watched, each by two observers that say whether it is above,
 * in or below the area around the viewport. In a parent laid out as normal block flow, children
 * follow one another down the page, so a run is far from the viewport only when its head and its
 * tail are both above that area or both below it; whenever the browser cannot say (a child without
 * a box, one off to the side), the run counts as near and its ranges are painted, which only costs
 * what watching each block would have.
 */

const RUN_LENGTH = 16;
/** A parent with fewer element children keeps each block watched on its own. */
const MIN_CHILDREN = 2 * RUN_LENGTH;
/** Children that never have a box to report where they are. */
const BOXLESS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'LINK', 'META', 'NOSCRIPT', 'BR', 'WBR']);

/** Where an anchor was last seen: in the area around the viewport, wholly above or below it, or unknown; pending before the first report. */
export type AnchorPlace = 'pending' | 'in' | 'above' | 'below' | 'unknown';

export interface SiblingRun {
  readonly head: Element;
  readonly tail: Element;
  /** The blocks of this run that hold ranges. */
  readonly members: Set<Element>;
  near: boolean;
}

interface ParentRuns {
  children: Element[];
  index: Map<Element, number>;
  runs: (SiblingRun | undefined)[];
}

export class SiblingRuns {
  readonly #parents = new WeakMap<Element, ParentRuns | null>();

  /** `isBlockFlow(parent)`: whether the parent lays its children out one below the other (see blockFlow). */
  constructor(private readonly isBlockFlow: (parent: Element) => boolean) {}

  /** The run a block is watched through, or null when it is watched on its own. */
  runOf(block: Element): SiblingRun | null {
    const parent = block.parentElement;
    if (!parent || parent.children.length < MIN_CHILDREN) return null;
    let known = this.#parents.get(parent);
    if (known === null) return null;
    let at = known?.index.get(block);
    // A child the snapshot does not hold arrived later: the snapshot is made again. Runs made from
    // the older one stay right for their own members, which lie between their head and tail still.
    if (!known || at === undefined) {
      known = this.#snapshot(parent);
      this.#parents.set(parent, known);
      at = known?.index.get(block);
      if (!known || at === undefined) return null;
    }
    const run = Math.floor(at / RUN_LENGTH);
    let found = known.runs[run];
    if (!found) {
      const head = known.children[run * RUN_LENGTH]!;
      const tail = known.children[Math.min((run + 1) * RUN_LENGTH, known.children.length - 1)]!;
      found = { head, tail, members: new Set(), near: false };
      known.runs[run] = found;
    }
    return found;
  }

  #snapshot(parent: Element): ParentRuns | null {
    if (!this.isBlockFlow(parent)) return null;
    const children = Array.from(parent.children).filter((child) => !BOXLESS.has(child.tagName));
    if (children.length < MIN_CHILDREN) return null;
    return { children, index: new Map(children.map((child, i) => [child, i])), runs: [] };
  }
}

/** A run is near unless both its anchors were last seen on the same side of the watched area. */
export function runIsNear(head: AnchorPlace, tail: AnchorPlace): boolean {
  if (head === 'pending' || tail === 'pending') return false;
  return !((head === 'above' && tail === 'above') || (head === 'below' && tail === 'below'));
}

/** Normal block flow: children one below the other, in one column. */
export function blockFlow(parent: Element): boolean {
  const view = parent.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(parent);
  return (style.display === 'block' || style.display === 'flow-root' || style.display === 'list-item') && style.columnCount === 'auto' && style.columnWidth === 'auto';
}
