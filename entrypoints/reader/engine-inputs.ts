import type { Settings } from '../../glossary/settings-schema';
import { readCompiledGlossary, watchCompiledGlossary, type StoredCompiledGlossary } from '../../utils/storage/glossary-store';
import { loadSettings, watchSettings } from '../../utils/storage/settings';
import { WatchedValue } from './watched-value';

export interface EngineInputs {
  settings: WatchedValue<Settings>;
  /** Decoded, or null while the background has published none (or one of an older layout). */
  glossary: WatchedValue<StoredCompiledGlossary | null>;
}

let inputs: EngineInputs | null = null;

/** The reader page's settings and compiled glossary: read on the first call, shared by every document it opens. */
export function engineInputs(): EngineInputs {
  inputs ??= {
    settings: new WatchedValue(loadSettings, watchSettings),
    glossary: new WatchedValue(readCompiledGlossary, watchCompiledGlossary),
  };
  return inputs;
}
