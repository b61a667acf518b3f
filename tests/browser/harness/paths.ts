import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv3');
export const DEMO = resolve(ROOT, 'demo');
export const FIXTURES = resolve(ROOT, 'tests/fixtures');

/** Fixed by the public key in wxt.config.ts. */
export const CHROMIUM_EXTENSION_ID = 'dplenkjoihneebepdnpcjffnecllekee';
/** Pinned through the extensions.webextensions.uuids pref so popup URLs are predictable. */
export const FIREFOX_EXTENSION_ID = 'termlight@termlight.dev';
export const FIREFOX_EXTENSION_UUID = '5a1c7e0e-3f7b-4d0c-9a55-7e3b2f1d9c11';

export function chromiumPath(): string {
  return findBrowser('TERMLIGHT_CHROMIUM', ['chromium', 'chromium-browser', 'google-chrome-for-testing', 'google-chrome', 'google-chrome-stable']);
}

export function firefoxPath(): string {
  return findBrowser('TERMLIGHT_FIREFOX', ['firefox-esr', 'firefox']);
}

function findBrowser(envVar: string, candidates: string[]): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar}=${fromEnv} does not exist`);
    return fromEnv;
  }
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(delimiter)].filter(Boolean);
  for (const name of candidates) {
    const found = dirs.map((dir) => join(dir, name)).find((path) => existsSync(path));
    if (found) return found;
  }
  throw new Error(
    `No browser found (looked for ${candidates.join(', ')} on PATH). ` +
      `Install Debian's packages with \`sudo apt-get install chromium firefox-esr\`, or point ${envVar} at a browser binary.`,
  );
}

export function assertBuilt(dir: string): void {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}: run \`npm run build\` first.`);
  }
}
