import { foldWithOffsets, queryTerms, type FoldedText } from '../../lib/normalize';

/**
 * Each knowledge-base text folded once and kept: highlighting runs on every card on every
 * keystroke, and folding (cluster by cluster, lib/normalize.ts) costs far more than the search.
 * The texts are the bundled knowledge base, so the cache is bounded by its size.
 */
const folds = new Map<string, FoldedText>();

function foldOf(text: string): FoldedText {
  let f = folds.get(text);
  if (f === undefined) {
    f = foldWithOffsets(text);
    folds.set(text, f);
  }
  return f;
}

/**
 * lib/search.ts's highlightRanges over a cached fold: the same terms, the same folding and the
 * same merging, so exactly the same ranges (tests/unit/panel.search.test.tsx compares the two on
 * every text of the knowledge base).
 */
export function markRanges(text: string, query: string): [number, number][] {
  const terms = queryTerms(query);
  if (terms.length === 0 || text === '') return [];
  const { folded, starts, ends } = foldOf(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const start = starts[at];
      const end = ends[at + term.length - 1];
      if (start !== undefined && end !== undefined) ranges.push([start, end]);
    }
  }
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && range[0] <= prev[1]) prev[1] = Math.max(prev[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
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
