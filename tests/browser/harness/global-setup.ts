import { resolve } from 'node:path';
import { build } from 'vite';
import { assertBuilt, CHROME_BUILD, chromiumPath, FIREFOX_BUILD, FIXTURES, firefoxPath } from './paths';

/** Fails fast, with what to do, when the builds or the browsers are missing; builds fixtures. */
export default async function setup(): Promise<void> {
  assertBuilt(CHROME_BUILD);
  assertBuilt(FIREFOX_BUILD);
  chromiumPath();
  firefoxPath();
  await buildReactFixture();
}

/** The React fixture is built from the real react and react-dom packages with Vite. */
async function buildReactFixture(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(FIXTURES, 'react-app'),
    base: './',
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: { outDir: resolve(FIXTURES, 'pages/generated/react-app'), emptyOutDir: true, minify: false },
  } as never);
}
