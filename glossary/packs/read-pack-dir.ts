import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RawPackFiles {
  manifest: unknown;
  /** category file name -> its parsed JSON */
  files: Map<string, unknown>;
}

/** Reads a pack folder from disk as raw JSON (build scripts and tests only; never in the extension). */
export function readPackDir(dir: string): RawPackFiles {
  const files = new Map<string, unknown>();
  let manifest: unknown = null;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json')).sort()) {
    const json = JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
    if (name === 'pack.json') manifest = json;
    else files.set(name, json);
  }
  return { manifest, files };
}
