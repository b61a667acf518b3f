import { useEffect } from 'preact/hooks';
import type { SearchResult } from '../../glossary/search';
import { Marked } from './Marked';
import { t } from '../../utils/ui/i18n';

export interface SearchResultsProps {
  results: SearchResult[];
  active: number;
  onOpen(result: SearchResult): void;
  /** The entries the page shows, as "packId/id": ids alone repeat across glossaries. */
  onPage: ReadonlySet<string>;
  /** The user's glossaries by id: a result from one of them says which, so look-alikes can be told apart. */
  glossaryNames: ReadonlyMap<string, string>;
}

export function SearchResults({ results, active, onOpen, onPage, glossaryNames }: SearchResultsProps) {
  // ↑/↓ move a highlight, not focus: keep the active result in view ourselves.
  useEffect(() => {
    document.getElementById(`result-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, results]);
  if (results.length === 0) {
    return <p class="empty" role="status">{t('searchNoMatch')}</p>;
  }
  return (
    <ul class="results" role="listbox" id="results" aria-label={t('popupRegionResults')}>
      {results.map((result, index) => (
        <li
          key={`${result.doc.packId}/${result.doc.id}`}
          id={`result-${index}`}
          role="option"
          aria-selected={index === active}
          class={index === active ? 'result active' : 'result'}
          onClick={() => onOpen(result)}
        >
          <span class="result-term">
            {result.field === 'term' ? <Marked text={result.doc.term} ranges={result.ranges} /> : result.doc.term}
            {glossaryNames.has(result.doc.packId) && (
              <span class="badge result-glossary">
                <span class="visually-hidden">{t('searchResultFrom')} </span>
                {glossaryNames.get(result.doc.packId)}
              </span>
            )}
            {onPage.has(`${result.doc.packId}/${result.doc.id}`) && <span class="badge">{t('searchResultOnPage')}</span>}
          </span>
          {result.doc.pronunciation && (
            <span class="result-say">
              <span class="visually-hidden">{t('searchResultSayIt')} </span>
              {result.doc.pronunciation}
            </span>
          )}
          {result.doc.expansion && (
            <span class="result-alias">
              {t('searchResultStandsFor')} {result.field === 'expansion' ? <Marked text={result.value} ranges={result.ranges} /> : result.doc.expansion}
            </span>
          )}
          {result.field === 'aliases' && (
            <span class="result-alias">
              {t('searchResultAlsoCalled')} <Marked text={result.value} ranges={result.ranges} />
            </span>
          )}
          <span class="result-short">
            {result.field === 'short' ? <Marked text={result.doc.short} ranges={result.ranges} /> : result.doc.short}
          </span>
        </li>
      ))}
    </ul>
  );
}
