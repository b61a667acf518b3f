import type { BlockMatches, BlockMatchOptions } from '../../glossary/block-match';
import type { CompiledEntry } from '../../glossary/compile';
import { isLevel, isUnderlinedOncePerPage, type UnderlineLevel } from '../../glossary/levels';
import type { MatchBlockReply } from '../../utils/messages/messaging';
import { STALE, type MatchSource } from './match-source';

const NOTHING: BlockMatches = { terms: [], evidence: [], guesses: [] };

/** What a frame remembers of the background's answers. */
export interface AnswerSink {
  /** The glossary revision the page's entries belong to ('' before the first answer). */
  readonly revision: string;
  /** Entries the answers named, by their index in that revision's glossary. */
  remember(revision: string, entries: readonly [number, CompiledEntry][]): boolean;
  /** An entry the answers named (by its index in the frame's revision). */
  entryOf(match: { entry: number }): CompiledEntry | undefined;
}

/**
 * A web page's matches, from the background: each block's text goes there and its matches come
 * back. An answer from another revision of the glossary than the frame's is STALE: the scan that
 * asked gives up and leaves the page as it is, and the frame rescans when it hears of the new one.
 */
export class RemoteMatchSource implements MatchSource {
  /** A round trip costs about a millisecond: blocks go in larger pieces than local matching takes. */
  readonly batchChars = 16_000;

  constructor(
    private readonly ask: (request: { segments: string[]; healthTopic: boolean; underline: UnderlineLevel; wordParts: boolean }) => Promise<MatchBlockReply | null>,
    private readonly settings: { underline: UnderlineLevel; wordParts: boolean },
    private readonly sink: AnswerSink,
  ) {}

  async match(segments: string[], options: BlockMatchOptions): Promise<BlockMatches | typeof STALE> {
    const reply = await this.ask({ segments, healthTopic: options.healthTopic, underline: this.settings.underline, wordParts: this.settings.wordParts });
    if (!isMatchReply(reply)) return NOTHING;
    return this.sink.remember(reply.revision, reply.entries) ? reply : STALE;
  }

  oncePerPage(entry: number, wordsLevel?: unknown): boolean {
    // A jargon alias of a common word ("syncope" for fainting) is explained in each section, as jargon is.
    const level = isLevel(wordsLevel) ? wordsLevel : this.sink.entryOf({ entry })?.level;
    return level !== undefined && isUnderlinedOncePerPage(level);
  }
}

/** The shape of an answer, checked before it is used (it crossed from another context). */
export function isMatchReply(value: unknown): value is MatchBlockReply {
  if (!value || typeof value !== 'object') return false;
  const reply = value as Partial<MatchBlockReply>;
  return typeof reply.revision === 'string' && Array.isArray(reply.terms) && Array.isArray(reply.evidence) && Array.isArray(reply.guesses) && Array.isArray(reply.entries);
}
