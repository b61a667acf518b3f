import type { PageCommand } from './messaging';

/** The context-menu item on selected text (its title is the menuExplainSelection message). */
export const EXPLAIN_MENU_ID = 'termlight-explain-selection';

const PAGE_COMMANDS: readonly PageCommand[] = ['next-term', 'previous-term', 'explain-selection', 'toggle-site'];

export function isPageCommand(name: string): name is PageCommand {
  return (PAGE_COMMANDS as readonly string[]).includes(name);
}

/** What the toolbar badge says for a count of distinct terms ("" hides it). */
export function badgeText(count: number, enabled: boolean): string {
  if (!enabled || count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
