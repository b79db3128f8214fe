/**
 * Is a news article really about the subject? Finds knowledge-base entity names and aliases
 * (English and Chinese) in the article's title, headings and body text, weighted by where they
 * occur, so that a passing mention (or a sidebar the extractor missed) stays under the threshold.
 *
 * Runs in content scripts on news sites, so it takes the compact alias table
 * (lib/generated/aliases.json, written by scripts/gen-aliases.ts) rather than the knowledge base,
 * and works on a bounded amount of text: an article's subject is in its title, headings and first
 * few thousand words, and reading no further keeps a 1 MB page within the 5 ms budget.
 */
import { foldText } from './normalize';

/** [entity id, folded terms matched case-insensitively, terms matched exactly (short acronyms)]. */
export type AliasEntry = [id: string, terms: string[], exact: string[]];

export interface ArticleText {
  title: string;
  headings: string[];
  body: string;
}

export interface Relevance {
  /** True when the article is about the subject. */
  relevant: boolean;
  /** Entities the article is about, most prominent first (empty unless relevant). */
  entityIds: string[];
  /** Every entity found, with its weighted score, for tests and tuning. */
  scores: Record<string, number>;
}

/** Characters of body text read at most; also what extraction stops at. */
export const BODY_CAP = 20_000;
const TITLE_CAP = 500;
const HEADINGS_CAP = 2_000;
/** The lede: where an article names what it is about. */
const LEDE = 1_500;

const WEIGHT = { title: 5, heading: 3, lede: 2, body: 1 } as const;
/** One entity repeated many times in one zone is still one subject. */
const MAX_HITS_PER_ZONE = 4;
/** An entity counts as a subject of the article from this score (a title hit, or repeated mentions). */
const ENTITY_MIN = 3;
/** The article counts from this total over its subjects. */
const ARTICLE_MIN = 8;
const MAX_ENTITIES = 5;

/**
 * Words for the story itself (interconnection, blocking, payments, logistics data). An article
 * about a single company passes only with one of these; two or more companies pass without.
 */
const TOPIC = [
  'interconnect',
  'interoperab',
  'walled garden',
  'block',
  'spat',
  'dispute',
  'feud',
  'rival',
  'payment',
  'logistics',
  'parcel',
  'courier',
  'tracking',
  'antitrust',
  'regulator',
  '互联互通',
  '屏蔽',
  '封杀',
  '外链',
  '链接',
  '壁垒',
  '围墙',
  '接入',
  '支付',
  '物流',
  '快递',
  '数据',
  '接口',
  '反垄断',
  '监管',
];

type Zone = keyof typeof WEIGHT;

interface Hit {
  start: number;
  end: number;
  id: string;
}

const CJK = /[\u3400-\u9fff]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  // Chinese characters are letters, but Chinese has no spaces: "淘宝" inside "在淘宝上" is a word.
  return ch !== undefined && WORD_CHAR.test(ch) && !CJK.test(ch);
}

function findAll(text: string, term: string, id: string, hits: Hit[]): void {
  const bounded = !CJK.test(term);
  let from = 0;
  for (;;) {
    const at = text.indexOf(term, from);
    if (at === -1) return;
    const end = at + term.length;
    if (!bounded || (!isWordChar(text[at - 1]) && !isWordChar(text[end]))) {
      hits.push({ start: at, end, id });
    }
    from = at + 1;
  }
}

/** Entity hits in one zone: leftmost-longest, so "微信支付" is WeChat Pay and not also WeChat. */
function zoneHits(raw: string, table: readonly AliasEntry[]): Hit[] {
  // NFKC only, no lower-casing, for exact terms: "SF" must not match "sf" in a URL-ish word.
  const exactText = raw.normalize('NFKC');
  const folded = foldText(raw);
  const hits: Hit[] = [];
  const exactHits: Hit[] = [];
  for (const [id, terms, exact] of table) {
    for (const term of terms) findAll(folded, term, id, hits);
    for (const term of exact) findAll(exactText, term, id, exactHits);
  }
  // Positions in the two texts agree except where lower-casing changed a length (rare letters
  // such as "İ"); an exact acronym hit there may overlap wrongly, which only costs one point.
  const all = hits.concat(exactHits).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  let reach = 0;
  for (const hit of all) {
    if (hit.start >= reach) {
      kept.push(hit);
      reach = hit.end;
    }
  }
  return kept;
}

function addZone(
  scores: Map<string, number>,
  text: string,
  zone: Zone,
  table: readonly AliasEntry[],
) {
  const counts = new Map<string, number>();
  for (const hit of zoneHits(text, table)) counts.set(hit.id, (counts.get(hit.id) ?? 0) + 1);
  for (const [id, count] of counts) {
    scores.set(id, (scores.get(id) ?? 0) + Math.min(count, MAX_HITS_PER_ZONE) * WEIGHT[zone]);
  }
}

export function scoreArticle(article: ArticleText, table: readonly AliasEntry[]): Relevance {
  const title = article.title.slice(0, TITLE_CAP);
  const headings = article.headings.join('\n').slice(0, HEADINGS_CAP);
  const body = article.body.slice(0, BODY_CAP);
  const scores = new Map<string, number>();
  addZone(scores, title, 'title', table);
  addZone(scores, headings, 'heading', table);
  addZone(scores, body.slice(0, LEDE), 'lede', table);
  addZone(scores, body.slice(LEDE), 'body', table);

  const subjects = [...scores]
    .filter(([, score]) => score >= ENTITY_MIN)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = subjects.reduce((sum, [, score]) => sum + score, 0);
  let onTopic = subjects.length >= 2;
  if (subjects.length === 1) {
    const lead = foldText(`${title}\n${headings}\n${body.slice(0, LEDE)}`);
    onTopic = TOPIC.some((word) => lead.includes(word));
  }
  const relevant = total >= ARTICLE_MIN && onTopic;
  return {
    relevant,
    entityIds: relevant ? subjects.slice(0, MAX_ENTITIES).map(([id]) => id) : [],
    scores: Object.fromEntries(scores),
  };
}

/** Never article text: navigation, sidebars, page furniture, and what the reader does not see. */
const SKIP_TAGS = new Set([
  'NAV',
  'ASIDE',
  'FOOTER',
  'HEADER',
  'FORM',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'SELECT',
  'HUTONG-HINT',
]);
const SKIP_ROLES = /^(?:navigation|complementary|banner|contentinfo|search|menu|menubar)$/;
const SKIP_NAMES =
  /related|sidebar|recommend|trending|most-?(?:read|popular)|promo|newsletter|share|comment|breadcrumb/i;
const HEADING = /^H[1-3]$/;
// DOM constants by value, so extraction runs on any Document (a page, happy-dom, a test) without
// relying on that window's globals.
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const TEXT_NODE = 3;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** A list whose items are mostly links ("More stories", "Trending"): not the article. */
function isLinkList(el: Element): boolean {
  const items = el.children.length;
  if (items < 3) return false;
  const text = el.textContent?.length ?? 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += a.textContent?.length ?? 0;
  return linked >= 0.7 * text;
}

function skip(el: Element, root: Element): boolean {
  if (el === root) return false;
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const role = el.getAttribute('role');
  if (role !== null && SKIP_ROLES.test(role)) return true;
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
  if (names.length > 1 && SKIP_NAMES.test(names)) return true;
  const tag = el.tagName.toUpperCase();
  return (tag === 'UL' || tag === 'OL') && isLinkList(el);
}

/**
 * The article's text from a document: the `<article>` (or `<main>`, or the body) without
 * navigation, sidebars and link lists, stopping after BODY_CAP characters.
 */
export function extractArticle(doc: Document): ArticleText {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const headings: string[] = [];
  let body = '';
  if (root !== null) {
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
      acceptNode(node) {
        if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
        const el = node as Element;
        if (skip(el, root)) return FILTER_REJECT;
        if (HEADING.test(el.tagName.toUpperCase())) {
          headings.push(el.textContent ?? '');
          return FILTER_REJECT;
        }
        return FILTER_SKIP;
      },
    });
    for (let node = walker.nextNode(); node !== null && body.length < BODY_CAP;) {
      body += `${node.nodeValue ?? ''} `;
      node = walker.nextNode();
    }
  }
  const title = doc.title.trim() || (headings[0] ?? '');
  return { title, headings, body };
}
