import { useEffect } from 'preact/hooks';
import type { SearchResult } from '../../glossary/search';
import { Marked } from './Marked';

export interface SearchResultsProps {
  results: SearchResult[];
  active: number;
  onOpen(result: SearchResult): void;
  onPage: ReadonlySet<string>;
}

export function SearchResults({ results, active, onOpen, onPage }: SearchResultsProps) {
  // ↑/↓ move a highlight, not focus: keep the active result in view ourselves.
  useEffect(() => {
    document.getElementById(`result-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, results]);
  if (results.length === 0) {
    return <p class="empty" role="status">No term matches that. Try fewer letters, or another name for it.</p>;
  }
  return (
    <ul class="results" role="listbox" id="results" aria-label="Search results">
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
            {onPage.has(result.doc.id) && <span class="badge">on this page</span>}
          </span>
          {result.doc.pronunciation && (
            <span class="result-say">
              <span class="visually-hidden">Say it: </span>
              {result.doc.pronunciation}
            </span>
          )}
          {result.doc.expansion && (
            <span class="result-alias">
              stands for {result.field === 'expansion' ? <Marked text={result.value} ranges={result.ranges} /> : result.doc.expansion}
            </span>
          )}
          {result.field === 'aliases' && (
            <span class="result-alias">
              also called <Marked text={result.value} ranges={result.ranges} />
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
