/**
 * Is a news article really about the subject? Finds knowledge-base entity names and aliases
 * (English and Chinese) in the article's title, headings and body text, weighted by where they
 * occur, so that a passing mention (or a sidebar the extractor missed) stays under the threshold.
 *
 * Runs in content scripts on news sites, so it takes the compact alias table
 * (data/generated/aliases.json, written by scripts/gen-aliases.ts) rather than the knowledge base,
 * and works on a bounded amount of text: an article's subject is in its title, headings and first
 * few thousand words, and reading no further keeps a 1 MB page within the 5 ms budget.
 */
import { foldText } from './normalize';

/**
 * [entity id, folded terms matched case-insensitively, terms matched exactly (short acronyms),
 * the entity's group: the top of its parent chain, so a company, its products and subsidiaries are
 * one subject].
 */
export type AliasEntry = [id: string, terms: string[], exact: string[], group: string];

/**
 * The entity group that publishes the page at `host`, from the generated [domain, group] list
 * (scripts/gen-aliases.ts), or undefined for outlets no company in the story owns.
 */
export function publisherOf(
  host: string,
  publishers: readonly (readonly [string, string])[],
): string | undefined {
  const name = host.toLowerCase();
  return publishers.find(([domain]) => name === domain || name.endsWith(`.${domain}`))?.[1];
}

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
 * Words that name the story itself: the walls between platforms and their opening, link blocking,
 * the 2017 data dispute, exclusive dealing. One of these in the title, headings or lede, with one
 * subject, makes an article about the story ("WeChat chops link-blocking at regulators' request").
 * Matched on folded (lower-case) text.
 */
export const STORY =
  /interconnect|interoperab|walled[- ]gardens?|links?[- ]blocking|block(?:s|ed|ing)? (?:\S+ ){0,3}links|unblock|tear(?:s|ing)? down (?:\S+ ){0,2}walls|data (?:dispute|spat|row|feud|war)|data[- ]sharing|shar(?:e|es|ed|ing) (?:\S+ ){0,2}data|choose one (?:from|of) two|互联互通|互通|屏蔽|封杀|外链|围墙|壁垒|二选一|数据之争|数据接口|数据共享/u;

/**
 * Words that make two or more subjects a crossing between them (one platform's payments or
 * deliveries on another's, a dispute, a fine). With one subject they say nothing about the story:
 * "Tencent's payment revenue grew" is company news.
 */
const CROSSING =
  /\b(?:payments?|pay|logistics|parcels?|couriers?|deliver(?:y|ies)|tracking|disputes?|spat|feud|row|block(?:s|ed|ing)?|walls?|antitrust|monopol\w*|fined?|fines|accept(?:s|ed|ing)?|interfaces?|open(?:s|ed|ing)? (?:up|to))\b|支付|付款|物流|快递|包裹|接入|接口|链接|开放|打通|反垄断|垄断|罚/u;

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

/**
 * Scores an article. `publisher` is the entity group of the outlet itself when the outlet belongs
 * to a company in the story (Tencent News, news.qq.com, is Tencent's): its names are on every page
 * there, so that group counts only where the article names it (title and headings), never from
 * the body, where bylines, "腾讯科技讯" datelines and share buttons carry it.
 */
export function scoreArticle(
  article: ArticleText,
  table: readonly AliasEntry[],
  publisher?: string,
): Relevance {
  const title = article.title.slice(0, TITLE_CAP);
  const headings = article.headings.join('\n').slice(0, HEADINGS_CAP);
  const body = article.body.slice(0, BODY_CAP);
  const scores = new Map<string, number>();
  addZone(scores, title, 'title', table);
  addZone(scores, headings, 'heading', table);
  const groupOf = new Map(table.map(([id, , , group]) => [id, group]));
  const bodyTable =
    publisher === undefined ? table : table.filter(([, , , group]) => group !== publisher);
  addZone(scores, body.slice(0, LEDE), 'lede', bodyTable);
  addZone(scores, body.slice(LEDE), 'body', bodyTable);

  // A company with its products, parent and subsidiaries is one subject: Tencent, WeChat and
  // WeChat Pay in one article are one company's news, not a crossing between two.
  const groups = new Map<string, number>();
  for (const [id, score] of scores) {
    const group = groupOf.get(id) ?? id;
    groups.set(group, (groups.get(group) ?? 0) + score);
  }
  const subjects = [...groups].filter(([, score]) => score >= ENTITY_MIN);
  const total = subjects.reduce((sum, [, score]) => sum + score, 0);
  const lead = foldText(`${title}\n${headings}\n${body.slice(0, LEDE)}`);
  // The story, named; or two subjects and something crossing between them.
  const onTopic =
    subjects.length >= 1 && (STORY.test(lead) || (subjects.length >= 2 && CROSSING.test(lead)));
  const relevant = total >= ARTICLE_MIN && onTopic;
  const inSubjects = new Set(subjects.map(([group]) => group));
  const ranked = [...scores]
    .filter(([id, score]) => score >= ENTITY_MIN && inSubjects.has(groupOf.get(id) ?? id))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    relevant,
    entityIds: relevant ? ranked.slice(0, MAX_ENTITIES).map(([id]) => id) : [],
    scores: Object.fromEntries(scores),
  };
}
