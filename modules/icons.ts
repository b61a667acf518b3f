import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { defineWxtModule } from 'wxt/modules';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** Renders assets/icon.svg to every PNG size the stores and toolbars ask for, at build time. */
export default defineWxtModule({
  name: 'termlight:icons',
  setup(wxt) {
    const outDir = resolve(wxt.config.wxtDir, 'icons');
    wxt.hook('build:publicAssets', async (_, files) => {
      const svg = await readFile(resolve(wxt.config.root, 'assets/icon.svg'));
      await mkdir(outDir, { recursive: true });
      for (const size of ICON_SIZES) {
        const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
        const absoluteSrc = resolve(outDir, `icon-${size}.png`);
        await writeFile(absoluteSrc, png);
        files.push({ absoluteSrc, relativeDest: `icons/icon-${size}.png` });
      }
    });
    wxt.hook('build:manifestGenerated', (_, manifest) => {
      const icons = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/icon-${size}.png`]));
      manifest.icons = icons;
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_icon = icons;
    });
  },
});
