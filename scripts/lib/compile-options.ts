// How the build compiles the bundled pack. The background answers the compiler's two word
// questions from what the build ships (the dropped forms, and the word list of
// modules/common-words.ts), so a recompile there gives the same tables.
import type { CompileOptions } from '../../glossary/compile';
import { emphasisWordCheck } from '../../glossary/frequency';
import { commonWordList } from './common-words';
import { bundledFormFilter } from './form-filter';

export function bundledCompileOptions(): CompileOptions {
  return { dropDerivedForm: bundledFormFilter(), isEmphasisWord: emphasisWordCheck(commonWordList()) };
}
