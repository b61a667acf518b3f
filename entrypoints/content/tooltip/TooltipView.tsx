import { useLayoutEffect, useRef } from 'preact/hooks';
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { TermCard, type RelatedTerm } from '../../../components/TermCard';
import { WordPartsCard } from '../../../components/WordPartsCard';
import type { GlossaryEntry } from '../../../glossary/schema';
import type { WordGuess } from '../match-index';

interface CardPlacement {
  /** The line of the term under the pointer: the card sits against it and never covers it. */
  anchor: DOMRect;
  pinned: boolean;
  /** Opened from the keyboard: the card becomes a dialog and takes focus. */
  viaKeyboard: boolean;
}

/** A glossary entry's card. */
export interface EntryCardState extends CardPlacement {
  entry: GlossaryEntry;
  related: RelatedTerm[];
  origin?: import('../../../utils/messages/entry-origin').EntryOrigin;
  /** For an entry with senses: the one that fits here, or null to list them all. */
  sense?: number | null;
  /** The entry's alias the page used, when it is not the entry's term ("Flomax" for tamsulosin). */
  seenAs?: string;
  /**
   * Set once the reader mutes or unmutes the term from this card: the card then says so (with an
   * Undo) and stays open while the page's highlights are rebuilt around it.
   */
  muted?: boolean;
  guess?: undefined;
}

/** A rare word's labelled best guess from its parts. */
export interface GuessCardState extends CardPlacement {
  guess: WordGuess;
  entry?: undefined;
}

export type TooltipState = EntryCardState | GuessCardState;

export interface TooltipViewProps {
  state: TooltipState | null;
  /**
   * The card is built but not shown: the pointer rests on its term and the dwell is still running.
   * Revealing it then only places it and makes it visible (no new content to lay out).
   */
  concealed?: boolean;
  /** Read by screen readers when a card opens by command; empty otherwise. */
  announcement: string;
  onRelated(item: RelatedTerm): void;
  onOpenInTermlight(): void;
  onMute(): void;
  /** Where given, a muted card offers Undo. */
  onUnmute?(): void;
  onAddToMyTerms(): void;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export function TooltipView(props: TooltipViewProps) {
  const cardRef = useRef<HTMLDivElement>(null);
  /** The card (what it shows, where) that last took focus: a card changed in place (muted) leaves focus where it is. */
  const focusedFor = useRef<{ shown: unknown; anchor: DOMRect } | null>(null);
  /** Counts placements: a placement that finishes after a newer render leaves the card alone. */
  const placements = useRef(0);
  const { state } = props;

  useLayoutEffect(() => {
    const card = cardRef.current;
    const placement = ++placements.current;
    if (!card || !state) {
      focusedFor.current = null;
      return;
    }
    if (props.concealed) {
      // The same element may have shown the previous card: hidden again until its dwell ends.
      card.style.visibility = '';
      card.removeAttribute('data-shown');
      focusedFor.current = null;
      return;
    }
    const anchor = state.anchor;
    const reference = { getBoundingClientRect: () => anchor };
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      if (placement !== placements.current) return;
      // Placed with `translate` (the card sits at 0, 0): moving it needs no new layout of the
      // page, only a repaint. The entrance animation owns `transform`, a separate property.
      card.style.translate = [x, y].map((value) => `${Math.round(value)}px`).join(' ');
      card.style.visibility = 'visible';
      card.setAttribute('data-shown', '');
      // A hidden element cannot take focus: move it in only once the card is shown.
      const shown = state.entry ?? state.guess;
      const same = focusedFor.current?.shown === shown && focusedFor.current.anchor === state.anchor;
      if (state.viaKeyboard && !same) card.focus();
      focusedFor.current = { shown, anchor: state.anchor };
    });
  }, [state, props.concealed]);

  const live = (
    <div class="tl-live" aria-live="polite" role="status" data-termlight-live="">
      {props.announcement}
    </div>
  );
  if (!state) return live;
  const headingId = 'termlight-card-heading';
  return (
    <>
    {live}
    <div
      ref={cardRef}
      class="tl-card"
      data-termlight-card=""
      data-entry-id={state.entry?.id}
      data-guess={state.guess ? state.guess.word : undefined}
      data-pinned={state.pinned ? 'true' : 'false'}
      role={state.viaKeyboard ? 'dialog' : 'tooltip'}
      aria-hidden={props.concealed || undefined}
      aria-labelledby={state.viaKeyboard ? headingId : undefined}
      tabIndex={-1}
      onKeyDown={(event) => state.viaKeyboard && trapTab(event, cardRef.current)}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      {state.entry ? (
        <TermCard
          key={state.entry.id}
          entry={state.entry}
          related={state.related}
          origin={state.origin}
          sense={state.sense}
          seenAs={state.seenAs}
          headingId={headingId}
          onRelated={props.onRelated}
          onOpenInTermlight={props.onOpenInTermlight}
          onMute={props.onMute}
          muted={state.muted}
          onUnmute={props.onUnmute}
          onClose={props.onClose}
        />
      ) : (
        <WordPartsCard
          key={state.guess.word}
          word={state.guess.word}
          parts={state.guess.parts}
          sentence={state.guess.sentence}
          headingId={headingId}
          onSearch={props.onOpenInTermlight}
          onAddToMyTerms={props.onAddToMyTerms}
          onClose={props.onClose}
        />
      )}
    </div>
    </>
  );
}

/** Keeps Tab and Shift+Tab cycling through the dialog's own controls. */
function trapTab(event: KeyboardEvent, card: HTMLElement | null): void {
  if (event.key !== 'Tab' || !card) return;
  const controls = [...card.querySelectorAll<HTMLElement>('button, [href], [tabindex]:not([tabindex="-1"])')];
  if (controls.length === 0) return;
  const active = (card.getRootNode() as ShadowRoot).activeElement;
  const at = controls.indexOf(active as HTMLElement);
  const next = event.shiftKey ? (at <= 0 ? controls.length - 1 : at - 1) : (at === controls.length - 1 ? 0 : at + 1);
  event.preventDefault();
  controls[next]!.focus();
}
