import type { PageCommand } from './messaging';

/** The context-menu item on selected text. `%s` is the selection, filled in by the browser. */
export const EXPLAIN_MENU_ID = 'termlight-explain-selection';
export const EXPLAIN_MENU_TITLE = 'Explain “%s” with Termlight';

const PAGE_COMMANDS: readonly PageCommand[] = ['next-term', 'previous-term', 'explain-selection', 'toggle-site'];

export function isPageCommand(name: string): name is PageCommand {
  return (PAGE_COMMANDS as readonly string[]).includes(name);
}

/** What the toolbar badge says for a count of distinct terms ("" hides it). */
export function badgeText(count: number, enabled: boolean): string {
  if (!enabled || count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
