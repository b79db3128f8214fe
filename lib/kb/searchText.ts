/**
 * The words of a search: how text and queries are folded (width, case, Traditional to
 * Simplified), where a term counts as found (at a word start for Latin, anywhere for Chinese),
 * and which parts of a text a query marks. Shared by the search index (lib/kb/search.ts) and the
 * side panel's highlighting, so what is marked is what was found.
 */
import { foldHant } from './hantFold';
import { foldText, foldWithOffsets, queryTerms, type FoldedText } from './normalize';

/**
 * Search folding: lib/kb/normalize.ts's (width, case) and then Traditional to Simplified, so either
 * script finds both. Same length as foldText's output, so offsets stay valid.
 */
export function foldForSearch(text: string): string {
  return foldHant(foldText(text));
}

/** foldWithOffsets with Traditional folded too: what highlightRanges marks is what search finds. */
export function foldForSearchWithOffsets(text: string): FoldedText {
  const folded = foldWithOffsets(text);
  return { ...folded, folded: foldHant(folded.folded) };
}

export function searchTerms(query: string): string[] {
  return queryTerms(query).map(foldHant);
}

/**
 * Letters and digits of scripts written with spaces between words. A Latin term must start where
 * such a word starts ("pay" finds "Pay" and "payment", never the end of "Alipay"); Chinese has no
 * word breaks, so a Chinese term matches anywhere (菜鸟 in 菜鸟网络).
 */
const SPACED_WORD = /[\p{L}\p{N}\p{M}]/u;
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && SPACED_WORD.test(ch) && !UNSPACED.test(ch);
}

/** Whether `term` found at `at` in `text` starts a word (always true for a Chinese term). */
export function startsWord(text: string, at: number, term: string): boolean {
  return !isWordChar(term[0]) || !isWordChar(text[at - 1]);
}

/** Whether it also ends one: "pay" in "WeChat Pay" is a whole word, in "payment" only a prefix. */
export function endsWord(text: string, at: number, term: string): boolean {
  return !isWordChar(term[term.length - 1]) || !isWordChar(text[at + term.length]);
}

/** 2: `phrase` occurs in `text` as whole words; 1: only as the start of a word; 0: not at all. */
export function wordMatch(text: string, phrase: string): 0 | 1 | 2 {
  let found: 0 | 1 | 2 = 0;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    if (!startsWord(text, at, phrase)) continue;
    if (endsWord(text, at, phrase)) return 2;
    found = 1;
  }
  return found;
}

/**
 * Ranges [start, end) of `text` (the original, unfolded string) that match any query term
 * case- and width-insensitively, sorted and merged, for the UI to wrap in <mark> as text nodes.
 */
export function highlightRanges(
  text: string,
  query: string,
  /** How to fold `text`; the side panel passes a cached fold, since it highlights every keystroke. */
  fold: (text: string) => FoldedText = foldForSearchWithOffsets,
): [number, number][] {
  const terms = searchTerms(query);
  if (terms.length === 0 || text === '') return [];
  const { folded, starts, ends } = fold(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      if (!startsWord(folded, at, term)) continue;
      const start = starts[at];
      const end = ends[at + term.length - 1];
      if (start !== undefined && end !== undefined) ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && range[0] <= prev[1]) prev[1] = Math.max(prev[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
