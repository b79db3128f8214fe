/**
 * Traditional → Simplified folding for search, so that 菜鳥 finds what 菜鸟 finds and the reverse:
 * both the index and the query are folded to Simplified. The table (data/generated/hant.fold.json,
 * scripts/gen-hant.ts) holds only the characters of Hutong's own text and their Traditional forms
 * (OpenCC, Taiwan and Hong Kong variants), not all of Chinese, to keep the side panel small. Every
 * pair is one BMP character for one, so folding never moves an offset (highlighting relies on it).
 *
 * Search only: content scripts fold with lib/kb/normalize.ts and never carry this table.
 */
import pairs from '../../data/generated/hant.fold.json';

const table = new Map<string, string>();
let traditional = '';
for (let i = 0; i + 1 < pairs.length; i += 2) {
  const t = pairs[i] ?? '';
  table.set(t, pairs[i + 1] ?? t);
  traditional += t;
}
const HANT = traditional === '' ? undefined : new RegExp(`[${traditional}]`, 'g');

export function foldHant(text: string): string {
  return HANT === undefined ? text : text.replace(HANT, (t) => table.get(t) ?? t);
}
