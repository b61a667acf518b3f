/**
 * Every keyboard command, once: the manifest's `commands` (wxt.config.ts builds them from this),
 * the background's dispatch and the message schema all read it. `key` is the suggested shortcut
 * (none for the site switch: readers choose one), `message` names the description in _locales.
 */
export const COMMANDS = {
  _execute_action: { key: 'Alt+Shift+L', message: 'commandOpenPopup' },
  'next-term': { key: 'Alt+Shift+J', message: 'commandNextTerm' },
  'previous-term': { key: 'Alt+Shift+K', message: 'commandPreviousTerm' },
  'explain-selection': { key: 'Alt+Shift+E', message: 'commandExplainSelection' },
  'toggle-site': { key: null, message: 'commandToggleSite' },
} as const;

/** The commands a page (or the PDF reader) carries out; the other one opens the popup. */
export const PAGE_COMMANDS = ['next-term', 'previous-term', 'explain-selection', 'toggle-site'] as const satisfies readonly (keyof typeof COMMANDS)[];
export type PageCommand = (typeof PAGE_COMMANDS)[number];

/** The manifest's `commands`, with each description from _locales. */
export function manifestCommands(): Record<string, { suggested_key?: { default: string }; description: string }> {
  return Object.fromEntries(
    Object.entries(COMMANDS).map(([name, { key, message }]) => [name, { ...(key ? { suggested_key: { default: key } } : {}), description: `__MSG_${message}__` }]),
  );
}

/** The context-menu item on selected text (its title is the menuExplainSelection message). */
export const EXPLAIN_MENU_ID = 'termlight-explain-selection';

export function isPageCommand(name: string): name is PageCommand {
  return (PAGE_COMMANDS as readonly string[]).includes(name);
}

/** What the toolbar badge says for a count of distinct terms ("" hides it). */
export function badgeText(count: number, enabled: boolean): string {
  if (!enabled || count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
