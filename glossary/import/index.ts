/**
 * Importing and exporting user glossaries: plain functions over bytes and strings, with no
 * browser API, so the options page can call them and unit tests can run them in Node.
 */
export type { ImportPreview } from './types';
export { readGlossaryFile } from './read';
export { checkFileSize } from './decode';
export { CSV_COLUMNS } from './columns';
export { idFromTerm } from './ids';
export { findConflicts, resolveConflicts, displacedEntries } from './conflicts';
export type { ConflictChoice, ExistingGlossary } from './conflicts';
export { planImport, uniqueName, plural } from './plan';
export type { ImportPlan } from './plan';
export { entriesCsvLeavesOut, toCsv, toJson } from './export';
export { checkImportedGlossary, withImportedGlossary, refuseFailedPreview, glossaryFromPreview, newGlossaryId } from './apply';
export type { ApplyOptions, ApplyPreviewOptions } from './apply';
export { createBackup, readBackup } from './backup';
export type { Backup } from './backup';
export { describeRestore } from './restore';
export type { RestoreChanges } from './restore';
