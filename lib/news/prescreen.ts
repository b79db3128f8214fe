/**
 * The background's pre-screen of a news tab: may the page be about the story, judged from its
 * title and address alone, before any Hutong script runs in it? Says yes when the title or the
 * address's words name a party in the story (any alias, English or Chinese, outside the
 * publisher's own group) or the story itself. The article detector then reads the page.
 *
 * It must never drop an on-topic article, so it leans to yes: a title that cannot decide passes,
 * and pinyin or English slugs count like titles. A title cannot decide when, without the outlet's
 * own names, it has no headline left: empty (the page has not set one yet), or a junk string such
 * as "+1_10%公司_澎湃新闻-The Paper" (fewer than 4 Chinese characters and fewer than 3 words).
 */
import type { Entity } from '../../data/schema';
import { foldText } from '../kb/normalize';
import { STORY, type AliasEntry } from '../kb/relevance';

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

/** An outlet's own names, which a page title carries as its brand and never as a headline. */
export function outletNames(outlet: Entity | undefined): string[] {
  return outlet === undefined ? [] : [outlet.name.en, outlet.name.zh, ...outlet.aliases];
}

const WORD = /[\p{Script=Latin}\p{N}]{2,}/gu;
const HAN = /\p{Script=Han}/gu;

/** True when `title`, without the outlet's own names, has too little left to be a headline. */
export function undecidable(title: string, outletNames: readonly string[] = []): boolean {
  let rest = title.normalize('NFKC').toLowerCase();
  for (const name of outletNames) {
    if (name.length > 0) rest = rest.split(name.normalize('NFKC').toLowerCase()).join(' ');
  }
  return (rest.match(HAN)?.length ?? 0) < 4 && (rest.match(WORD)?.length ?? 0) < 3;
}

/**
 * True when the tab's title or address may be about the story: inject the detector.
 * `outletNames` are the outlet's own names (The Paper, 澎湃新闻), which are no headline.
 */
export function prescreen(
  url: string,
  title: string,
  table: readonly AliasEntry[],
  publisher?: string,
  outletNames: readonly string[] = [],
): boolean {
  if (undecidable(title, outletNames)) return true;
  const text = `${title}\n${addressWords(url)}`;
  const folded = foldText(text);
  return STORY.test(folded) || PEOPLE.test(folded) || names(text, table, publisher);
}
