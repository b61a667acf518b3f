import { useState } from 'preact/hooks';
import type { GlossaryEntry } from '../glossary/schema';
import { CATEGORIES } from '../glossary/categories';

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
  onClose?: () => void;
  headingId?: string;
  startExpanded?: boolean;
}

/**
 * One glossary entry, as the tooltip and the popup show it. Everything is rendered as text
 * nodes by Preact: glossary strings can never become markup.
 */
export function TermCard(props: TermCardProps) {
  const { entry, related } = props;
  const [expanded, setExpanded] = useState(props.startExpanded ?? false);
  return (
    <article class="tl-card-body" aria-labelledby={props.headingId}>
      <header class="tl-card-header">
        <h2 class="tl-term" id={props.headingId}>
          {entry.term}
        </h2>
        <span class="tl-category">{CATEGORIES[entry.category]}</span>
      </header>
      <p class="tl-short">{entry.short}</p>
      {expanded ? (
        <p class="tl-explanation">{entry.explanation}</p>
      ) : (
        <button type="button" class="tl-link" onClick={() => setExpanded(true)} aria-label={`More about ${entry.term}`}>
          More
        </button>
      )}
      {related.length > 0 && (
        <nav class="tl-related" aria-label="Related terms">
          <span class="tl-label">Related:</span>
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
      <p class="tl-source">Source: {entry.source}</p>
      <p class="tl-advice">General information, not medical advice.</p>
      {(props.onOpenInTermlight || props.onMute || props.onClose) && (
        <footer class="tl-actions">
          {props.onOpenInTermlight && (
            <button type="button" class="tl-action" onClick={props.onOpenInTermlight}>
              Open in Termlight
            </button>
          )}
          {props.onMute && (
            <button type="button" class="tl-action" onClick={props.onMute}>
              Don't highlight this term
            </button>
          )}
          {props.onClose && (
            <button type="button" class="tl-action tl-close" onClick={props.onClose} aria-label="Close">
              Close
            </button>
          )}
        </footer>
      )}
    </article>
  );
}
