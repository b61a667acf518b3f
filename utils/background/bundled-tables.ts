import type { CompiledGlossary } from '../../glossary/compile';
import { TABLES_GLOBAL, takeTables } from '../../glossary/packs/tables-file';

/**
 * The bundled pack's compiled tables, which the table scripts (tables-file.ts) left in their
 * global before the background's own code ran: bundled at the top of Chrome's background script,
 * listed before it in Firefox's manifest. The global is cleared: the tables are kept once.
 * `scripts` names them for the error a damaged package gives.
 */
export function takeBundledTables(scripts: readonly string[], scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): CompiledGlossary {
  const tables = takeTables(scope[TABLES_GLOBAL], scripts);
  delete scope[TABLES_GLOBAL];
  return tables;
}
