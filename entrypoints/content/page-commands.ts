import type { CompiledGlossary } from '../../glossary/compile';
import type { Matcher } from '../../glossary/matcher';
import type { Settings } from '../../glossary/settings-schema';
import { isSiteSwitchedOn, withSiteActive } from '../../glossary/site-state';
import type { WordPartsExplainer } from '../../glossary/word-parts/page-words';
import type { PageCommand } from '../../utils/messaging';
import type { EntryRef } from './entry-cache';
import type { PageMatch, WordGuess } from './match-index';

/** The card, as the keyboard commands use it (CardPresenter). */
export interface KeyboardCard {
  openByKeyboard(match: PageMatch): Promise<void>;
  leaveByKeyboard(): void;
  rememberFocus(): void;
  showEntry(ref: EntryRef, anchor: DOMRect | null, pinned: boolean, viaKeyboard?: boolean): Promise<void>;
  showGuess(guess: WordGuess, anchor: DOMRect, pinned: boolean, viaKeyboard?: boolean): void;
}

/** The glossary the frame matches with now (FrameState). */
interface CommandView {
  readonly compiled: CompiledGlossary | null;
  readonly matcher: Matcher | null;
  readonly explainer: WordPartsExplainer | null;
}

/** The part of a Selection the commands read. */
export type SelectionLike = Pick<Selection, 'rangeCount' | 'toString' | 'getRangeAt'>;

interface PageCommandsEnv {
  view: CommandView;
  stepper: { step(direction: 1 | -1, wrap: boolean): PageMatch | null };
  card: KeyboardCard;
  host(): string;
  selection(): SelectionLike | null;
  updateSettings(change: (current: Settings) => Settings): Promise<unknown>;
  /** The popup's search, for selected text that is not a term as such. */
  searchInPopup(query: string): Promise<void>;
}

/** What selected text is: one whole glossary term, a rare word its parts explain, or a search. */
type SelectionTarget = { entry: number } | { guess: WordGuess } | { search: string };

export function selectionTarget(text: string, matcher: Matcher, explainer: WordPartsExplainer | null): SelectionTarget {
  const found = matcher.findInText(text);
  const whole = found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length ? found[0]! : null;
  const word = text.toLowerCase();
  const guess = !whole && /^[a-z]+$/.test(word) ? explainer?.explain(word) : null;
  if (guess) return { guess: { word, ...guess } };
  // Not a term as such: the popup's fuzzy search suggests the closest ones.
  if (!whole) return { search: text.slice(0, 200) };
  return { entry: whole.entry };
}

/**
 * The keyboard commands a frame runs (the keyboard path to every explanation: the highlights
 * themselves are invisible to assistive technology). Answers whether stepping moved to a term
 * here, so the background can go on to the next frame when it did not.
 */
export function pageCommands(env: PageCommandsEnv): (command: PageCommand, wrap: boolean) => Promise<{ moved: boolean }> {
  async function explainSelection(): Promise<void> {
    const selection = env.selection();
    const text = selection?.toString().trim() ?? '';
    const { matcher, compiled } = env.view;
    if (!selection || selection.rangeCount === 0 || !text || !matcher || !compiled) return;
    const target = selectionTarget(text, matcher, env.view.explainer);
    if ('search' in target) {
      await env.searchInPopup(target.search);
      return;
    }
    env.card.rememberFocus();
    const anchor = selection.getRangeAt(0).getBoundingClientRect();
    if ('guess' in target) env.card.showGuess(target.guess, anchor, true, true);
    else await env.card.showEntry(compiled.entries[target.entry]!, anchor, true, true);
  }

  return async (command, wrap) => {
    if (command === 'toggle-site') {
      const host = env.host();
      await env.updateSettings((current) => withSiteActive(current, host, !isSiteSwitchedOn(current, host)));
      return { moved: false };
    }
    if (command === 'explain-selection') {
      await explainSelection();
      return { moved: false };
    }
    const match = env.stepper.step(command === 'next-term' ? 1 : -1, wrap);
    if (!match) {
      // Leaving this frame for the next one: take this frame's card and marker away.
      env.card.leaveByKeyboard();
      return { moved: false };
    }
    await env.card.openByKeyboard(match);
    return { moved: true };
  };
}
