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
        const prebuilt = prebuildHealthPack(dir);
        // JSON.parse of a string literal is faster to start than the same data as an object literal.
        return Object.entries(prebuilt)
          .map(([name, value]) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`)
          .join('\n');
      },
    };
    addViteConfig(wxt, () => ({ plugins: [plugin] }));
  },
});
