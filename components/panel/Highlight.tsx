import type { FoldedText } from '../../lib/kb/normalize';
import { foldForSearchWithOffsets, highlightRanges } from '../../lib/kb/searchText';

/**
 * Each knowledge-base text folded once and kept: highlighting runs on every card on every
 * keystroke, and folding (cluster by cluster, lib/kb/normalize.ts) costs far more than the search.
 * The texts are the bundled knowledge base, so the cache is bounded by its size.
 */
const folds = new Map<string, FoldedText>();

function foldOf(text: string): FoldedText {
  let f = folds.get(text);
  if (f === undefined) {
    f = foldForSearchWithOffsets(text);
    folds.set(text, f);
  }
  return f;
}

/** lib/kb/search.ts's highlightRanges over the cached fold: the same ranges, without re-folding. */
export function markRanges(text: string, query: string): [number, number][] {
  return highlightRanges(text, query, foldOf);
}

export interface HighlightProps {
  text: string;
  query: string;
}

/** Text with the query's matches wrapped in <mark>. Always text nodes: data is never parsed as HTML. */
export function Highlight({ text, query }: HighlightProps) {
  const ranges = markRanges(text, query);
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
