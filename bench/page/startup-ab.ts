/**
 * Two or more extension builds side by side, for start-up work: which change moves the black-box
 * start-up figure, and by how much. `bench:page`'s start-up rows run each set-up in its own turn;
 * a difference of a millisecond between two builds drowns there in the machine's drift (the same
 * build read 5.6, 6.8 and 9.0 ms in three turns of 16 tabs within an hour). Here every build has a
 * browser open at once and the tabs alternate between them (A B, B A, …), so drift falls on all
 * alike, and each build's figure is also given as the median of its paired differences from the
 * first.
 *
 *   npm run bench:startup-ab -- [--page=no-terms|short-health] [--tabs=30] DIR_A DIR_B …
 *
 * A DIR is an unpacked Chromium build (`.output/chrome-mv3` copied aside, say); `none` is Chromium
 * without an extension, `trivial` and `trivial-runtime` the two trivial extensions of `bench:page`.
 * The pages are the ones `bench:page` generates (`bench/page/.generated`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '../../tests/browser/harness/fixture-server';
import { median } from './stats';
import { BACKGROUND_SETTLE_MS, launch, scriptMs, writeTrivialExtension } from './startup-blackbox';

const GENERATED = resolve(import.meta.dirname, '.generated');

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const page = `reader-${flag('page') ?? 'no-terms'}.html`;
const tabs = Number(flag('tabs') ?? 30);
const builds = process.argv.slice(2).filter((a) => !a.startsWith('--'));

function extensionDir(name: string): string | null {
  if (name === 'none') return null;
  if (name === 'trivial') return writeTrivialExtension(resolve(GENERATED, 'trivial-extension'));
  if (name === 'trivial-runtime') return writeTrivialExtension(resolve(GENERATED, 'trivial-extension-runtime'), true);
  const dir = resolve(name);
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${name}: no manifest.json there; give an unpacked extension build`);
  return dir;
}

async function main(): Promise<void> {
  if (builds.length < 2 || !Number.isInteger(tabs) || tabs < 1) throw new Error('usage: bench:startup-ab -- [--page=no-terms|short-health] [--tabs=N] DIR_A DIR_B …');
  if (!existsSync(resolve(GENERATED, page))) throw new Error(`${page} is missing from bench/page/.generated: run \`npm run bench:page -- --only=startup\` once to generate the pages`);
  const server = await serveStatic({ '/': GENERATED });
  const url = server.url(`/${page}`);
  const browsers = [];
  try {
    for (const build of builds) {
      const dir = extensionDir(build);
      const browser = await launch(dir);
      browsers.push(browser);
      if (dir) await browser.context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {});
    }
    // The browsers were launched one after another; one settling time covers all of them.
    await new Promise((done) => setTimeout(done, BACKGROUND_SETTLE_MS));
    // One tab each first, not counted: caches warm, the glossary published.
    for (const browser of browsers) await scriptMs(browser.context, url);
    const samples: number[][] = builds.map(() => []);
    for (let tab = 0; tab < tabs; tab++) {
      const order = builds.map((_, i) => (tab % 2 === 0 ? i : builds.length - 1 - i));
      for (const i of order) samples[i]!.push(await scriptMs(browsers[i]!.context, url));
      process.stderr.write(`\rtab ${tab + 1}/${tabs}`);
    }
    process.stderr.write('\n');
    console.log(`ScriptDuration of ${page} per build, ${tabs} tabs each, taking turns (ms):`);
    builds.forEach((build, i) => {
      const paired = i === 0 ? '' : `; paired difference from ${builds[0]}: median ${median(samples[i]!.map((v, k) => v - samples[0]![k]!)).toFixed(2)}`;
      console.log(`  ${build}: median ${median(samples[i]!).toFixed(2)}${paired}`);
    });
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
}

await main();
