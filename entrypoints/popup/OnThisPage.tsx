import type { PageTerm } from '../../utils/messages/messaging';
import { TermGrid } from './TermGrid';
import { t } from '../../utils/ui/i18n';

export interface OnThisPageProps {
  terms: PageTerm[];
  onReveal(term: PageTerm): void;
  onNext(term: PageTerm): void;
  onOpen(term: PageTerm): void;
}

export function OnThisPage({ terms, onReveal, onNext, onOpen }: OnThisPageProps) {
  return (
    <section aria-labelledby="on-this-page">
      <h2 id="on-this-page" class="section-title">{t('onThisPageHeading', terms.length)}</h2>
      {terms.length === 0 ? (
        <p class="empty">{t('onThisPageNone')}</p>
      ) : (
        <TermGrid terms={terms} labelledBy="on-this-page" onReveal={onReveal} onNext={onNext} onOpen={onOpen} />
      )}
    </section>
  );
}
