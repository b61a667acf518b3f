import type { CompiledEntry } from '../../glossary/compile';
import type { Settings } from '../../glossary/settings-schema';
import { onMessage, type PageTermsReply, type UnexplainedWord } from '../../utils/messages/messaging';
import type { PageMatch } from './match-index';

/** What the popup's questions are answered from. */
interface PopupView {
  readonly settings: Settings;
  entryOf(match: { entry: number }): CompiledEntry | undefined;
  shownEntryIndex(id: string): number;
}

/** The page's scan, as far as the popup asks about it. */
export interface ScannedPage {
  readonly active: boolean;
  readonly scanner: {
    foundTerms(): { entry: number; count: number }[];
    occurrences(entry: number): PageMatch[];
  };
}

/** "On this page": the terms the page shows, with how often. */
export function pageTerms(host: string, view: PopupView, page: ScannedPage): PageTermsReply {
  const terms = page.scanner.foundTerms().flatMap(({ entry, count }) => {
    const found = view.entryOf({ entry });
    return found ? [{ ...found, count }] : [];
  });
  return { host, active: page.active, terms };
}

/**
 * Shows occurrence `occurrence` of a term (counting round, so the popup can keep asking for the
 * next one) with `flash`. A muted entry with the same id is never the one meant.
 */
export function revealTerm(view: PopupView, page: ScannedPage, id: string, occurrence: number, flash: (range: StaticRange) => void): { found: boolean; total: number } {
  const entry = view.shownEntryIndex(id);
  const matches = entry >= 0 ? page.scanner.occurrences(entry) : [];
  const match = matches[occurrence % Math.max(1, matches.length)];
  if (!match) return { found: false, total: 0 };
  flash(match.range);
  return { found: true, total: matches.length };
}

interface PopupHandlersEnv {
  view: PopupView;
  page: ScannedPage;
  /** Only the top frame answers for the page as a whole. */
  isTop: boolean;
  host(): string;
  flash(range: StaticRange): void;
  /** The rare words nothing explains, under these settings (null: the background could not say). */
  unexplainedWords(settings: Settings): Promise<UnexplainedWord[] | null>;
}

/** Answers the popup (every frame reveals its own occurrences); returns the function that stops. */
export function listenToPopup(env: PopupHandlersEnv): () => void {
  const { view, page } = env;
  const stops = [onMessage('revealTerm', ({ id, occurrence }) => revealTerm(view, page, id, occurrence, env.flash))];
  if (env.isTop) {
    stops.push(
      onMessage('getPageTerms', () => pageTerms(env.host(), view, page)),
      onMessage('getUnexplainedWords', async () => {
        if (!page.active) return { active: false, words: [] };
        return { active: true, words: (await env.unexplainedWords(view.settings)) ?? [] };
      }),
    );
  }
  return () => {
    for (const stop of stops) stop();
  };
}
