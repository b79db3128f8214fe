/**
 * The background's pre-screen of a news tab: may the page be about the story, judged from its
 * title and address alone, before any Hutong script runs in it? Says yes when the title or the
 * address's words name a party in the story (any alias, English or Chinese, outside the
 * publisher's own group) or the story itself. The article detector then reads the page.
 *
 * It must never drop an on-topic article, so it leans to yes: a title that is still empty (the
 * page has not set one yet) passes, and pinyin or English slugs count like titles.
 */
import { foldText } from './normalize';
import { STORY, type AliasEntry } from './relevance';

/**
 * Headlines name the parties by their people too ("Wang's war with Jack Ma"): the founders and
 * chiefs of the companies in the story. Only here: in an article's text they are no subject.
 */
const PEOPLE = /jack ma|pony ma|wang wei|richard liu|马云|马化腾|王卫|刘强东/u;

const CJK = /[\u3400-\u9fff]/u;

/** The words of an address: its path and query, decoded, with slug separators as spaces. */
export function addressWords(url: string): string {
  let path: string;
  try {
    const parsed = new URL(url);
    path = `${parsed.pathname} ${parsed.search}`;
  } catch {
    return '';
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: read the address as it is.
  }
  return path.replace(/[/_\-+.=&?%]+/g, ' ');
}

function names(text: string, table: readonly AliasEntry[], publisher?: string): boolean {
  const folded = ` ${foldText(text)} `;
  const exact = ` ${text.normalize('NFKC')} `;
  for (const [, terms, exacts, group] of table) {
    if (group === publisher) continue;
    for (const term of terms) {
      const at = folded.indexOf(term);
      if (at === -1) continue;
      if (CJK.test(term)) return true;
      const before = folded[at - 1] ?? ' ';
      const after = folded[at + term.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    }
    for (const term of exacts) {
      if (new RegExp(`(?<![\\p{L}\\p{N}])${term}(?![\\p{L}\\p{N}])`, 'u').test(exact)) return true;
    }
  }
  return false;
}

/** True when the tab's title or address may be about the story: inject the detector. */
export function prescreen(
  url: string,
  title: string,
  table: readonly AliasEntry[],
  publisher?: string,
): boolean {
  if (title.trim() === '') return true;
  const text = `${title}\n${addressWords(url)}`;
  const folded = foldText(text);
  return STORY.test(folded) || PEOPLE.test(folded) || names(text, table, publisher);
}
