/**
 * Which event a news article is about, for the news hint's "Related" line and its "More" (issue 14).
 * Counting shared entities alone, then taking the newest, picked side events: a 2017 article on
 * the postal regulator and the SF–Cainiao data dispute got "SF parcel tracking disappears from
 * Taobao; Alibaba and partners set up Cainiao" (2013).
 *
 * The headline decides between events that share the article's subjects: it is matched against
 * each event's title and summary (English and Chinese), words weighted by how rare they are among
 * the events, so "SF" or "Cainiao" (in a dozen events) count for little and "regulator", "postal",
 * "正式" for much. The headline is the sender tab's title, which the background reads from the
 * browser as it does for history: the article's text still never leaves the page.
 */
import type { Event } from '../../data/schema';
import { foldText } from './normalize';
import { headline } from './headline';

const CJK_RUN = /[\u3400-\u9fff]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
/** Words shorter than this say nothing about an event ("to", "of", "at"). */
const MIN_WORD = 3;
/** English words are compared by their first letters: "postal" meets "post", "fines" "fined". */
const STEM = 4;

/** A text's terms: English word stems and Chinese character pairs, each once. */
export function terms(text: string): Set<string> {
  const folded = foldText(text).replace(/['’]s\b/gu, '');
  const out = new Set<string>();
  for (const run of folded.match(CJK_RUN) ?? []) {
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  for (const word of folded.replace(CJK_RUN, ' ').match(WORD) ?? []) {
    if (word.length >= MIN_WORD) out.add(word.slice(0, STEM));
  }
  return out;
}

interface Indexed {
  event: Event;
  terms: Set<string>;
}

const indexes = new WeakMap<readonly Event[], { events: Indexed[]; idf: Map<string, number> }>();

function index(events: readonly Event[]) {
  let found = indexes.get(events);
  if (found === undefined) {
    const indexed = events.map((event) => ({
      event,
      terms: terms([event.title.en, event.title.zh, event.summary.en, event.summary.zh].join('\n')),
    }));
    const counts = new Map<string, number>();
    for (const { terms: set } of indexed) {
      for (const term of set) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    const idf = new Map(
      [...counts].map(([term, n]) => [term, Math.log((1 + events.length) / n)] as const),
    );
    found = { events: indexed, idf };
    indexes.set(events, found);
  }
  return found;
}

/**
 * The events an article is about, best first: of the events sharing at least one of its entities,
 * those whose text matches the headline best (the share of the headline's rare words they
 * contain, 0 to 1, counted twice) and that share most of the article's entities and have fewest
 * others (0 to 1); then the newest. `entityIds` as the page found them; `title` the tab's title.
 */
export function articleEvents(
  entityIds: readonly string[],
  title: string,
  events: readonly Event[],
): Event[] {
  const wanted = new Set(entityIds);
  const { events: indexed, idf } = index(events);
  const words = [...terms(headline(title))].filter((term) => idf.has(term));
  const total = words.reduce((sum, term) => sum + (idf.get(term) ?? 0), 0);
  return indexed
    .flatMap(({ event, terms: set }) => {
      const shared = event.entities.filter((id) => wanted.has(id)).length;
      if (shared === 0) return [];
      const text =
        total === 0
          ? 0
          : words.reduce((sum, term) => sum + (set.has(term) ? (idf.get(term) ?? 0) : 0), 0) /
            total;
      const entities = (shared / wanted.size + shared / event.entities.length) / 2;
      return [{ event, score: 2 * text + entities }];
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.event.date.start.localeCompare(a.event.date.start) ||
        a.event.id.localeCompare(b.event.id),
    )
    .map(({ event }) => event);
}
