import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHealthPack, withEntries } from '../../glossary/packs/bundled';
import { prebuildHealthPack } from '../../glossary/packs/prebuild';
import { bundledFormFilter } from '../../scripts/lib/form-filter';

/**
 * The build leaves the entry list out of the background's tables (Mozilla's linter refuses to read
 * a script over 5 MB), and the background rebuilds it from the pack it bundles. The rebuilt list
 * must be the build's own, entry for entry: the tables point into it by position.
 */
describe('the bundled tables in the background', () => {
  it('rebuild exactly the entry list the build compiled', () => {
    const built = prebuildHealthPack(resolve(import.meta.dirname, '../../glossary/packs/health'), { dropDerivedForm: bundledFormFilter() }).compiled;
    const rebuilt = withEntries({ ...built, entries: [] }, loadHealthPack());
    expect(rebuilt.entries).toHaveLength(built.entries.length);
    expect(rebuilt.entries).toEqual(built.entries);
    expect(rebuilt).toEqual(built);
  });
});
