/**
 * The first `limit` items as a stable sort by `compare` would order them, without sorting them all:
 * a keystroke can gather hundreds of candidates for a list of twenty.
 */
export function firstInOrder<T>(items: Iterable<T>, limit: number, compare: (a: T, b: T) => number): T[] {
  const first: T[] = [];
  if (limit <= 0) return first;
  for (const item of items) {
    if (first.length === limit && compare(item, first[limit - 1]!) >= 0) continue;
    // After every item it does not come before, as a stable sort keeps equal items.
    let at = first.length;
    while (at > 0 && compare(item, first[at - 1]!) < 0) at--;
    first.splice(at, 0, item);
    if (first.length > limit) first.pop();
  }
  return first;
}
