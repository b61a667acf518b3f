import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../glossary/schema';
import { sourceLabel } from '../glossary/source-names';
import { categoryLabel } from '../utils/ui/category-labels';
import type { EntryOrigin } from '../utils/messages/entry-origin';
import { t } from '../utils/ui/i18n';
import { CardActions } from './CardActions';

export interface RelatedTerm {
  id: string;
  packId: string;
  term: string;
}

export interface TermCardProps {
  entry: GlossaryEntry;
  related: RelatedTerm[];
  onRelated?: (related: RelatedTerm) => void;
  /** Shown only where they make sense: the tooltip has all three, the popup none. */
  onOpenInTermlight?: () => void;
  onMute?: () => void;
  /** The entry is muted: the card says so, and (with `onUnmute`) offers to undo it. */
  muted?: boolean;
  onUnmute?: () => void;
  onClose?: () => void;
  headingId?: string;
  startExpanded?: boolean;
  /**
   * For an entry with several senses: the one the words around the term point to, or null when
   * nothing decides (the card then lists every likely meaning rather than guess).
   */
  sense?: number | null;
  /** Which glossary the entry is from; the user's own are marked, and other glossaries' meanings follow. */
  origin?: EntryOrigin;
  /** The alias the page used for the entry ("Flomax" for tamsulosin): the card says both name one thing. */
  seenAs?: string;
}

/** The short text, or the sense that fits, or (when nothing decides) every likely sense. */
function Meaning({ entry, sense }: { entry: GlossaryEntry; sense: number | null | undefined }) {
  const senses = entry.senses ?? [];
  const chosen = sense === null || sense === undefined ? undefined : senses[sense];
  if (chosen) {
    return (
      <p class="tl-short">
        <span class="tl-sense-label">{t('cardSenseLabel', chosen.label)}</span> {chosen.short}
      </p>
    );
  }
  if (senses.length === 0) return <p class="tl-short">{entry.short}</p>;
  return (
    <div class="tl-senses">
      <p class="tl-short">{entry.short}</p>
      <p class="tl-label">{t('cardItCanMean')}</p>
      <ul>
        {senses.map((item) => (
          <li key={item.label}>
            <span class="tl-sense-label">{t('cardSenseLabel', item.label)}</span> {item.short}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * One glossary entry, as the tooltip and the popup show it. Everything is rendered as text
 * nodes by Preact: glossary strings can never become markup.
 */
export function TermCard(props: TermCardProps) {
  const { entry, related } = props;
  const [expanded, setExpanded] = useState(props.startExpanded ?? false);
  const explanationId = useId();
  const body = useRef<HTMLElement>(null);
  /** The control to focus once the mute state has changed: the one pressed is replaced by the other. */
  const focusNext = useRef<'mute' | 'unmute' | null>(null);
  const focusIsInside = () => {
    const active = (body.current?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    return !!active && !!body.current?.contains(active);
  };
  const mute = () => {
    focusNext.current = focusIsInside() ? 'unmute' : null;
    props.onMute?.();
  };
  const unmute = () => {
    focusNext.current = focusIsInside() ? 'mute' : null;
    props.onUnmute?.();
  };
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target) body.current?.querySelector<HTMLElement>(`[data-action="${target}"]`)?.focus();
  }, [props.muted]);
  return (
    <article class="tl-card-body" aria-labelledby={props.headingId} ref={body}>
      <header class="tl-card-header">
        <h2 class="tl-term" id={props.headingId}>
          {entry.term}
        </h2>
        <span class="tl-category">{categoryLabel(entry.category)}</span>
      </header>
      {entry.pronunciation && (
        <p class="tl-pronunciation">
          <span class="tl-visually-hidden">{t('cardSayIt')} </span>
          {entry.pronunciation}
        </p>
      )}
      {props.seenAs && <p class="tl-seen-as">{t('cardSeenAs', props.seenAs, entry.term)}</p>}
      {entry.expansion && (
        <p class="tl-expansion">
          <span class="tl-label">{t('cardStandsFor')}</span> {entry.expansion}
        </p>
      )}
      {props.origin?.mine && <p class="tl-origin">{t('cardFromYourGlossary', props.origin.glossaryName)}</p>}
      <Meaning entry={entry} sense={props.sense} />
      <p class="tl-explanation" id={explanationId} hidden={!expanded}>
        {entry.explanation}
      </p>
      {/* One button that stays put, so focus stays on it whichever way it is turned. */}
      <button
        type="button"
        class="tl-link"
        onClick={() => setExpanded(!expanded)}
        aria-expanded={expanded}
        aria-controls={explanationId}
        aria-label={expanded ? t('cardLessLabel', entry.term) : t('cardMoreLabel', entry.term)}
      >
        {expanded ? t('cardLess') : t('cardMore')}
      </button>
      {related.length > 0 && (
        <nav class="tl-related" aria-label={t('cardRelatedLabel')}>
          <span class="tl-label">{t('cardRelated')}</span>
          {related.map((item) =>
            props.onRelated ? (
              <button type="button" class="tl-chip" key={item.id} onClick={() => props.onRelated?.(item)}>
                {item.term}
              </button>
            ) : (
              <span class="tl-chip" key={item.id}>
                {item.term}
              </span>
            ),
          )}
        </nav>
      )}
      {props.origin && props.origin.alsoMeans.length > 0 && (
        <section class="tl-also" aria-label={t('cardOtherMeaningsLabel', entry.term)}>
          {props.origin.alsoMeans.map((other) => (
            <p key={`${other.packId}:${other.entry.id}`} class="tl-also-item">
              <span class="tl-label">{other.mine ? t('cardAlsoInYourGlossary', other.glossaryName) : t('cardAlsoIn', other.glossaryName)}</span> <strong>{other.entry.term}</strong>: {other.entry.short}
            </p>
          ))}
        </section>
      )}
      <p class="tl-source">{t('cardSource', sourceLabel(entry.source))}</p>
      <p class="tl-advice">{t('cardAdvice')}</p>
      {(props.onMute || props.onUnmute) && (
        <div class={props.muted ? 'tl-mute' : 'tl-mute tl-mute-idle'}>
          {/* Present (empty) from the start: a live region must exist before its text arrives. */}
          <p class="tl-mute-status" role="status">
            {props.muted ? t('cardMutedStatus', entry.term) : ''}
          </p>
          {props.muted && props.onUnmute && (
            <button type="button" class="tl-action" data-action="unmute" onClick={unmute} aria-label={t('cardUndoLabel', entry.term)}>
              {t('cardUndo')}
            </button>
          )}
        </div>
      )}
      <CardActions
        actions={[
          { label: t('cardOpenInTermlight'), onClick: props.onOpenInTermlight },
          { label: t('cardMute'), name: 'mute', onClick: props.onMute && !props.muted ? mute : undefined },
        ]}
        onClose={props.onClose}
      />
    </article>
  );
}
