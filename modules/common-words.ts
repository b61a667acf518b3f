import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { commonWordList } from '../scripts/lib/common-words';

const ID = 'virtual:termlight/common-words';

/**
 * `virtual:termlight/common-words`: the 20,000 most frequent SUBTLEX-US words as ONE newline-joined
 * string (about 150 kB, far smaller and faster to load than an array or object literal). The
 * content script's word-parts check makes a Set of it the first time a word needs it.
 */
export default defineWxtModule({
  name: 'termlight:common-words',
  setup(wxt) {
    const plugin: Plugin = {
      name: 'termlight-common-words',
      resolveId: (id) => (id === ID ? '\0' + ID : undefined),
      load(id) {
        if (id !== '\0' + ID) return undefined;
        return `export const commonWords = ${JSON.stringify(commonWordList())};`;
      },
    };
    addViteConfig(wxt, () => ({ plugins: [plugin] }));
  },
});
