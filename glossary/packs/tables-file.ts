import type { CompiledGlossary } from '../compile';
import { isCompiledGlossary } from '../compiled-shape';
import { PACK_PART_BYTES, utf8Length } from './pack-file';

/**
 * The bundled pack's compiled tables, as scripts the build writes (modules/prebuilt-glossary.ts).
 * Each script adds its tables to one global, which the background takes and clears before it
 * does anything else. Chrome's background script has them bundled at its top; in Firefox's
 * package they are files of their own, at most `PACK_PART_BYTES` each, which the manifest lists
 * before the background's script: Mozilla's linter refuses to read a script over 5 MiB, and the
 * tables alone neared that.
 */
export const BUNDLED_TABLES_SCRIPT = 'health-tables.js';

/** The global the table scripts fill. */
export const TABLES_GLOBAL = 'termlightBundledTables';

/** The name of part `n` (counting from 1) in the package. */
function tablesScriptName(n: number): string {
  return n === 1 ? BUNDLED_TABLES_SCRIPT : BUNDLED_TABLES_SCRIPT.replace(/\.js$/, `-${n}.js`);
}

/** The scripts that hold the tables, whole tables each, each at most `maxBytes` unless one table alone is more. */
export function tablesScripts(compiled: CompiledGlossary, maxBytes = PACK_PART_BYTES): { name: string; contents: string }[] {
  const wrapper = scriptFor('{}').length - 2;
  const groups: [string, unknown][][] = [[]];
  let size = wrapper + 2;
  for (const [key, table] of Object.entries(compiled)) {
    // Each table costs its key, its JSON, a comma, and the escapes a template literal needs.
    const cost = utf8Length(asTemplateText(JSON.stringify({ [key]: table }))) - 1;
    if (size + cost > maxBytes && groups.at(-1)!.length > 0) {
      groups.push([]);
      size = wrapper + 2;
    }
    groups.at(-1)!.push([key, table]);
    size += cost;
  }
  return groups.map((tables, i) => ({ name: tablesScriptName(i + 1), contents: scriptFor(JSON.stringify(Object.fromEntries(tables))) }));
}

/** JSON.parse of a string literal starts faster than the same data as an object literal. */
function scriptFor(json: string): string {
  return `globalThis.${TABLES_GLOBAL} = Object.assign(globalThis.${TABLES_GLOBAL} || {}, JSON.parse(\`${asTemplateText(json)}\`));\n`;
}

/** `text` escaped to stand for itself inside a template literal. */
function asTemplateText(text: string): string {
  return text.replace(/\\|`|\$\{/g, (found) => `\\${found}`);
}

/**
 * The tables the scripts left in their global, checked: the build wrote them from tables it had
 * made, so a missing table or another format means a damaged package, and the error says which
 * scripts to look at.
 */
export function takeTables(global: unknown, scripts: readonly string[]): CompiledGlossary {
  if (!isCompiledGlossary(global)) throw new Error(`${scripts.join(', ')}: the compiled tables are missing, incomplete or of another format`);
  return global;
}
