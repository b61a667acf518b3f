/**
 * What the page scanner would underline on a document, without a browser: the same matcher calls
 * on section-sized text, the same page-level health topic, the same underline level and density.
 */
import type { CompiledGlossary } from '../../glossary/compile';
import { isUnderlined, isUnderlinedOncePerPage, matchLevelReader, type UnderlineLevel } from '../../glossary/levels';
import type { Matcher } from '../../glossary/matcher';
import type { Level } from '../../glossary/schema';

/** As in page-scanner.ts: a page is about health once it has shown this many topic terms. */
const PAGE_TOPIC_MIN_TERMS = 6;
const BATCH_CHARS = 4_000;

export interface SimulatedSettings {
  underline: UnderlineLevel;
  density: 'every' | 'section' | 'first';
}

export interface PageResult {
  words: number;
  highlights: number;
  everyday: number;
  /** Distinct technical entries underlined at least once. */
  technical: Set<string>;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** `sections` are the page's text between headings (each heading starts its section). */
export function simulatePage(
  sections: readonly string[],
  compiled: CompiledGlossary,
  matcher: Matcher,
  settings: SimulatedSettings,
  /** The level to report an entry under, when it is not the compiled one (v1 had no levels). */
  levelOf: (id: string, compiled: Level) => Level = (_, level) => level,
): PageResult {
  const result: PageResult = { words: 0, highlights: 0, everyday: 0, technical: new Set() };
  const topic = new Set<number>();
  const shown = new Set<string>();
  const matchLevel = matchLevelReader(compiled);
  sections.forEach((section, index) => {
    result.words += section.match(WORD)?.length ?? 0;
    for (const batch of batches(section)) {
      for (const match of matcher.findInText(batch, { healthTopic: topic.size >= PAGE_TOPIC_MIN_TERMS })) {
        if (matcher.isTopicEvidence(match)) topic.add(match.entry);
        const entry = compiled.entries[match.entry]!;
        // An alias less familiar than its entry is underlined, and counted in density, at its own level.
        const wordsLevel = matchLevel(match.entry, () => batch.slice(match.start, match.end))!;
        if (!isUnderlined(wordsLevel, settings.underline)) continue;
        if (settings.density !== 'every') {
          const key = `${settings.density === 'section' && !isUnderlinedOncePerPage(wordsLevel) ? index : 'page'} ${match.entry}`;
          if (shown.has(key)) continue;
          shown.add(key);
        }
        result.highlights++;
        const level = levelOf(entry.id, wordsLevel);
        if (level === 'everyday') result.everyday++;
        if (level === 'technical') result.technical.add(entry.id);
      }
    }
  });
  return result;
}

/** Paragraphs joined up to the scanner's batch size, with its separator between them. */
function batches(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const paragraph of text.split(/\n\s*\n/)) {
    if (current.length > 0 && current.length + paragraph.length > BATCH_CHARS) {
      out.push(current);
      current = '';
    }
    current += (current ? '\n.\n' : '') + paragraph;
  }
  if (current) out.push(current);
  return out;
}
