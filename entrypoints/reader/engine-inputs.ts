import type { Settings } from '../../glossary/settings-schema';
import { readCompiledGlossary, watchCompiledGlossary, type AskForTables, type StoredCompiledGlossary } from '../../utils/storage/glossary-store';
import { sendMessage } from '../../utils/messages/messaging';
import { loadSettings, watchSettings } from '../../utils/storage/settings';
import { WatchedValue } from './watched-value';

export interface EngineInputs {
  settings: WatchedValue<Settings>;
  /** Decoded, or null while the background has published none (or one of an older layout). */
  glossary: WatchedValue<StoredCompiledGlossary | null>;
}

let inputs: EngineInputs | null = null;

/** Tables the reader's own database lacks come from the background (glossary-store.ts, AskForTables). */
const askBackground: AskForTables = (revision) => sendMessage('compiledTables', { revision });

/** The reader page's settings and compiled glossary: read on the first call, shared by every document it opens. */
export function engineInputs(): EngineInputs {
  inputs ??= {
    settings: new WatchedValue(loadSettings, watchSettings),
    glossary: new WatchedValue(
      () => readCompiledGlossary(askBackground),
      (onChange) => watchCompiledGlossary(onChange, askBackground),
    ),
  };
  return inputs;
}
