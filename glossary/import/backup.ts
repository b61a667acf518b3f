/**
 * "Export all settings and glossaries" and its way back: one JSON file holding the settings the
 * user changed and every user glossary, read back with the same care as any imported file.
 */
import * as v from 'valibot';
import { LIMITS } from '../limits';
import { DEFAULT_SETTINGS, migrateSiteList, resolveSettings, type Settings } from '../settings-schema';
import { UserGlossarySchema, type UserGlossary } from '../user-glossary-schema';
import { decodeFile } from './decode';
import { errorAt, quote, warningAt } from './issues';
import { forbiddenKeyErrors, parseJsonText } from './parse-json';
import type { ImportIssue } from './types';
import { describeIssue, relativeIssue } from './validate';

export interface Backup {
  format: 'termlight-backup';
  version: 1;
  exportedAt: string;
  settings: Partial<Settings>;
  userGlossaries: UserGlossary[];
}

export function createBackup(settings: Partial<Settings>, glossaries: UserGlossary[], now: Date = new Date()): string {
  const backup: Backup = { format: 'termlight-backup', version: 1, exportedAt: now.toISOString(), settings, userGlossaries: glossaries };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

export interface BackupRead {
  backup: Backup | null;
  errors: ImportIssue[];
  /** Settings that were left out (unknown or unusable); the rest of the backup is still fine. */
  warnings: ImportIssue[];
}

/** Never throws. `backup` is null whenever `errors` is not empty. */
export function readBackup(fileName: string, bytes: Uint8Array): BackupRead {
  const result: BackupRead = { backup: null, errors: [], warnings: [] };
  try {
    result.backup = read(fileName, bytes, result);
  } catch (error) {
    result.errors.push(
      errorAt(fileName, {}, `Termlight could not read this backup because of an unexpected problem (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`),
    );
  }
  if (result.errors.length > 0) result.backup = null;
  return result;
}

function read(file: string, bytes: Uint8Array, result: BackupRead): Backup | null {
  const decoded = decodeFile(file, bytes, LIMITS.backupFileBytes);
  if (!decoded.ok) {
    result.errors.push(decoded.error);
    return null;
  }
  const parsed = parseJsonText(file, decoded.text);
  if (!parsed.ok) {
    result.errors.push(parsed.error);
    return null;
  }
  const value = parsed.value;
  const forbidden = forbiddenKeyErrors(file, value, (path) => ({ row: null, where: placeWords(path) }));
  if (forbidden.length > 0) {
    result.errors.push(...forbidden);
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || (value as Record<string, unknown>).format !== 'termlight-backup') {
    result.errors.push(
      errorAt(
        file,
        {},
        Array.isArray(value)
          ? 'this is a glossary file, not a Termlight backup. Import it under Glossaries instead.'
          : 'this is not a Termlight backup. Choose a file made with "Export all settings and glossaries".',
      ),
    );
    return null;
  }
  const raw = value as Record<string, unknown>;
  if (raw.version !== 1) {
    result.errors.push(
      errorAt(
        file,
        { field: 'version' },
        typeof raw.version === 'number' && raw.version > 1
          ? 'this backup was made by a newer version of Termlight. Update Termlight, then import it again.'
          : 'this backup has no version Termlight knows, so it cannot be read.',
      ),
    );
    return null;
  }
  const exportedAt = v.safeParse(v.pipe(v.string(), v.isoTimestamp()), raw.exportedAt);
  if (!exportedAt.success) {
    result.errors.push(errorAt(file, { field: 'exportedAt' }, 'the backup has no valid export date, so it may be damaged. Export a new backup and try again.'));
  }
  const settings = readSettings(file, raw.settings, result);
  const userGlossaries = readGlossaries(file, raw.userGlossaries, result);
  if (!exportedAt.success || !settings || !userGlossaries) return null;
  return { format: 'termlight-backup', version: 1, exportedAt: exportedAt.output, settings, userGlossaries };
}

/**
 * Keeps each setting that still means something; a bad one is left out with a warning, as
 * losing one colour choice is better than refusing a backup full of glossaries.
 */
function readSettings(file: string, raw: unknown, result: BackupRead): Partial<Settings> | null {
  if (raw === undefined) return {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    result.errors.push(errorAt(file, { field: 'settings' }, 'the settings part of the backup is damaged, so the backup cannot be read.'));
    return null;
  }
  const settings: Partial<Settings> = {};
  // A backup made before each site mode had its own list holds the one old list.
  const current = migrateSiteList(raw);
  for (const key of Object.keys(current)) {
    const value = current[key];
    if (!Object.hasOwn(DEFAULT_SETTINGS, key)) {
      result.warnings.push(warningAt(file, { field: key, where: [`setting ${key}`] }, 'Termlight has no such setting, so it was left out.'));
      continue;
    }
    const name = key as keyof Settings;
    const resolved = resolveSettings({ [name]: value })[name];
    // resolveSettings falls back to the default for a value it cannot use; a value that *is* the default stays.
    const usable = !same(resolved, DEFAULT_SETTINGS[name]) || same(value, DEFAULT_SETTINGS[name]);
    if (usable) (settings as Record<keyof Settings, unknown>)[name] = resolved;
    else {
      result.warnings.push(
        warningAt(file, { field: key, where: [`setting ${key}`] }, `${typeof value === 'string' ? quote(value) : quote(JSON.stringify(value) ?? String(value)).slice(1, -1)} is not a value this setting can take, so it was left out.`),
      );
    }
  }
  return settings;
}

function readGlossaries(file: string, raw: unknown, result: BackupRead): UserGlossary[] | null {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    result.errors.push(errorAt(file, { field: 'userGlossaries' }, 'the glossaries part of the backup is damaged, so the backup cannot be read.'));
    return null;
  }
  const glossaries: UserGlossary[] = [];
  const firstById = new Map<string, number>();
  let failed = false;
  raw.forEach((item: unknown, index) => {
    const number = index + 1;
    const name = item !== null && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string' ? (item as { name: string }).name : null;
    const label = name === null ? `glossary ${number}` : `glossary ${number} (${quote(name)})`;
    const parsed = v.safeParse(UserGlossarySchema, item, { abortPipeEarly: true });
    if (!parsed.success) {
      failed = true;
      const seen = new Set<string>();
      for (const found of parsed.issues) {
        const path = found.path ?? [];
        const entry = path[0]?.key === 'entries' && typeof path[1]?.key === 'number' ? path[1].key + 1 : null;
        const field = entry === null ? path[0]?.key : path[2]?.key;
        const where = [label, ...(entry === null ? [] : [`entry ${entry}`]), ...(typeof field === 'string' ? [`field ${field}`] : [])];
        const key = where.join(',');
        if (seen.has(key)) continue;
        seen.add(key);
        const problem = describeIssue(entry === null ? found : relativeIssue(found, 2), { unit: 'entry', field: 'field' });
        result.errors.push(errorAt(file, { row: entry, field: typeof field === 'string' ? field : null, where }, problem));
      }
      return;
    }
    const first = firstById.get(parsed.output.id);
    if (first !== undefined) {
      failed = true;
      result.errors.push(errorAt(file, { field: 'id', where: [label] }, `its id is the same as that of glossary ${first}, so the backup may be damaged.`));
      return;
    }
    firstById.set(parsed.output.id, number);
    glossaries.push(parsed.output);
  });
  return failed ? null : glossaries;
}

/** ["userGlossaries", 0, "entries", 3] → ["glossary 1", "entry 4"]: the words the other messages use. */
function placeWords(path: readonly (string | number)[]): string[] {
  return path.flatMap((key, index) => {
    const parent = path[index - 1];
    if (key === 'userGlossaries' || key === 'entries') return [];
    if (typeof key === 'number') return [parent === 'userGlossaries' ? `glossary ${key + 1}` : parent === 'entries' ? `entry ${key + 1}` : `item ${key + 1}`];
    return [key];
  });
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
