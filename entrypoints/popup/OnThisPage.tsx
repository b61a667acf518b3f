import type { PageTerm } from '../../utils/messaging';

export interface OnThisPageProps {
  terms: PageTerm[];
  onReveal(term: PageTerm): void;
  onNext(term: PageTerm): void;
  onOpen(term: PageTerm): void;
}

export function OnThisPage({ terms, onReveal, onNext, onOpen }: OnThisPageProps) {
  return (
    <section aria-labelledby="on-this-page">
      <h2 id="on-this-page" class="section-title">On this page ({terms.length})</h2>
      {terms.length === 0 ? (
        <p class="empty">No glossary terms found on this page.</p>
      ) : (
        <ul class="page-terms">
          {terms.map((term) => (
            <li key={`${term.packId}/${term.id}`} class="page-term" data-term-id={term.id}>
              <button type="button" class="page-term-name" onClick={() => onReveal(term)} aria-label={`Show ${term.term} on the page`}>
                {term.term}
              </button>
              <span class="count" aria-label={`${term.count} times`}>{term.count}</span>
              <button type="button" class="small" onClick={() => onNext(term)} aria-label={`Next ${term.term} on the page`}>
                Next
              </button>
              <button type="button" class="small" onClick={() => onOpen(term)} aria-label={`Explain ${term.term}`}>
                Explain
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
