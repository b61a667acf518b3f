import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { prebuildHealthPack } from '../../glossary/packs/prebuild';
import { PACK_PART_BYTES } from '../../glossary/packs/pack-file';
import { BUNDLED_TABLES_SCRIPT, TABLES_GLOBAL, tablesScripts } from '../../glossary/packs/tables-file';
import { takeBundledTables } from '../../utils/background/bundled-tables';
import { bundledCompileOptions } from '../../scripts/lib/compile-options';

const prebuilt = prebuildHealthPack(resolve(import.meta.dirname, '../../glossary/packs/health'), bundledCompileOptions());

/** Runs the scripts in order in a fresh global scope, as a background page or script runs them. */
function run(scripts: { contents: string }[]): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const script of scripts) runInNewContext(script.contents, scope);
  return scope;
}

describe("the bundled tables' scripts", () => {
  it('set out the build’s tables, which the background takes whole and then clears', () => {
    const scripts = tablesScripts(prebuilt.compiled);
    expect(scripts[0]!.name).toBe(BUNDLED_TABLES_SCRIPT);
    for (const script of scripts) expect(Buffer.byteLength(script.contents)).toBeLessThanOrEqual(PACK_PART_BYTES);
    const scope = run(scripts);
    const names = scripts.map((script) => script.name);
    expect(takeBundledTables(names, scope)).toEqual(prebuilt.compiled);
    expect(scope).not.toHaveProperty(TABLES_GLOBAL);
  });

  it('split into as many scripts as they need, whole tables each, and join back exactly in order', () => {
    const scripts = tablesScripts(prebuilt.compiled, 1_000_000);
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.map((script) => script.name).slice(0, 3)).toEqual(['health-tables.js', 'health-tables-2.js', 'health-tables-3.js']);
    // A script over the limit holds one table alone: a table that with its script's few words
    // around it comes to more than the limit. (Counting tables whose JSON alone is over the limit
    // failed whenever a table came within those few words of it.)
    for (const script of scripts.filter((each) => Buffer.byteLength(each.contents) > 1_000_000)) {
      expect(Object.keys(run([script])[TABLES_GLOBAL] as object)).toHaveLength(1);
    }
    expect(takeBundledTables([], run(scripts))).toEqual(prebuilt.compiled);
  });

  it('keep text that a template literal would otherwise read as code', () => {
    const tricky = { ...prebuilt.compiled, aliasLevels: { '0\u0000back`tick ${not code} back\\slash': 'technical' as const } };
    expect(takeBundledTables([], run(tablesScripts(tricky)))).toEqual(tricky);
  });

  it('name the scripts when a part is missing or the tables are of another format', () => {
    const scripts = tablesScripts(prebuilt.compiled, 1_000_000);
    const names = scripts.map((script) => script.name);
    const withoutLast = run(scripts.slice(0, -1));
    expect(() => takeBundledTables(names, withoutLast)).toThrow(`${names.join(', ')}: the compiled tables are missing, incomplete or of another format`);
    expect(() => takeBundledTables(names, {})).toThrow('health-tables.js');
    expect(() => takeBundledTables(names, { [TABLES_GLOBAL]: { ...prebuilt.compiled, format: 1 } })).toThrow('of another format');
  });
});
