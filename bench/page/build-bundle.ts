/**
 * Bundles in-page.ts (Termlight's PageScanner + matcher, and the timing code) into one IIFE with
 * Vite's build API, so the benchmark runs the project's real content-script code in the page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

export async function buildInPageBundle(outDir: string, minify = true): Promise<string> {
  const fileName = minify ? 'in-page.js' : 'in-page.debug.js';
  await build({
    configFile: false,
    root: import.meta.dirname,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: false,
      minify,
      target: 'es2022',
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: {
        entry: resolve(import.meta.dirname, 'in-page.ts'),
        name: 'TermlightPageBench',
        formats: ['iife'],
        fileName: () => fileName,
      },
    },
  });
  // The bundle sits in the repo (gitignored) where `eslint .` would find it; the minifier drops
  // banners, so the directive goes in afterwards.
  const file = resolve(outDir, fileName);
  writeFileSync(file, `/* eslint-disable */\n${readFileSync(file, 'utf8')}`);
  return file;
}
