/**
 * A deliberately naive matcher to check the real one against: at every word start, try every form
 * of every entry character by character, keep the longest that ends on a word end and passes its
 * entry's case and context rules. No trie, no RegExp prefilter, no fast path, no shared state.
 */
import type { ExpandedGlossary, SurfaceForm } from '../../../glossary/compile';
import type { TextMatch } from '../../../glossary/matcher';
import { canonicalExact, foldText } from '../../../glossary/normalize';
import { words } from '../../../glossary/words';

const SENTENCE_BREAK = /[.!?…]+["')\]”]*\s|\n[^\S\n]*\n/;
const WINDOW = 10;
/** Distinct not-everyday terms matched without context words that make a text "about health" (the topic rule). */
const TOPIC_TERMS = 4;

export function referenceMatches(glossary: ExpandedGlossary, text: string, healthTopic = false): TextMatch[] {
  const folded = foldText(text);
  const f = folded.text;
  const toOriginal = (i: number) => (i >= f.length ? text.length : folded.map ? folded.map[i]! : i);
  const toOriginalEnd = (end: number) => {
    if (!folded.map || end >= f.length) return end >= f.length ? text.length : end;
    // The end covers every original unit that folded into the last matched unit.
    const last = folded.map[end - 1]!;
    let k = end;
    while (k < f.length && folded.map[k] === last) k++;
    return k >= f.length ? text.length : folded.map[k]!;
  };

  const tokens = words(f);
  const startToken = new Map(tokens.map((t, i) => [t.start, i]));
  const endToken = new Map(tokens.map((t, i) => [t.end, i]));
  const sentence: number[] = [];
  tokens.forEach((t, i) => {
    const previous = tokens[i - 1];
    const breaks = previous !== undefined && SENTENCE_BREAK.test(f.slice(previous.end, t.start));
    sentence.push(i === 0 ? 0 : sentence[i - 1]! + (breaks ? 1 : 0));
  });
  const tokenText = tokens.map((t) => f.slice(t.start, t.end));

  const contextHolds = (entry: number, first: number, last: number): boolean => {
    const forms = glossary.context[entry] ?? [];
    if (forms.length === 0) return true;
    for (const form of forms) {
      const parts = words(form).map((w) => form.slice(w.start, w.end));
      for (let c = 0; c + parts.length <= tokens.length; c++) {
        const d = c + parts.length - 1;
        if (!(d < first || c > last)) continue;
        if (!parts.every((p, k) => tokenText[c + k] === p)) continue;
        const joinedBySpace = parts.every((_, k) => k === 0 || /^\s+$/.test(f.slice(tokens[c + k - 1]!.end, tokens[c + k]!.start)));
        if (!joinedBySpace) continue;
        const near = c >= first - WINDOW && d <= last + WINDOW;
        const sameSentence = sentence[c] === sentence[first] && sentence[d] === sentence[first];
        if (near || sameSentence) return true;
      }
    }
    return false;
  };

  const forms = oneClaimPerEntry(glossary.forms);
  const out: TextMatch[] = [];
  // Where nothing matched but a term lacked only its context words: it counts if the text is about health.
  const waiting: TextMatch[] = [];
  // Abbreviations (case-sensitive forms) that lacked only their context words, names or not.
  const abbreviations: TextMatch[] = [];
  let position = 0;
  const isBetter = (best: { end: number; form: SurfaceForm } | null, end: number, form: SurfaceForm) =>
    best === null || end > best.end || (end === best.end && (form.rank < best.form.rank || (form.rank === best.form.rank && form.entry < best.form.entry)));
  for (const token of tokens) {
    if (token.start < position) continue;
    let best: { end: number; form: SurfaceForm } | null = null;
    let bestWithoutContext: { end: number; form: SurfaceForm } | null = null;
    for (const form of forms) {
      const end = matchAt(f, token.start, form.key);
      if (end < 0 || !endToken.has(end)) continue;
      if (form.exact !== '' && canonicalExact(text.slice(toOriginal(token.start), toOriginalEnd(end))) !== form.exact) continue;
      // Two capitals between a comma and a ZIP code are a state in a postal address.
      if (form.exact !== '' && /^[A-Z]{2}$/.test(form.exact) && /,\s*$/.test(text.slice(0, toOriginal(token.start))) && /^\s+\d{5}(?!\d)/.test(text.slice(toOriginalEnd(end)))) continue;
      if (!form.free && !contextHolds(form.entry, startToken.get(token.start)!, endToken.get(end)!)) {
        if (isBetter(bestWithoutContext, end, form)) bestWithoutContext = { end, form };
        continue;
      }
      if (isBetter(best, end, form)) best = { end, form };
    }
    if (best !== null) {
      const match: TextMatch = { entry: best.form.entry, start: toOriginal(token.start), end: toOriginalEnd(best.end) };
      // Words the entry frees from its context words are marked: they count as topic evidence.
      if (best.form.free && (glossary.context[best.form.entry] ?? []).length > 0) match.contextFree = true;
      out.push(match);
      position = best.end;
    } else if (bestWithoutContext !== null) {
      const candidate = { entry: bestWithoutContext.form.entry, start: toOriginal(token.start), end: toOriginalEnd(bestWithoutContext.end) };
      if (!capitalInMidSentence(text, candidate.start)) waiting.push(candidate);
      if (bestWithoutContext.form.exact !== '') abbreviations.push({ ...candidate });
    }
  }
  const isEvidence = (m: TextMatch) => glossary.entries[m.entry]!.level !== 'everyday' && ((glossary.context[m.entry] ?? []).length === 0 || m.contextFree === true);
  const evidence = new Set(out.filter(isEvidence).map((m) => m.entry));
  // An abbreviation in the same sentence as such a term, a technical one, counts, unless it is a town's state ("Portland, OR").
  const sentenceAt = (at: number) => {
    let k = 0;
    while (k + 1 < tokens.length && toOriginal(tokens[k + 1]!.start) <= at) k++;
    return sentence[k] ?? 0;
  };
  const withTerm = new Set(out.filter((m) => isEvidence(m) && glossary.entries[m.entry]!.level === 'technical').map((m) => sentenceAt(m.start)));
  const beside = [...out];
  for (const candidate of abbreviations) {
    if (!withTerm.has(sentenceAt(candidate.start))) continue;
    if (candidate.end - candidate.start === 2 && /[A-Z][a-z]+\s*,\s*$/.test(text.slice(0, candidate.start)) && !/[A-Za-z][A-Z][a-z]+\s*,\s*$/.test(text.slice(0, candidate.start))) continue;
    if (spelledOutBefore(text, candidate.start, candidate.end)) continue;
    if (beside.every((m) => m.end <= candidate.start || candidate.end <= m.start)) beside.push(candidate);
  }
  beside.sort((a, b) => a.start - b.start);
  if (!healthTopic && evidence.size < TOPIC_TERMS) return beside;
  // The context words may then stand anywhere in the text, but one of them must be there.
  const contextAnywhere = (entry: number): boolean =>
    (glossary.context[entry] ?? []).some((form) => {
      const parts = words(form).map((w) => form.slice(w.start, w.end));
      for (let c = 0; c + parts.length <= tokens.length; c++) {
        if (!parts.every((p, k) => tokenText[c + k] === p)) continue;
        if (parts.every((_, k) => k === 0 || /^\s+$/.test(f.slice(tokens[c + k - 1]!.end, tokens[c + k]!.start)))) return true;
      }
      return false;
    });
  const accepted = [...beside];
  for (const candidate of waiting.filter((match) => contextAnywhere(match.entry))) {
    if (accepted.every((m) => m.end <= candidate.start || candidate.end <= m.start)) accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * An entry that claims the same words more than once (its gated term's plural and a freed alias,
 * say) keeps one claim, as the compiler does: at its best rank, and free if any of them is. Freeing
 * a word does not make the entry's own claim to it weaker than it already was.
 */
function oneClaimPerEntry(forms: readonly SurfaceForm[]): SurfaceForm[] {
  const byClaim = new Map<string, SurfaceForm>();
  for (const form of forms) {
    const claim = `${form.entry}\u0000${form.key}\u0000${form.exact}`;
    const kept = byClaim.get(claim);
    if (kept === undefined) byClaim.set(claim, { ...form });
    else {
      kept.rank = Math.min(kept.rank, form.rank);
      kept.free ||= form.free;
    }
  }
  return [...byClaim.values()];
}

/** Where `key` ends if it matches at `start`; a space in the key matches any run of whitespace. */
function matchAt(text: string, start: number, key: string): number {
  let pos = start;
  for (const ch of key) {
    if (ch === ' ') {
      if (!/\s/.test(text[pos] ?? '')) return -1;
      while (pos < text.length && /\s/.test(text[pos]!)) pos++;
    } else {
      if (!text.startsWith(ch, pos)) return -1;
      pos += ch.length;
    }
  }
  return pos;
}

/** A name: capitalised, and the last non-space, non-quote character before it ends no sentence. */
function capitalInMidSentence(text: string, start: number): boolean {
  const first = text.charAt(start);
  if (first === first.toLowerCase()) return false;
  const before = text.slice(0, start).replace(/[\s"'“‘([]+$/, '');
  return before.length > 0 && !/[.!?…:;\n]$/.test(before);
}

/** "Adrenal vein sampling (AVS)": letters in brackets right after words whose first letters spell them. */
function spelledOutBefore(text: string, start: number, end: number): boolean {
  const letters = text.slice(start, end);
  if (text[start - 1] !== '(' || !/^[A-Za-z0-9]+$/.test(letters)) return false;
  // Between two letters' words, small words the name leaves out, unless they begin with the earlier letter.
  const gap = (letter: string) => `(?:[^A-Za-z0-9(.]+(?!${letter})(?:of|and|the|for|in|on|to)(?![A-Za-z0-9]))*[^A-Za-z0-9(.]+`;
  const chars = [...letters];
  const words = chars.map((letter, k) => `${k === 0 ? '(?<![A-Za-z0-9])' : gap(chars[k - 1]!)}${letter}[A-Za-z0-9]*`).join('');
  return new RegExp(`${words}[^A-Za-z0-9(.]*$`, 'i').test(text.slice(0, start - 1));
}
