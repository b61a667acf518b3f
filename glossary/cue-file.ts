/**
 * One call's cues (single words, or phrases of several) filed under a hash, for word-presence.ts:
 * which of them one text holds. An open-addressing table of the hashes, kept at most a quarter
 * full, so nearly every word of a text stops at its first empty slot; each hash's holders (a cue
 * and the set that asked for it) in a list of typed arrays, so filing makes no objects however
 * many cues a call asks about (a long health text asks about tens of thousands). Nothing is kept
 * from one call to the next but the arrays: numbering every cue for the matcher's life cost half
 * a megabyte of heap on a page.
 *
 * A hash whose holders are all answered is closed, so each later place of a cue already found
 * (the second "pain" of a page) costs one slot read.
 */
export class CueFile<T> {
  #keys = new Int32Array(MIN_SLOTS);
  /** Each slot's first holder, or -1 once every holder there is answered. */
  #heads = new Int32Array(MIN_SLOTS);
  #mask = MIN_SLOTS - 1;
  #holderSet = new Int32Array(256);
  #holderNext = new Int32Array(256);
  readonly #holderCue: T[] = [];
  #holders = 0;
  /** Slots with a holder not answered yet. */
  #open = 0;

  /** Starts a call's file, with room for `cues` cues. */
  begin(cues: number): void {
    let slots = MIN_SLOTS;
    while (slots < 4 * cues) slots *= 2;
    // A table much bigger than this call needs is not kept for the short texts after a long one.
    if (slots > this.#keys.length || slots * 4 < this.#keys.length) {
      this.#keys = new Int32Array(slots);
      this.#heads = new Int32Array(slots);
    } else this.#keys.fill(0);
    this.#mask = this.#keys.length - 1;
    this.#holders = 0;
    this.#holderCue.length = 0;
    this.#open = 0;
  }

  /** Files `cue`, under `hash`, as one that set `set` holds. */
  file(hash: number, cue: T, set: number): void {
    const key = keyOf(hash);
    let slot = slotOf(key, this.#mask);
    while (this.#keys[slot] !== 0 && this.#keys[slot] !== key) slot = (slot + 1) & this.#mask;
    if (this.#keys[slot] === 0) {
      this.#keys[slot] = key;
      this.#heads[slot] = -1;
    }
    if (this.#heads[slot] === -1) this.#open++;
    const holder = this.#holders++;
    if (holder === this.#holderSet.length) {
      this.#holderSet = grown(this.#holderSet);
      this.#holderNext = grown(this.#holderNext);
    }
    this.#holderSet[holder] = set;
    this.#holderCue[holder] = cue;
    this.#holderNext[holder] = this.#heads[slot]!;
    this.#heads[slot] = holder;
  }

  /** Whether some filed cue is not answered yet. */
  get open(): boolean {
    return this.#open > 0;
  }

  /**
   * Tries the holders filed under this hash, `isHere` telling whether a cue stands at the place
   * being read: a holder whose cue is here marks its set in `found`, and every holder whose set has
   * its answer leaves the list. Returns how many sets had no answer before.
   */
  answerAt(hash: number, isHere: (cue: T) => boolean, found: Uint8Array): number {
    const key = keyOf(hash);
    let slot = slotOf(key, this.#mask);
    for (let filed = this.#keys[slot]!; filed !== key; filed = this.#keys[slot]!) {
      if (filed === 0) return 0;
      slot = (slot + 1) & this.#mask;
    }
    if (this.#heads[slot] === -1) return 0;
    let answered = 0;
    let previous = -1;
    for (let holder = this.#heads[slot]!; holder >= 0; holder = this.#holderNext[holder]!) {
      const set = this.#holderSet[holder]!;
      if (found[set] === 0 && isHere(this.#holderCue[holder]!)) {
        found[set] = 1;
        answered++;
      }
      // Answered, by this cue or another of its set's: out of the list.
      if (found[set] === 1) {
        if (previous < 0) this.#heads[slot] = this.#holderNext[holder]!;
        else this.#holderNext[previous] = this.#holderNext[holder]!;
      } else previous = holder;
    }
    if (this.#heads[slot] === -1) this.#open--;
    return answered;
  }
}

/** The table's smallest size: 16 KB for a paragraph's few cues. */
const MIN_SLOTS = 1 << 11;

/** 0 marks an empty slot, so a hash of 0 is filed as 1. */
const keyOf = (hash: number) => (hash === 0 ? 1 : hash);
const slotOf = (key: number, mask: number) => (key ^ (key >>> 15)) & mask;

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
