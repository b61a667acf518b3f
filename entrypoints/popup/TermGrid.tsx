import { useRef, useState } from 'preact/hooks';
import type { PageTerm } from '../../utils/messages/messaging';
import { t, tPlural } from '../../utils/ui/i18n';

/** A row's actions, left to right: show the term on the page, its next occurrence, explain it. */
const COLUMNS = 3;

export interface TermGridProps {
  terms: PageTerm[];
  /** The id of the heading that names the list. */
  labelledBy: string;
  onReveal(term: PageTerm): void;
  onNext(term: PageTerm): void;
  onOpen(term: PageTerm): void;
}

/** The cell a key moves to from (row, column), or null for a key the grid leaves alone. */
function moveFrom(key: string, row: number, column: number, lastRow: number): [number, number] | null {
  switch (key) {
    case 'ArrowDown':
      return [Math.min(lastRow, row + 1), column];
    case 'ArrowUp':
      return [Math.max(0, row - 1), column];
    case 'Home':
      return [0, column];
    case 'End':
      return [lastRow, column];
    case 'ArrowRight':
      return [row, Math.min(COLUMNS - 1, column + 1)];
    case 'ArrowLeft':
      return [row, Math.max(0, column - 1)];
    default:
      return null;
  }
}

/**
 * The terms on the page as one Tab stop (the ARIA grid pattern with a roving tabindex): ↑ and ↓
 * move between terms, Home and End to the first and last, ← and → between a row's actions. Only
 * the cell last visited is in the Tab order, so Tab passes the whole list in one press and, coming
 * back, lands where the reader left off.
 */
export function TermGrid({ terms, labelledBy, onReveal, onNext, onOpen }: TermGridProps) {
  const [cursor, setCursor] = useState({ row: 0, column: 0 });
  const grid = useRef<HTMLDivElement>(null);
  // The list can shrink while the popup is open (the page changed): keep the stop on a real row.
  const row = Math.min(cursor.row, terms.length - 1);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const at = (event.target as HTMLElement).dataset.cell?.split(':').map(Number);
    if (!at) return;
    const next = moveFrom(event.key, at[0]!, at[1]!, terms.length - 1);
    if (!next) return;
    event.preventDefault();
    grid.current?.querySelector<HTMLElement>(`[data-cell="${next[0]}:${next[1]}"]`)?.focus();
  };

  const cell = (rowIndex: number, column: number) => ({
    'data-cell': `${rowIndex}:${column}`,
    tabIndex: rowIndex === row && column === cursor.column ? 0 : -1,
    onFocus: () => setCursor({ row: rowIndex, column }),
  });

  return (
    <div role="grid" class="page-terms" aria-labelledby={labelledBy} ref={grid} onKeyDown={onKeyDown}>
      {terms.map((term, index) => (
        <div role="row" key={`${term.packId}/${term.id}`} class="page-term" data-term-id={term.id}>
          <span role="gridcell" class="page-term-cell">
            <button type="button" class="page-term-name" {...cell(index, 0)} onClick={() => onReveal(term)} aria-label={t('pageTermShowLabel', term.term)}>
              {term.term}
            </button>
          </span>
          <span role="gridcell" class="count" aria-label={tPlural('termTimes', term.count)}>
            {term.count}
          </span>
          <span role="gridcell">
            <button type="button" class="small" {...cell(index, 1)} onClick={() => onNext(term)} aria-label={t('pageTermNextLabel', term.term)}>
              {t('termNext')}
            </button>
          </span>
          <span role="gridcell">
            <button type="button" class="small" {...cell(index, 2)} onClick={() => onOpen(term)} aria-label={t('pageTermExplainLabel', term.term)}>
              {t('pageTermExplain')}
            </button>
          </span>
        </div>
      ))}
    </div>
  );
}
