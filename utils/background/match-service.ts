import { matchBlock, selectionTarget } from '../../glossary/block-match';
import type { CompiledEntry, CompiledGlossary } from '../../glossary/compile';
import { underlineMatcher, type UnderlineLevel } from '../../glossary/levels';
import { createMatcher, type Matcher } from '../../glossary/matcher';
import { mutedWordCheck, UnexplainedTally, type WordPartsExplainer } from '../../glossary/word-parts/page-words';
import type { MatchBlockReply, SelectionReply, UnexplainedWord } from '../messages/messaging';
import { createWordPartsExplainer, glossaryExplainer, isGlossaryWord } from './word-parts-explainer';

export interface MatchBlockRequest {
  segments: string[];
  healthTopic: boolean;
  underline: UnderlineLevel;
  wordParts: boolean;
}

/**
 * The background's matcher, shared by every tab and frame: the published glossary's tables made
 * into a matcher once, a filtered view of it per underline setting, and one word-parts explainer
 * (with its cache) per muted list. Pages send text and get matches back, so none of them parses
 * the tables or builds the word-parts tables itself.
 */
export class MatchService {
  #revision = '';
  #compiled: CompiledGlossary | null = null;
  #raw: Matcher | null = null;
  #byUnderline = new Map<UnderlineLevel, Matcher>();
  #explainer: { mutedKey: string; explainer: WordPartsExplainer } | null = null;

  constructor(private readonly commonWords: () => string) {}

  get revision(): string {
    return this.#revision;
  }

  /** The tables of `revision`, or null before the first publish. */
  get compiled(): CompiledGlossary | null {
    return this.#compiled;
  }

  /** A newly published glossary (the same revision again changes nothing). */
  setGlossary(revision: string, compiled: CompiledGlossary): void {
    if (revision === this.#revision && this.#compiled) return;
    this.#revision = revision;
    this.#compiled = compiled;
    this.#raw = null;
    this.#byUnderline.clear();
    this.#explainer = null;
  }

  match(request: MatchBlockRequest, mutedIds: readonly string[]): MatchBlockReply | null {
    const compiled = this.#compiled;
    const raw = this.#rawMatcher();
    if (!compiled || !raw) return null;
    let matcher = this.#byUnderline.get(request.underline);
    if (!matcher) this.#byUnderline.set(request.underline, (matcher = underlineMatcher(raw, compiled, request.underline)));
    const found = matchBlock(matcher, request.wordParts ? this.#explainerFor(raw, mutedIds) : null, request.segments, request);
    return { revision: this.#revision, ...found, entries: entriesOf(compiled, found.terms) };
  }

  explainSelection(text: string, mutedIds: readonly string[]): SelectionReply | null {
    const compiled = this.#compiled;
    const raw = this.#rawMatcher();
    if (!compiled || !raw) return null;
    const target = selectionTarget(text, raw, this.#explainerFor(raw, mutedIds));
    if (!('entry' in target)) return target;
    const entry = compiled.entries[target.entry];
    return entry ? { entry } : null;
  }

  /**
   * The rare words of a page's blocks that nothing explains: not the glossary wherever it matches
   * (whatever the underline setting), not a muted term, not common English, nor (when word parts are
   * on) their parts.
   */
  unexplained(blocks: readonly string[][], wordParts: boolean, mutedIds: readonly string[]): UnexplainedWord[] | null {
    const raw = this.#rawMatcher();
    if (!raw) return null;
    // An explainer of its own: answers for words no scan met must not fill the scans' cache.
    const check = wordParts ? glossaryExplainer(this.commonWords, raw, mutedIds) : createWordPartsExplainer(this.commonWords);
    const isMuted = mutedWordCheck(mutedIds);
    const isExplained = (word: string) => check.isCommon(word) || isMuted(word) || isGlossaryWord(raw, word) || (wordParts && check.explain(word) !== null);
    const tally = new UnexplainedTally();
    for (const segments of blocks) tally.addBlock(segments, raw.findInSegments(segments, { healthTopic: true }));
    return tally.list(isExplained);
  }

  #rawMatcher(): Matcher | null {
    if (!this.#compiled) return null;
    return (this.#raw ??= createMatcher(this.#compiled));
  }

  #explainerFor(raw: Matcher, mutedIds: readonly string[]): WordPartsExplainer {
    const mutedKey = mutedIds.join('\n');
    if (this.#explainer?.mutedKey !== mutedKey) this.#explainer = { mutedKey, explainer: glossaryExplainer(this.commonWords, raw, mutedIds) };
    return this.#explainer.explainer;
  }
}

/** The entries a block's matches stand for, each once. */
function entriesOf(compiled: CompiledGlossary, terms: readonly { entry: number }[]): [number, CompiledEntry][] {
  const seen = new Map<number, CompiledEntry>();
  for (const { entry } of terms) {
    const found = compiled.entries[entry];
    if (found && !seen.has(entry)) seen.set(entry, found);
  }
  return [...seen];
}
