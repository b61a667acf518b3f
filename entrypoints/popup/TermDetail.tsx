import { useEffect, useRef, useState } from 'preact/hooks';
import { TermCard, type RelatedTerm } from '../../components/TermCard';
import type { EntryReply } from '../../utils/messages/messaging';
import { t } from '../../utils/ui/i18n';

export interface TermDetailProps {
  reply: EntryReply;
  /** The reader muted this entry ("Don't highlight this term"). */
  muted: boolean;
  onBack(): void;
  onUnmute(): void;
  onRelated(item: RelatedTerm): void;
}

/**
 * One entry in full, in the popup. A muted entry says so and offers the one way back; once
 * unmuted, the line confirms it instead of vanishing under the reader's focus.
 */
export function TermDetail({ reply, muted, onBack, onUnmute, onRelated }: TermDetailProps) {
  const [unmuted, setUnmuted] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);
  const { entry } = reply;
  // The button pressed is gone once the term is unmuted: focus moves to the line that replaced it.
  useEffect(() => {
    if (unmuted && !muted) confirmation.current?.focus();
  }, [unmuted, muted]);
  return (
    <section class="detail" aria-label={t('detailLabel', entry.term)}>
      <button type="button" class="back" onClick={onBack}>
        {t('detailBack')}
      </button>
      {/* The live region is there from the start, so the confirmation that replaces the notice is read out. */}
      <div class="muted-notice-region" role="status">
        {muted ? (
          <p class="muted-notice">
            <span>{t('detailMuted')}</span>
            <button
              type="button"
              class="small"
              onClick={() => {
                setUnmuted(true);
                onUnmute();
              }}
            >
              {t('detailUnmute')}
            </button>
          </p>
        ) : unmuted ? (
          <p class="muted-notice" tabIndex={-1} ref={confirmation}>
            {t('detailUnmuted', entry.term)}
          </p>
        ) : null}
      </div>
      <TermCard key={entry.id} entry={entry} related={reply.related} origin={reply.origin} startExpanded onRelated={onRelated} />
    </section>
  );
}
