import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const VIRTUAL_ID = '\0termlight-chrome-namespace';

/**
 * In Chromium builds, `wxt/browser` is plainly `globalThis.chrome`. WXT's own choice,
 * `globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome`, reads `browser`
 * first, and Chromium (156 at least) has a `browser` namespace too, built lazily: the first read
 * makes the browser build a second set of API bindings beside `chrome`'s. In a content script,
 * which runs in every frame of every page, that read alone cost 1 to 5 ms of main-thread script
 * (measured on a page with no terms, against a script that reads only `chrome`). Firefox builds
 * keep WXT's choice: there `browser` is the native namespace.
 */
export default defineWxtModule({
  name: 'termlight:chrome-namespace',
  setup(wxt) {
    if (wxt.config.browser === 'firefox' || wxt.config.browser === 'safari') return;
    const plugin: Plugin = {
      name: 'termlight-chrome-namespace',
      enforce: 'pre',
      resolveId: (id) => (id === '@wxt-dev/browser' ? VIRTUAL_ID : null),
      load: (id) => (id === VIRTUAL_ID ? 'export const browser = globalThis.chrome;\n' : null),
    };
    addViteConfig(wxt, () => ({ plugins: [plugin] }));
  },
});
