import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { packFiles } from '../glossary/packs/pack-file';
import { prebuildHealthPack, type PrebuiltPack } from '../glossary/packs/prebuild';
import { bundledFormFilter } from '../scripts/lib/form-filter';

/** One virtual module per consumer, so the popup never carries the matcher tables and vice versa. */
const MODULES: Record<string, (keyof PrebuiltPack)[]> = {
  'virtual:termlight/health-compiled': ['compiled', 'droppedForms'],
  'virtual:termlight/health-search': ['searchDocs'],
};

/**
 * Compiles the bundled pack and its fuse.js index at build time, so neither the background nor
 * the popup spends start-up time on it, and writes the checked pack into the package for the
 * background. A pack with problems fails the build with their list.
 */
export default defineWxtModule({
  name: 'termlight:prebuilt-glossary',
  setup(wxt) {
    const dir = resolve(wxt.config.root, 'glossary/packs/health');
    let prebuilt: PrebuiltPack | null = null;
    // Both hooks below need the parts; splitting stringifies every entry twice, so once per build.
    let parts: ReturnType<typeof packFiles> | null = null;
    const prebuild = () => (prebuilt ??= prebuildHealthPack(dir, { dropDerivedForm: bundledFormFilter() }));
    const packParts = () => (parts ??= packFiles(prebuild().pack));
    const buildId = `${Date.now().toString(36)}`;
    const plugin: Plugin = {
      name: 'termlight-prebuilt-glossary',
      buildStart() {
        prebuilt = null;
        parts = null;
      },
      resolveId: (id) => (id in MODULES ? '\0' + id : undefined),
      load(id) {
        const names = MODULES[id.slice(1)];
        if (!id.startsWith('\0') || !names) return undefined;
        this.addWatchFile(dir);
        const pack = prebuild();
        // JSON.parse of a string literal starts faster than the same data as an object literal.
        const exports = names.map((name) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(pack[name]))});`);
        // Each build gets its own id, so an updated extension never reuses tables an older
        // build stored (their layout may differ).
        if (names.includes('compiled')) {
          exports.push(`export const buildId = ${JSON.stringify(buildId)};`);
          exports.push(`export const packManifest = ${JSON.stringify(pack.pack.manifest)};`);
        }
        return exports.join('\n');
      },
    };
    addViteConfig(wxt, () => ({ plugins: [plugin] }));
    wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
      paths.push(...packParts().map((file) => file.name));
    });
    wxt.hooks.hook('build:publicAssets', (_, files) => {
      for (const file of packParts()) files.push({ relativeDest: file.name, contents: file.contents });
    });
  },
});
