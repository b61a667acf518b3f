import type { Settings } from '../../glossary/settings-schema';
import { isSiteSwitchedOn, withSiteActive } from '../../glossary/site-state';
import type { PageCommand, SelectionReply } from '../../utils/messages/messaging';
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

/** The part of a Selection the commands read. */
export type SelectionLike = Pick<Selection, 'rangeCount' | 'toString' | 'getRangeAt'>;

interface PageCommandsEnv {
  /** What selected text is (the background answers), or null when there is no glossary to ask. */
  whatIsSelected(text: string): Promise<SelectionReply | null>;
  stepper: { step(direction: 1 | -1, wrap: boolean): PageMatch | null };
  card: KeyboardCard;
  host(): string;
  selection(): SelectionLike | null;
  updateSettings(change: (current: Settings) => Settings): Promise<unknown>;
  /** The popup's search, for selected text that is not a term as such. */
  searchInPopup(query: string): Promise<void>;
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
    if (!selection || selection.rangeCount === 0 || !text) return;
    const target = await env.whatIsSelected(text);
    if (!target) return;
    if ('search' in target) {
      await env.searchInPopup(target.search);
      return;
    }
    env.card.rememberFocus();
    const anchor = selection.getRangeAt(0).getBoundingClientRect();
    if ('guess' in target) env.card.showGuess(target.guess, anchor, true, true);
    else await env.card.showEntry(target.entry, anchor, true, true);
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
