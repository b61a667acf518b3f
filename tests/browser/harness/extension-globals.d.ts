/**
 * The `chrome` namespace as seen inside functions the harness evaluates in Chromium's extension
 * service worker. Only what the harness calls is typed.
 */
declare const chrome: {
  tabs: { query(query: { active?: boolean; lastFocusedWindow?: boolean; currentWindow?: boolean }): Promise<{ id?: number }[]> };
  storage: { sync: { set(items: Record<string, unknown>): Promise<void> }; local: { set(items: Record<string, unknown>): Promise<void> } };
};
