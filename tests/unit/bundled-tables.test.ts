import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withEntries } from '../../glossary/packs/bundled';
import { BUNDLED_PACK_FILE, parseBundledPack } from '../../glossary/packs/pack-file';
import { prebuildHealthPack } from '../../glossary/packs/prebuild';
import { readBundledPack } from '../../utils/background/bundled-pack';
import { bundledFormFilter } from '../../scripts/lib/form-filter';

const prebuilt = prebuildHealthPack(resolve(import.meta.dirname, '../../glossary/packs/health'), { dropDerivedForm: bundledFormFilter() });
/** The pack file as the build writes it into the package. */
const packFile = JSON.stringify(prebuilt.pack);

/**
 * The build leaves the entry list out of the background's tables (Mozilla's linter refuses to read
 * a script over 5 MiB), and the background rebuilds it from the pack file in the package. The
 * rebuilt list must be the build's own, entry for entry: the tables point into it by position.
 */
describe('the bundled tables in the background', () => {
  it('rebuild exactly the entry list the build compiled, from the pack file', () => {
    const built = prebuilt.compiled;
    const rebuilt = withEntries({ ...built, entries: [] }, parseBundledPack(JSON.parse(packFile)));
    expect(rebuilt.entries).toHaveLength(built.entries.length);
    expect(rebuilt.entries).toEqual(built.entries);
    expect(rebuilt).toEqual(built);
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

  it('names the file when it is missing or damaged', async () => {
    await expect(readBundledPack(reply('', 404))).rejects.toThrow(`${BUNDLED_PACK_FILE} could not be read (status 404)`);
    await expect(readBundledPack(reply('{"manifest":{"id":"x"},"entries":[]}'))).rejects.toThrow(`${BUNDLED_PACK_FILE}: the pack's manifest`);
    const noEntries = JSON.stringify({ manifest: prebuilt.pack.manifest, entries: [{ term: 'no id' }] });
    await expect(readBundledPack(reply(noEntries))).rejects.toThrow(`${BUNDLED_PACK_FILE}: the pack's entry list`);
  });
});
