/**
 * Bilingual search over the knowledge base's events and entities, run on every keystroke in the
 * side panel (budget: 5 ms a keystroke, measured by bench/kb.bench.ts).
 *
 * All text is folded once when the index is built (lib/kb/normalize.ts, then Traditional to
 * Simplified) and each document's fields are laid end to end in one string, so a query term costs
 * one `indexOf` per document plus one per field that holds it; only fields that hold every term
 * are scored further.
 */
import { searchTerms, startsWord, endsWord, wordMatch } from './searchText';
import { entityDoc, eventDoc, SQUEEZE, type Doc, type Field, type FieldKind } from './searchDocs';
import type { Entity, Event } from '../../data/schema';

export interface SearchHit {
  kind: 'event' | 'entity';
  id: string;
  score: number;
  /** Where the best match is: "name.en", "aliases", "title.zh", "summary.en", "claims.zh", … */
  field: string;
}

export interface SearchOptions {
  /** Most hits returned; 50 unless given. */
  limit?: number;
}

export interface SearchIndex {
  search(query: string, opts?: SearchOptions): SearchHit[];
}

/**
 * Scores of a match of the whole query by field kind. The order is the ranking the side panel
 * promises: an entity named exactly, then name prefixes, then event titles, then aliases, then
 * running text. Gaps are at least 20 so the field-count bonus (at most 18) only breaks ties.
 */
const TIERS: Record<FieldKind, { exact: number; prefix: number; substring: number }> = {
  name: { exact: 1000, prefix: 800, substring: 650 },
  alias: { exact: 950, prefix: 600, substring: 400 },
  title: { exact: 580, prefix: 540, substring: 500 },
  summary: { exact: 200, prefix: 200, substring: 200 },
  claim: { exact: 150, prefix: 150, substring: 150 },
  role: { exact: 100, prefix: 100, substring: 100 },
  // A year typed as a query ("2017") finds that year's events, but only as a prefix of the date:
  // "06" must not find every June.
  date: { exact: 300, prefix: 250, substring: 250 },
};
const FIELD_BONUS = 2;
const MAX_FIELD_BONUS = 18;
/** Squeezed spellings ("hivebox" for "Hive Box", "sfexpress" for "SF-Express") rank just below. */
const COMPACT_PENALTY = 10;
/**
 * A phrase that ends inside a word ("wechat pa" while typing, "pay" in "payment") ranks below
 * the same phrase as whole words, and above the terms found apart.
 */
const PARTIAL_WORD_PENALTY = 8;
/** Terms beyond this many are ignored; each term is one bit of a field's match mask. */
const MAX_TERMS = 30;

interface Query {
  terms: string[];
  phrase: string;
  compactPhrase: string;
  /** A mask with one bit per term: a field holding every term has this mask. */
  all: number;
}

/** Score of the whole query against a field known to hold every term. */
function phraseScore(f: Field, q: Query): number {
  const tier = TIERS[f.kind];
  if (f.text === q.phrase) return tier.exact;
  if (f.text.startsWith(q.phrase)) {
    if (endsWord(f.text, 0, q.phrase)) return tier.prefix;
    // A name being typed ("wech") is still that name's prefix; in running text a phrase that
    // stops inside a word ("WeChat payment" for "wechat pay") ranks as a partial match below.
    if (f.kind === 'name' || f.kind === 'alias') return tier.prefix - PARTIAL_WORD_PENALTY;
  }
  if (f.kind === 'name' || f.kind === 'alias') {
    const compact = f.compact ?? f.text;
    if (compact === q.compactPhrase) return tier.exact - COMPACT_PENALTY;
    if (compact.startsWith(q.compactPhrase)) return tier.prefix - COMPACT_PENALTY;
  }
  const phrase = wordMatch(f.text, q.phrase);
  if (phrase === 2) return tier.substring;
  if (phrase === 1) return tier.substring - PARTIAL_WORD_PENALTY;
  // Every term, in another order or apart ("pay wechat"): a little less than the phrase itself.
  return Math.round(tier.substring * 0.9);
}

/** Scratch space for one document's per-field term masks, reused so scoring allocates nothing. */
let masks = new Int32Array(64);

function scoreDoc(d: Doc, q: Query): { score: number; field: string; cover: number } | undefined {
  const nFields = d.fields.length;
  if (masks.length < nFields) masks = new Int32Array(nFields * 2);
  masks.fill(0, 0, nFields);
  for (let t = 0; t < q.terms.length; t++) {
    const term = q.terms[t] ?? '';
    const bit = 1 << t;
    let found = false;
    let seg = 0;
    for (let at = d.blob.indexOf(term); at !== -1;) {
      while ((d.segEnd[seg] ?? Infinity) <= at) seg++;
      const f = d.segField[seg] ?? 0;
      const start = d.segStart[seg] ?? 0;
      if ((d.fields[f]?.kind === 'date' && at !== start) || !startsWord(d.blob, at, term)) {
        at = d.blob.indexOf(term, at + 1);
        continue;
      }
      masks[f] = (masks[f] ?? 0) | bit;
      found = true;
      // One hit per segment is enough: the question is which fields hold the term, not how often.
      at = d.blob.indexOf(term, d.segEnd[seg] ?? d.blob.length);
    }
    if (!found) return undefined;
  }

  let best = 0;
  let bestField = '';
  let cover = 0;
  let groups = 0;
  for (let i = 0; i < nFields; i++) {
    const mask = masks[i] ?? 0;
    const f = d.fields[i];
    if (mask === 0 || f === undefined) continue;
    groups |= 1 << f.group;
    if (mask !== q.all) continue;
    const s = phraseScore(f, q);
    const c = q.phrase.length / f.text.length;
    if (s > best || (s === best && c > cover)) {
      best = s;
      bestField = f.name;
      cover = c;
    }
  }
  if (best === 0) {
    // No field holds every term: the weakest term's best field decides, at half its worth.
    best = Infinity;
    for (let t = 0; t < q.terms.length; t++) {
      let termBest = 0;
      let termField = '';
      for (let i = 0; i < nFields; i++) {
        const f = d.fields[i];
        if (f && (masks[i] ?? 0) & (1 << t) && TIERS[f.kind].substring > termBest) {
          termBest = TIERS[f.kind].substring;
          termField = f.name;
        }
      }
      if (termBest < best) {
        best = termBest;
        bestField = termField;
      }
    }
    best = Math.round(best * 0.5);
  }
  let bonus = 0;
  for (; groups !== 0; groups &= groups - 1) bonus += FIELD_BONUS;
  return { score: best + Math.min(MAX_FIELD_BONUS, bonus), field: bestField, cover };
}

/**
 * `cover`: how much of its best field the query covers. Between equal scores the hit whose field
 * is mostly the query comes first ("淘宝官宣支持微信支付" before a long title that also mentions
 * 微信支付 among other news), as a reader would rank them.
 */
type RankedHit = SearchHit & { date: string; cover: number };

function compareHits(a: RankedHit, b: RankedHit): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.cover !== b.cover) return b.cover - a.cover;
  if (a.kind !== b.kind) return a.kind === 'entity' ? -1 : 1;
  // Equal events follow the timeline, which is how the side panel lists them everywhere else.
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Inserts into a sorted list of at most `limit` hits, dropping whatever falls off the end. */
function keepTop(top: RankedHit[], hit: RankedHit, limit: number): void {
  const last = top[top.length - 1];
  if (top.length >= limit && (last === undefined || compareHits(hit, last) >= 0)) return;
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const other = top[mid];
    if (other !== undefined && compareHits(other, hit) <= 0) lo = mid + 1;
    else hi = mid;
  }
  top.splice(lo, 0, hit);
  if (top.length > limit) top.pop();
}

export function createSearchIndex(kb: {
  entities: readonly Entity[];
  events: readonly Event[];
}): SearchIndex {
  const docs: Doc[] = [...kb.entities.map(entityDoc), ...kb.events.map(eventDoc)];
  // Typing extends the previous query, and a document lacking a shorter term cannot hold a longer
  // one, so each keystroke only rescans the documents the previous keystroke matched.
  let last: { phrase: string; matched: Doc[] } | undefined;

  return {
    search(query, opts = {}) {
      const terms = searchTerms(query).slice(0, MAX_TERMS);
      const limit = opts.limit ?? 50;
      if (terms.length === 0 || limit <= 0) return [];
      const phrase = terms.join(' ');
      const q: Query = {
        terms,
        phrase,
        compactPhrase: phrase.replace(SQUEEZE, ''),
        all: (1 << terms.length) - 1,
      };
      const pool = last && phrase.startsWith(last.phrase) ? last.matched : docs;
      const matched: Doc[] = [];
      const top: RankedHit[] = [];
      for (const d of pool) {
        const scored = scoreDoc(d, q);
        if (!scored) continue;
        matched.push(d);
        keepTop(top, { kind: d.kind, id: d.id, date: d.date, ...scored }, limit);
      }
      last = { phrase, matched };
      return top.map(({ kind, id, score, field: f }) => ({ kind, id, score, field: f }));
    },
  };
}
