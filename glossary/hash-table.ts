/**
 * 32-bit hashes, each with a small number, in an open-addressing table: the matcher's index of
 * first words and of (first, second) word pairs, and the cues of one "cue anywhere" question
 * (cue-file.ts). Typed arrays, no objects: built once per glossary or per question, and probed for
 * nearly every word of every page. 0 marks an empty slot, so a hash of 0 is kept as 1.
 */
export class HashTable {
  #keys = new Int32Array(MIN_SLOTS);
  #values = new Int32Array(MIN_SLOTS);
  #mask = MIN_SLOTS - 1;

  constructor(count = 0) {
    this.reset(count);
  }

  /** Empties the table, with room for `count` hashes at most half full. A table much larger than that is not kept. */
  reset(count: number): void {
    let size = MIN_SLOTS;
    while (size < count * 2) size *= 2;
    if (size > this.#keys.length || size * 4 < this.#keys.length) {
      this.#keys = new Int32Array(size);
      this.#values = new Int32Array(size);
    } else this.#keys.fill(0);
    this.#mask = this.#keys.length - 1;
  }

  /** Gives `hash` the value, replacing any it had. */
  set(hash: number, value: number): void {
    const slot = this.#slotFor(hash);
    this.#keys[slot] = keyOf(hash);
    this.#values[slot] = value;
  }

  /** The value of `hash`, or -1. */
  get(hash: number): number {
    const key = keyOf(hash);
    for (let slot = (key ^ (key >>> 15)) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const found = this.#keys[slot]!;
      if (found === key) return this.#values[slot]!;
      if (found === 0) return -1;
    }
  }

  has(hash: number): boolean {
    return this.get(hash) >= 0;
  }

  /** The slot holding `hash`, or the empty slot where it would go. */
  #slotFor(hash: number): number {
    const key = keyOf(hash);
    let slot = (key ^ (key >>> 15)) & this.#mask;
    while (this.#keys[slot] !== 0 && this.#keys[slot] !== key) slot = (slot + 1) & this.#mask;
    return slot;
  }
}

const MIN_SLOTS = 16;
const keyOf = (hash: number) => (hash === 0 ? 1 : hash);
