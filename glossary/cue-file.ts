/**
 * Cues (single words, or phrases of several) filed under a hash, for word-presence.ts: which of
 * them one text holds. Each cue gets a number the first time it is seen and keeps it for the
 * matcher's life, since the matcher asks about the same entries' cues again and again; a call
 * then files numbers in typed arrays, with no objects made, however many cues it asks about (a
 * long health text asks about tens of thousands).
 *
 * A count per filter slot of the cues filed there and not found yet comes first: nearly every
 * word of a text stops at one read, and so does each later place of a cue already found (the
 * second "pain" of a page).
 */
export class CueFile<T> {
  // Every cue seen: its number by key, the cue, its hash, and the next cue with the same hash.
  readonly #ids = new Map<string, number>();
  readonly #cues: T[] = [];
  #hash = new Int32Array(64);
  #nextWithHash = new Int32Array(64);
  readonly #firstWithHash = new Map<number, number>();

  // One call's file: the call a cue was filed in (0 once found), and the sets that hold it, as lists in two arrays.
  #call = 0;
  #filedIn = new Int32Array(64);
  #firstHolder = new Int32Array(64);
  #holderSet = new Int32Array(256);
  #holderNext = new Int32Array(256);
  #holders = 0;
  #open = 0;
  #filter = new Uint16Array(MIN_SLOTS);
  #mask = MIN_SLOTS - 1;

  /** The cue's number, given on first sight: `key` names the cue, and `hash` is what the text's words are looked up by. */
  idOf(cue: T, key: string, hash: number): number {
    const known = this.#ids.get(key);
    if (known !== undefined) return known;
    const id = this.#cues.length;
    if (id === this.#hash.length) {
      this.#hash = grown(this.#hash);
      this.#nextWithHash = grown(this.#nextWithHash);
      this.#filedIn = grown(this.#filedIn);
      this.#firstHolder = grown(this.#firstHolder);
    }
    this.#ids.set(key, id);
    this.#cues.push(cue);
    this.#hash[id] = hash;
    this.#nextWithHash[id] = this.#firstWithHash.get(hash) ?? -1;
    this.#firstWithHash.set(hash, id);
    return id;
  }

  /** Starts a call's file, with a filter of about four slots per cue for `cues` cues. */
  begin(cues: number): void {
    this.#call++;
    this.#holders = 0;
    this.#open = 0;
    let slots = MIN_SLOTS;
    while (slots < 4 * cues && slots < MAX_SLOTS) slots *= 2;
    if (slots > this.#filter.length || slots * 4 < this.#filter.length) this.#filter = new Uint16Array(slots);
    else this.#filter.fill(0);
    this.#mask = this.#filter.length - 1;
  }

  /** Files cue `id` as one that set `set` holds. */
  file(id: number, set: number): void {
    if (this.#filedIn[id] !== this.#call) {
      this.#filedIn[id] = this.#call;
      this.#firstHolder[id] = -1;
      this.#filter[this.#slot(this.#hash[id]!)]!++;
      this.#open++;
    }
    const holder = this.#holders++;
    if (holder === this.#holderSet.length) {
      this.#holderSet = grown(this.#holderSet);
      this.#holderNext = grown(this.#holderNext);
    }
    this.#holderSet[holder] = set;
    this.#holderNext[holder] = this.#firstHolder[id]!;
    this.#firstHolder[id] = holder;
  }

  /** Whether some filed cue is not found yet. */
  get open(): boolean {
    return this.#open > 0;
  }

  /**
   * Tries the filed cues with this hash that are not found yet, `isHere` telling whether one is
   * at the place being read: each that is marks its sets in `found` and leaves the file. Returns
   * how many sets had no answer before.
   */
  answerAt(hash: number, isHere: (cue: T) => boolean, found: Uint8Array): number {
    const slot = this.#slot(hash);
    if (this.#filter[slot] === 0) return 0;
    let answered = 0;
    for (let id = this.#firstWithHash.get(hash) ?? -1; id >= 0; id = this.#nextWithHash[id]!) {
      if (this.#filedIn[id] !== this.#call || !isHere(this.#cues[id]!)) continue;
      this.#filedIn[id] = 0;
      this.#filter[slot]!--;
      this.#open--;
      for (let holder = this.#firstHolder[id]!; holder >= 0; holder = this.#holderNext[holder]!) {
        const set = this.#holderSet[holder]!;
        if (found[set] === 1) continue;
        found[set] = 1;
        answered++;
      }
    }
    return answered;
  }

  #slot(hash: number): number {
    return (hash ^ (hash >>> 16)) & this.#mask;
  }
}

/** Filter sizes: 8 KB for a paragraph's few cues, at most 512 KB for the tens of thousands of a book-length text's. */
const MIN_SLOTS = 1 << 12;
const MAX_SLOTS = 1 << 18;

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
