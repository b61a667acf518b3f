/**
 * Which meaning of a word with several fits where it stands: the sense whose cue word is part of
 * the name matched ("urine culture", through an alias), else the sense whose cue words appear near
 * it (same sentence or 10 words), else the only sense with cue words anywhere in the block.
 * When cues of several senses appear, or none, nothing is chosen: the card then lists the likely
 * meanings instead of guessing.
 */
import { contextAppears, contextRule, formText, isContextWord, phraseText, type ContextRule } from './context';
import { foldTerm, foldText } from './normalize';
import type { Sense } from './schema';
import { termVariants } from './variants';
import { words } from './words';

const rules = new WeakMap<Sense, ContextRule>();

function ruleFor(sense: Sense): ContextRule {
  let rule = rules.get(sense);
  if (!rule) {
    const forms = [...new Set(sense.cues.flatMap((cue) => termVariants(foldTerm(cue))))];
    rule = contextRule(forms);
    rules.set(sense, rule);
  }
  return rule;
}

/** `text` is the block the word stands in; [start, end) is the word's place in it. */
export function chooseSense(senses: readonly Sense[], text: string, start: number, end: number): number | null {
  if (senses.length === 0) return null;
  const folded = foldText(text).text;
  // Folding can change lengths only for rare characters; offsets are close enough for cue search.
  const inName = senses.map((sense, index) => (cueInside(folded, ruleFor(sense), start, end) ? index : -1)).filter((index) => index >= 0);
  if (inName.length === 1) return inName[0]!;
  const near = senses.map((sense, index) => (contextAppears(folded, start, end, ruleFor(sense)) ? index : -1)).filter((index) => index >= 0);
  if (near.length === 1) return near[0]!;
  if (near.length > 1) return null;
  const anywhere = senses.map((sense, index) => (cueCount(folded, ruleFor(sense), start, end) > 0 ? index : -1)).filter((index) => index >= 0);
  return anywhere.length === 1 ? anywhere[0]! : null;
}

/** Whether a cue word of one sense is one of the words of the name matched at [start, end). */
function cueInside(folded: string, rule: ContextRule, start: number, end: number): boolean {
  const name = folded.slice(start, end);
  return words(name).some((word) => isContextWord(name, word.start, word.end, rule));
}

/** Cue words of one sense in the whole block, the word itself left out. */
function cueCount(folded: string, rule: ContextRule, start: number, end: number): number {
  let count = 0;
  for (const word of words(folded)) {
    if (word.end > start && word.start < end) continue;
    if (isContextWord(folded, word.start, word.end, rule)) count++;
  }
  for (const at of rule.phrases) {
    if (folded.includes(phraseText(rule.source, at))) count++;
  }
  for (const form of rule.long) {
    if (folded.includes(formText(form))) count++;
  }
  return count;
}
