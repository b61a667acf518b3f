import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledEntry } from '../../glossary/compile';
import { emphasisWordCheck } from '../../glossary/frequency';
import { commonWordList } from '../../scripts/lib/common-words';
import { BUNDLED_PACK_FILE, PACK_PART_BYTES, packFiles, parseBundledPack } from '../../glossary/packs/pack-file';
import { prebuildHealthPack } from '../../glossary/packs/prebuild';
import { readBundledPack } from '../../utils/background/bundled-pack';
import { bundledCompileOptions } from '../../scripts/lib/compile-options';

const prebuilt = prebuildHealthPack(resolve(import.meta.dirname, '../../glossary/packs/health'), bundledCompileOptions());
/** The pack as one file, as the build wrote it before packs outgrew one. */
const packFile = JSON.stringify(prebuilt.pack);
/** The pack files as the build writes them into the package. */
const parts = packFiles(prebuilt.pack);

/**
 * The background matches with the build's tables (their entry list included) and answers cards
 * from the pack file in the package, found by pack and id. Both come from one build, and the
 * tables' entry list must be what the pack file's entries compile to, entry for entry: the tables
 * point into it by position.
 */
describe('the bundled tables in the background', () => {
  it("hold the entry list the pack file's entries compile to, in the same order", () => {
    const built = prebuilt.compiled;
    const { parts: _parts, ...pack } = parseBundledPack(JSON.parse(packFile));
    expect(built.entries).toHaveLength(pack.entries.length);
    // The words of emphasis as the background reads them, from the word list the build ships.
    const isEmphasisWord = emphasisWordCheck(commonWordList());
    expect(built.entries).toEqual(pack.entries.map((entry) => compiledEntry(entry, pack.manifest.id, isEmphasisWord)));
  });

  it('the pack file holds every entry of the pack, in the order the tables were compiled from', () => {
    expect(prebuilt.pack.entries.map((entry) => entry.id)).toEqual(prebuilt.compiled.entries.map((entry) => entry.id));
    expect(prebuilt.pack.manifest).toMatchObject({ id: 'health-basics', name: 'Health basics' });
  });
});

describe('reading the pack file', () => {
  const asked: string[] = [];
  const reply = (body: string, status = 200) => (path: string) => {
    asked.push(path);
    return Promise.resolve(new Response(body, { status }));
  };

  it('reads the file the build wrote, from the package', async () => {
    const pack = await readBundledPack(reply(packFile));
    expect(asked.at(-1)).toBe(`/${BUNDLED_PACK_FILE}`);
    expect(pack.manifest.id).toBe(prebuilt.pack.manifest.id);
    expect(pack.entries).toHaveLength(prebuilt.pack.entries.length);
  });

  it('reads every part the build wrote, in order, each under the 5 MiB the add-on linter parses', async () => {
    for (const part of parts) expect(Buffer.byteLength(part.contents)).toBeLessThanOrEqual(PACK_PART_BYTES);
    const files = new Map(parts.map((part) => [`/${part.name}`, part.contents]));
    const pack = await readBundledPack((path) => Promise.resolve(new Response(files.get(path) ?? '', { status: files.has(path) ? 200 : 404 })));
    expect(pack).toEqual(prebuilt.pack);
  });

  it('splits a pack into as many parts as it needs and joins them back exactly', async () => {
    const small = packFiles(prebuilt.pack, 300_000);
    expect(small.length).toBeGreaterThan(10);
    expect(small.map((part) => part.name).slice(0, 3)).toEqual(['health-pack.json', 'health-pack-2.json', 'health-pack-3.json']);
    for (const part of small) expect(Buffer.byteLength(part.contents)).toBeLessThanOrEqual(300_000);
    const files = new Map(small.map((part) => [`/${part.name}`, part.contents]));
    const read: string[] = [];
    const pack = await readBundledPack((path) => {
      read.push(path);
      return Promise.resolve(new Response(files.get(path) ?? '', { status: files.has(path) ? 200 : 404 }));
    });
    expect(read).toEqual(small.map((part) => `/${part.name}`));
    expect(pack.entries.map((entry) => entry.id)).toEqual(prebuilt.pack.entries.map((entry) => entry.id));
    expect(pack).toEqual(prebuilt.pack);
  });

  it('names the part that is missing or damaged', async () => {
    const small = packFiles(prebuilt.pack, 300_000);
    const serve = (second: string | null) => (path: string) => {
      const body = path === '/health-pack-2.json' ? second : (small.find((part) => `/${part.name}` === path)?.contents ?? null);
      return Promise.resolve(new Response(body ?? '', { status: body === null ? 404 : 200 }));
    };
    await expect(readBundledPack(serve(null))).rejects.toThrow('health-pack-2.json could not be read (status 404)');
    await expect(readBundledPack(serve('{"entries":[{"term":"no id"}]}'))).rejects.toThrow("health-pack-2.json: the pack's entry list is missing or damaged");
    const badCount = JSON.stringify({ manifest: prebuilt.pack.manifest, parts: 0, entries: [] });
    await expect(readBundledPack(reply(badCount))).rejects.toThrow(`${BUNDLED_PACK_FILE}: the pack's number of parts is damaged`);
  });

  it('names the file when it is missing or damaged', async () => {
    await expect(readBundledPack(reply('', 404))).rejects.toThrow(`${BUNDLED_PACK_FILE} could not be read (status 404)`);
    await expect(readBundledPack(reply('{"manifest":{"id":"x"},"entries":[]}'))).rejects.toThrow(`${BUNDLED_PACK_FILE}: the pack's manifest`);
    const noEntries = JSON.stringify({ manifest: prebuilt.pack.manifest, entries: [{ term: 'no id' }] });
    await expect(readBundledPack(reply(noEntries))).rejects.toThrow(`${BUNDLED_PACK_FILE}: the pack's entry list`);
  });
});
