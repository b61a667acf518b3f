import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { prebuildHealthPack } from '../glossary/packs/prebuild';

const ID = 'virtual:termlight/health-prebuilt';
const RESOLVED = '\0' + ID;

/**
 * Compiles the bundled pack and its fuse.js index at build time, so neither the background nor
 * the popup spends start-up time on it. A pack with problems fails the build with their list.
 */
export default defineWxtModule({
  name: 'termlight:prebuilt-glossary',
  setup(wxt) {
    const dir = resolve(wxt.config.root, 'glossary/packs/health');
    const plugin: Plugin = {
      name: 'termlight-prebuilt-glossary',
      resolveId: (id) => (id === ID ? RESOLVED : undefined),
      load(id) {
        if (id !== RESOLVED) return undefined;
        this.addWatchFile(dir);
        const { compiled, searchIndex } = prebuildHealthPack(dir);
        return `export const compiled = JSON.parse(${JSON.stringify(JSON.stringify(compiled))});\n` +
          `export const searchIndex = JSON.parse(${JSON.stringify(JSON.stringify(searchIndex))});\n`;
      },
    };
    addViteConfig(wxt, () => ({ plugins: [plugin] }));
  },
});
