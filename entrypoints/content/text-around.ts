import { LIMITS } from '../../glossary/limits';
import { isInline } from './skip-rules';
import type { PageMatch } from './match-index';
import { liveRange } from './hit-test';

/** A match's block text and its place in it, for choosing a sense by the words around it. */
export interface TextAround {
  text: string;
  start: number;
  end: number;
}

/** Read only when a card opens, never while scanning: it costs a Range and the block's text. */
export function textAround(match: PageMatch): TextAround | null {
  let block: Node | null = match.range.startContainer.parentNode;
  while (block && block.nodeType === Node.ELEMENT_NODE && isInline(block as Element)) block = block.parentNode;
  if (!block) return null;
  const doc = block.ownerDocument ?? document;
  const before = doc.createRange();
  before.setStart(block, 0);
  before.setEnd(match.range.startContainer, match.range.startOffset);
  const start = before.toString().length;
  const end = start + liveRange(match.range).toString().length;
  const whole = doc.createRange();
  whole.selectNodeContents(block);
  return { text: whole.toString(), start, end };
}


/** The text around a match, cut to what the sense rules read (the same sentence at most), so any block fits in a message. */
export function wordsNear(around: TextAround): TextAround {
  const from = Math.max(0, around.start - LIMITS.senseMarginChars);
  const to = Math.min(around.text.length, around.end + LIMITS.senseMarginChars);
  return { text: around.text.slice(from, to), start: around.start - from, end: around.end - from };
}
