import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The content-script context the shared engine pieces expect (the tooltip's lazyTooltip, the
 * hover tracker's signal), made for one of Termlight's own extension pages: WXT's class works
 * outside content scripts too. It lives as long as the page; `invalidate` tears everything down.
 */
export interface ExtensionPageContext extends ContentScriptContext {
  invalidate(): void;
}

export function extensionPageContext(name: string): ExtensionPageContext {
  const ctx = new ContentScriptContext(name, { noScriptStartedPostMessage: true }) as ExtensionPageContext;
  ctx.invalidate = () => ctx.notifyInvalidated();
  return ctx;
}
