import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHealthPack, withEntries } from '../../glossary/packs/bundled';
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

  it('the pack file holds the same pack the options page bundles', () => {
    const bundled = loadHealthPack();
    expect(prebuilt.pack.manifest).toEqual(bundled.manifest);
    expect(prebuilt.pack.entries.map((entry) => entry.id)).toEqual(bundled.entries.map((entry) => entry.id));
  });
});

describe('reading the pack file', () => {
  const reply = (body: string, status = 200) => () => Promise.resolve(new Response(body, { status }));

  it('reads the file the build wrote', async () => {
    const pack = await readBundledPack(reply(packFile), 'ext://x/health-pack.json');
    expect(pack.manifest.id).toBe(prebuilt.pack.manifest.id);
    expect(pack.entries).toHaveLength(prebuilt.pack.entries.length);
  });

  it('names the file when it is missing or damaged', async () => {
    await expect(readBundledPack(reply('', 404), 'ext://x/health-pack.json')).rejects.toThrow(`${BUNDLED_PACK_FILE} could not be read (status 404)`);
    await expect(readBundledPack(reply('{"manifest":{"id":"x"},"entries":[]}'), 'ext://x')).rejects.toThrow(`${BUNDLED_PACK_FILE}: the pack's manifest`);
    const noEntries = JSON.stringify({ manifest: prebuilt.pack.manifest, entries: [{ term: 'no id' }] });
    await expect(readBundledPack(reply(noEntries), 'ext://x')).rejects.toThrow(`${BUNDLED_PACK_FILE}: the pack's entry list`);
  });
});
