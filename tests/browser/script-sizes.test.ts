import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_TABLES_SCRIPT, TABLES_GLOBAL } from '../../glossary/packs/tables-file';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness/paths';

/** Mozilla's add-on linter refuses to parse a script larger than this, and the store runs it. */
const LINTER_SCRIPT_BYTES = 5 * 1024 * 1024;

function scriptsIn(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.m?js$/.test(file))
    .map((file) => ({ file, bytes: statSync(join(dir, file)).size }));
}

// The bundled pack's compiled tables are the largest script data, and grow with the pack. Chrome's
// background script carries them (its store reads scripts of any size); Firefox's package holds
// them in scripts of their own, which its manifest lists before the background's
// (glossary/packs/tables-file.ts): this says when one nears the limit before the linter does.
describe('the firefox build', () => {
  it('has no script the add-on linter would refuse to read', () => {
    const scripts = scriptsIn(FIREFOX_BUILD);
    expect(scripts.map(({ file }) => file)).toContain('background.js');
    const tooLarge = scripts.filter(({ bytes }) => bytes > LINTER_SCRIPT_BYTES);
    expect(tooLarge).toEqual([]);
  });

  // The pack grows by about 150 entries a round. The tables split themselves by size; the popup's
  // search documents come in a fixed number of parts (modules/prebuilt-glossary.ts), so this
  // fails, a good many rounds before the linter would, when that number wants raising.
  it("keeps the popup's search documents in parts with room to grow", () => {
    const parts = scriptsIn(FIREFOX_BUILD).filter(({ file }) => /health-search-\d+-/.test(file));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const roomy = parts.filter(({ bytes }) => bytes <= 0.6 * LINTER_SCRIPT_BYTES);
    expect(roomy).toEqual(parts);
    expect(scriptsIn(FIREFOX_BUILD).filter(({ file }) => /search-data/.test(file)).every(({ bytes }) => bytes < 100_000)).toBe(true);
  });

  it("runs the tables' scripts first, and every one it lists is in the package", () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as { background: { scripts: string[] } };
    const scripts = manifest.background.scripts;
    expect(scripts[0]).toBe(BUNDLED_TABLES_SCRIPT);
    expect(scripts.at(-1)).toBe('background.js');
    for (const script of scripts) expect(existsSync(join(FIREFOX_BUILD, script))).toBe(true);
  });
});

describe('the chrome build', () => {
  it("carries the tables in the background's own script, which its service worker starts fastest with", () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as { background: { service_worker: string } };
    expect(manifest.background.service_worker).toBe('background.js');
    expect(existsSync(join(CHROME_BUILD, BUNDLED_TABLES_SCRIPT))).toBe(false);
    expect(readFileSync(join(CHROME_BUILD, 'background.js'), 'utf8')).toMatch(new RegExp(`${TABLES_GLOBAL}\\s*=\\s*Object\\.assign\\(`));
  });
});
