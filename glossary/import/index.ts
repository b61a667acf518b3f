/**
 * Importing and exporting user glossaries: plain functions over bytes and strings, with no
 * browser API, so the options page can call them and unit tests can run them in Node.
 */
export type { ImportFormat, ImportIssue, ImportPreview, ReadOptions } from './types';
export { readGlossaryFile, localToday } from './read';
export { checkFileSize } from './decode';
export { CSV_COLUMNS, REQUIRED_COLUMNS } from './columns';
export { idFromTerm } from './ids';
export { findConflicts, resolveConflicts, displacedEntries } from './conflicts';
export type { Conflict, ConflictChoice, ExistingGlossary, ResolveOptions } from './conflicts';
export { planImport, uniqueName, plural } from './plan';
export type { ImportPlan, PlannedConflict, PlanOptions } from './plan';
export { toCsv, toJson, fitsImportLimit } from './export';
export { applyImport, applyPreview, newGlossaryId, isQuotaError, USER_GLOSSARIES_KEY } from './apply';
export type { StorageLike, ApplyOptions, ApplyPreviewOptions } from './apply';
export { createBackup, readBackup } from './backup';
export type { Backup, BackupRead } from './backup';
export { describeRestore } from './restore';
export type { RestoreChanges, GlossaryChange } from './restore';
