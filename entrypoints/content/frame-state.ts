import type { CompiledGlossary } from '../../glossary/compile';
import { createMatcher, type Matcher } from '../../glossary/matcher';
import type { Settings } from '../../glossary/settings-schema';
import type { WordPartsExplainer } from '../../glossary/word-parts/page-words';
import { isStoredCompiledGlossary } from '../../utils/glossary-store';
import type { EntryRef } from './entry-cache';

/**
 * What one frame works with now: the user's settings, the glossary (compiled tables and their
 * matcher, made once per glossary) and the word-parts explainer of the last scan. Every unit of
 * the session reads it; only the scan lifecycle changes it.
 */
export class FrameState {
  compiled: CompiledGlossary | null = null;
  matcher: Matcher | null = null;
  /** Word-parts guesses for the current glossary and muted words; rebuilt (with its cache) on refresh. */
  explainer: WordPartsExplainer | null = null;

  constructor(public settings: Settings) {}

  /** Takes a glossary as stored by the background; anything else is ignored (false). */
  loadGlossary(value: unknown): boolean {
    if (!isStoredCompiledGlossary(value)) return false;
    this.compiled = value.compiled;
    this.matcher = createMatcher(value.compiled);
    return true;
  }

  /** The entry a match stands for, as the background knows it. */
  entryOf(match: { entry: number }): EntryRef | undefined {
    return this.compiled?.entries[match.entry];
  }
}
