import type { FoundPart } from '../glossary/word-parts/decompose';
import { t } from '../utils/ui/i18n';
import { CardActions } from './CardActions';
import { partsLine } from './parts-line';

export interface WordPartsCardProps {
  word: string;
  parts: readonly FoundPart[];
  sentence?: string;
  /** Opens the popup's search on the word (as "Open in Termlight" does for a term). */
  onSearch?: () => void;
  /** Opens Options › My terms with the word filled in. */
  onAddToMyTerms?: () => void;
  onClose?: () => void;
  headingId?: string;
}

/**
 * A rare word's labelled best guess from its Greek and Latin parts: what each part means, and a
 * plain sentence only where the decomposer found one that fits. Rendered as text by Preact only.
 */
export function WordPartsCard(props: WordPartsCardProps) {
  return (
    <article class="tl-card-body tl-guess" aria-labelledby={props.headingId}>
      <header class="tl-card-header">
        <h2 class="tl-term" id={props.headingId}>
          {props.word}
        </h2>
        <span class="tl-category">{t('wordPartsCategory')}</span>
      </header>
      {/* Every guess carries this label, so it is never mistaken for a reviewed glossary entry. */}
      <p class="tl-guess-label">{t('wordPartsGuessLabel')}</p>
      <p class="tl-short tl-parts">{partsLine(props.parts)}</p>
      {props.sentence && <p class="tl-explanation">{props.sentence}</p>}
      <p class="tl-advice">{t('cardAdvice')}</p>
      <CardActions
        actions={[
          { label: t('wordPartsSearch'), onClick: props.onSearch },
          { label: t('wordPartsAddToMyTerms'), onClick: props.onAddToMyTerms },
        ]}
        onClose={props.onClose}
      />
    </article>
  );
}
