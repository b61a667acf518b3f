/**
 * One call's cues (single words, or phrases of several) filed under a hash, for word-presence.ts:
 * which of them one text holds. A table of the hashes (hash-table.ts), kept at most a quarter
 * full, so nearly every word of a text stops at its first empty slot; each hash's holders (a cue
 * and the set that asked for it) in a list of typed arrays, so filing makes no objects however
 * many cues a call asks about (a long health text asks about tens of thousands). Nothing is kept
 * from one call to the next but the arrays: numbering every cue for the matcher's life cost half
 * a megabyte of heap on a page.
 *
 * A hash whose holders are all answered is closed, so each later place of a cue already found
 * (the second "pain" of a page) costs one slot read.
 */
import { doubled } from './doubled';
import { HashTable } from './hash-table';

export class CueFile<T> {
  /** Each hash's first holder, or -1 (as for a hash never filed) once every holder there is answered. */
  readonly #heads = new HashTable();
  #holderSet = new Int32Array(256);
  #holderNext = new Int32Array(256);
  readonly #holderCue: T[] = [];
  #holders = 0;
  /** Hashes with a holder not answered yet. */
  #open = 0;

  /** Starts a call's file, with room for `cues` cues. */
  begin(cues: number): void {
    // At most a quarter full, so that a word no cue has nearly always stops at the first slot.
    this.#heads.reset(2 * cues);
    this.#holders = 0;
    this.#holderCue.length = 0;
    this.#open = 0;
  }

  /** Files `cue`, under `hash`, as one that set `set` holds. */
  file(hash: number, cue: T, set: number): void {
    const head = this.#heads.get(hash);
    if (head < 0) this.#open++;
    const holder = this.#holders++;
    if (holder === this.#holderSet.length) {
      this.#holderSet = doubled(this.#holderSet);
      this.#holderNext = doubled(this.#holderNext);
    }
    this.#holderSet[holder] = set;
    this.#holderCue[holder] = cue;
    this.#holderNext[holder] = head;
    this.#heads.set(hash, holder);
  }

  /** Whether some filed cue is not answered yet. */
  get open(): boolean {
    return this.#open > 0;
  }

  /**
   * Tries the holders filed under this hash, `isHere` telling whether a cue (of the set given) stands
   * at the place being read: a holder whose cue is here marks its set in `found`, and every holder whose set has
   * its answer leaves the list. Returns how many sets had no answer before.
   */
  answerAt(hash: number, isHere: (cue: T, set: number) => boolean, found: Uint8Array): number {
    const first = this.#heads.get(hash);
    if (first < 0) return 0;
    let answered = 0;
    let head = first;
    let previous = -1;
    for (let holder = first; holder >= 0; holder = this.#holderNext[holder]!) {
      const set = this.#holderSet[holder]!;
      if (found[set] === 0 && isHere(this.#holderCue[holder]!, set)) {
        found[set] = 1;
        answered++;
      }
      // Answered, by this cue or another of its set's: out of the list.
      if (found[set] === 1) {
        if (previous < 0) head = this.#holderNext[holder]!;
        else this.#holderNext[previous] = this.#holderNext[holder]!;
      } else previous = holder;
    }
    if (head !== first) this.#heads.set(hash, head);
    if (head < 0) this.#open--;
    return answered;
  }
}

