/**
 * The `chrome` namespace as seen inside functions the harness evaluates in Chromium's extension
 * service worker. Only what the harness calls is typed.
 */
declare const chrome: {
  tabs: {
    query(query: { active?: boolean; lastFocusedWindow?: boolean; currentWindow?: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
    setZoom(tabId: number, zoom: number): Promise<void>;
  };
  contextMenus: { update(id: string, properties: object): Promise<void> };
  runtime: { getContexts(filter: object): Promise<{ contextType: string; documentUrl?: string }[]>; sendMessage(message: unknown): Promise<unknown> };
  storage: {
    onChanged: { addListener(listener: (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void): void };
    session: { get(key: string): Promise<Record<string, unknown>> }; sync: { set(items: Record<string, unknown>): Promise<void> }; local: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, unknown>> };
  };
};
