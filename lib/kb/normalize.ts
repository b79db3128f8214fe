/**
 * Text folding shared by search and highlighting, so that what matches is exactly what is marked.
 *
 * NFKC maps full-width Latin and digits (ＷｅＣｈａｔ, ２０１７) and the ideographic space to
 * their plain forms; lower-casing after it makes matching case-insensitive. Chinese needs nothing
 * more: it is matched as a substring, with no word breaks. (The side panel's search also folds
 * Traditional to Simplified, lib/kb/search.ts; content scripts do not need that table.)
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A query's terms: folded, split on any white space (NFKC turns U+3000 into a space). */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/u)
    .filter((term) => term !== '');
}

/**
 * Folds text cluster by cluster, remembering where each folded UTF-16 unit came from, because NFKC
 * and lower-casing change lengths ("ﬁ" → "fi", "İ" → "i̇", "㍻" → "平成") and a highlight must be
 * drawn on the original text. A cluster is a base character with its combining marks, so that
 * "e" + U+0301 composes to "é" here exactly as it does when the whole string is folded.
 */
export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`, the start of its cluster in the original text. */
  starts: number[];
  /** For each UTF-16 unit of `folded`, the end of its cluster in the original text. */
  ends: number[];
}

const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(CLUSTER)) {
    const start = match.index;
    const end = start + match[0].length;
    const piece = foldText(match[0]);
    folded += piece;
    for (let i = 0; i < piece.length; i++) {
      starts.push(start);
      ends.push(end);
    }
  }
  return { folded, starts, ends };
}

/**
 * Characters a page title may carry to deceive rather than to say something: bidirectional
 * overrides, embeddings and isolates (a title can show "png.exe" for "gnp.exe"), and invisible
 * ones (zero-width spaces and joiners, word joiner, byte-order mark, Mongolian vowel separator,
 * soft hyphen: all of Unicode's format characters), Hangul fillers, and control characters.
 */
const DECEPTIVE = /[\p{Cc}\p{Cf}\u115f\u1160\u3164\uffa0]/gu;

/**
 * A page title as history shows and stores it: deceptive characters removed, white space
 * collapsed, at most `max` characters (whole code points). Blank to the eye is "" (the history
 * view says "Untitled").
 */
export function cleanTitle(title: string, max: number): string {
  const plain = title
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(DECEPTIVE, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const points = [...plain];
  return points.length <= max ? plain : points.slice(0, max).join('').trimEnd();
}
