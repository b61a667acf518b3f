import { useState } from 'preact/hooks';
import type { GlossaryEntry } from '../glossary/schema';
import { CATEGORIES } from '../glossary/categories';
import type { EntryOrigin } from '../utils/entry-origin';
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
}

/** The short text, or the sense that fits, or (when nothing decides) every likely sense. */
function Meaning({ entry, sense }: { entry: GlossaryEntry; sense: number | null | undefined }) {
  const senses = entry.senses ?? [];
  const chosen = sense === null || sense === undefined ? undefined : senses[sense];
  if (chosen) {
    return (
      <p class="tl-short">
        <span class="tl-sense-label">{chosen.label}:</span> {chosen.short}
      </p>
    );
  }
  if (senses.length === 0) return <p class="tl-short">{entry.short}</p>;
  return (
    <div class="tl-senses">
      <p class="tl-short">{entry.short}</p>
      <p class="tl-label">It can mean:</p>
      <ul>
        {senses.map((item) => (
          <li key={item.label}>
            <span class="tl-sense-label">{item.label}:</span> {item.short}
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
  return (
    <article class="tl-card-body" aria-labelledby={props.headingId}>
      <header class="tl-card-header">
        <h2 class="tl-term" id={props.headingId}>
          {entry.term}
        </h2>
        <span class="tl-category">{CATEGORIES[entry.category]}</span>
      </header>
      {entry.pronunciation && (
        <p class="tl-pronunciation">
          <span class="tl-visually-hidden">Say it: </span>
          {entry.pronunciation}
        </p>
      )}
      {entry.expansion && (
        <p class="tl-expansion">
          <span class="tl-label">Stands for:</span> {entry.expansion}
        </p>
      )}
      {props.origin?.mine && <p class="tl-origin">From your glossary “{props.origin.glossaryName}”</p>}
      <Meaning entry={entry} sense={props.sense} />
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
      {props.origin && props.origin.alsoMeans.length > 0 && (
        <section class="tl-also" aria-label={`Other meanings of ${entry.term}`}>
          {props.origin.alsoMeans.map((other) => (
            <p key={`${other.packId}:${other.entry.id}`} class="tl-also-item">
              <span class="tl-label">{other.mine ? `Your glossary “${other.glossaryName}”` : `Also in ${other.glossaryName}`}:</span> <strong>{other.entry.term}</strong>: {other.entry.short}
            </p>
          ))}
        </section>
      )}
      <p class="tl-source">Source: {entry.source}</p>
      <p class="tl-advice">General information, not medical advice.</p>
      <CardActions
        actions={[
          { label: 'Open in Termlight', onClick: props.onOpenInTermlight },
          { label: "Don't highlight this term", onClick: props.onMute },
        ]}
        onClose={props.onClose}
      />
    </article>
  );
}
