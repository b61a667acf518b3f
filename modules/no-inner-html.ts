import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/** Preact's one assignment to innerHTML, which serves only `dangerouslySetInnerHTML`. */
const PREACT_INNER_HTML = /(\w+)\.innerHTML=(\w+)\.__html/g;

/**
 * Termlight never renders markup from strings (ESLint bans `dangerouslySetInnerHTML`), so the
 * only `innerHTML` assignment in the bundle is Preact's unused support for it. This takes it out
 * (it sets text instead), so the shipped code holds no innerHTML assignment at all, which is what
 * Mozilla's add-on linter checks. The build fails if Preact's code no longer has that shape,
 * rather than silently shipping it.
 */
export default defineWxtModule({
  name: 'termlight:no-inner-html',
  setup(wxt) {
    const plugin: Plugin = {
      name: 'termlight-no-inner-html',
      enforce: 'pre',
      transform(code, id) {
        if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return undefined;
        const replaced = code.replace(PREACT_INNER_HTML, '$1.textContent=$2.__html');
        if (replaced === code) this.error('Preact no longer assigns innerHTML in the expected place; update modules/no-inner-html.ts');
        return { code: replaced, map: null };
      },
    };
    addViteConfig(wxt, () => ({ plugins: [plugin] }));
  },
});
