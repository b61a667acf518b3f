import type { MatchedRange } from '../../glossary/search';

/** Text with the matched characters wrapped in <mark>, built from text nodes only. */
export function Marked({ text, ranges }: { text: string; ranges: readonly MatchedRange[] }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end >= text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end + 1)}</mark>);
    at = end + 1;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
