import { useLayoutEffect, useRef } from 'preact/hooks';
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { TermCard, type RelatedTerm } from '../../../components/TermCard';
import type { GlossaryEntry } from '../../../glossary/schema';

export interface TooltipState {
  entry: GlossaryEntry;
  related: RelatedTerm[];
  /** The line of the term under the pointer: the card sits against it and never covers it. */
  anchor: DOMRect;
  pinned: boolean;
  /** Opened from the keyboard: the card becomes a dialog and takes focus. */
  viaKeyboard: boolean;
}

export interface TooltipViewProps {
  state: TooltipState | null;
  onRelated(item: RelatedTerm): void;
  onOpenInTermlight(): void;
  onMute(): void;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export function TooltipView(props: TooltipViewProps) {
  const cardRef = useRef<HTMLDivElement>(null);
  const { state } = props;

  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!card || !state) return;
    const anchor = state.anchor;
    const reference = { getBoundingClientRect: () => anchor };
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
    if (state.viaKeyboard) card.focus();
  }, [state]);

  if (!state) return null;
  const headingId = 'termlight-card-heading';
  return (
    <div
      ref={cardRef}
      class="tl-card"
      data-termlight-card=""
      data-entry-id={state.entry.id}
      data-pinned={state.pinned ? 'true' : 'false'}
      role={state.viaKeyboard ? 'dialog' : 'tooltip'}
      aria-labelledby={state.viaKeyboard ? headingId : undefined}
      tabIndex={-1}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <TermCard
        key={state.entry.id}
        entry={state.entry}
        related={state.related}
        headingId={headingId}
        onRelated={props.onRelated}
        onOpenInTermlight={props.onOpenInTermlight}
        onMute={props.onMute}
        onClose={props.onClose}
      />
    </div>
  );
}
