/**
 * History as pure functions over arrays: recording a visit (dedupe + cap), the filters and the
 * day grouping the history view shows. The background (lib/history/background.ts) is the only
 * writer and calls `recordVisit`; the popup only reads. Clock and time zone come in as parameters
 * so tests can pin them.
 */
import type { HistoryChunkRef, HistoryEntry, HistoryIndex } from '../platform/storage/history';

/** A reload, or a hop back to the same page, within this window is the same visit. */
export const DEDUPE_WINDOW_MS = 5 * 60 * 1000;

export interface Visit {
  url: string;
  title: string;
  site: string;
  entities: string[];
}

/**
 * The entry a new visit to `url` replaces: the newest entry for that URL, if it is inside the
 * dedupe window. Only the newest entry for a URL can be inside the window, so the search runs
 * from the end and stops at the first match.
 */
function duplicateOf(
  history: readonly HistoryEntry[],
  url: string,
  now: number,
): HistoryEntry | 'none' | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i];
    if (entry && entry.url === url) {
      return now - entry.time < DEDUPE_WINDOW_MS && now >= entry.time ? entry : 'none';
    }
  }
  return undefined;
}

function entryOf(visit: Visit, now: number, id: string): HistoryEntry {
  return {
    id,
    url: visit.url,
    title: visit.title,
    site: visit.site,
    entities: [...visit.entities],
    time: now,
  };
}

/**
 * Adds a visit to `history` (oldest first, newest last). The same URL seen within the dedupe
 * window is one entry: it moves to the end with the new time and title. The result never holds
 * more than `cap` entries; the oldest go first.
 */
export function recordVisit(
  history: readonly HistoryEntry[],
  visit: Visit,
  now: number,
  cap: number,
  makeId: () => string,
): HistoryEntry[] {
  const found = duplicateOf(history, visit.url, now);
  const previous = typeof found === 'object' ? found : undefined;
  const rest = previous ? history.filter((entry) => entry !== previous) : [...history];
  rest.push(entryOf(visit, now, previous?.id ?? makeId()));
  return capHistory(rest, cap);
}

/** Keeps the newest `cap` entries. */
export function capHistory(history: HistoryEntry[], cap: number): HistoryEntry[] {
  const limit = Math.max(0, Math.floor(cap));
  return history.length > limit ? history.slice(history.length - limit) : history;
}

export function removeEntry(history: readonly HistoryEntry[], id: string): HistoryEntry[] {
  return history.filter((entry) => entry.id !== id);
}

/**
 * A change to chunked history (see HistoryIndex in lib/platform/storage/history.ts), worked out in memory
 * before anything is written: the new index, the chunks to write whole, the chunks to remove.
 */
export interface ChunkPlan {
  index: HistoryIndex;
  write: Map<number, HistoryEntry[]>;
  remove: number[];
}

function withSizes(
  index: HistoryIndex,
  write: ReadonlyMap<number, readonly HistoryEntry[]>,
): { refs: HistoryChunkRef[]; emptied: number[] } {
  const refs: HistoryChunkRef[] = [];
  const emptied: number[] = [];
  for (const ref of index.chunks) {
    const size = write.get(ref.id)?.length ?? ref.size;
    if (size === 0) emptied.push(ref.id);
    else refs.push({ id: ref.id, size });
  }
  return { refs, emptied };
}

/**
 * Records a visit. `tail` holds the entries of the newest chunks (at least the newest one): a
 * duplicate inside the five-minute window can only be among the newest entries. A full newest
 * chunk starts a new one.
 */
export function planVisit(
  index: HistoryIndex,
  tail: ReadonlyMap<number, readonly HistoryEntry[]>,
  visit: Visit,
  now: number,
  makeId: () => string,
  chunkSize: number,
): ChunkPlan {
  const write = new Map<number, HistoryEntry[]>();
  let previous: HistoryEntry | undefined;
  for (let i = index.chunks.length - 1; i >= 0 && previous === undefined; i--) {
    const ref = index.chunks[i];
    const entries = ref && tail.get(ref.id);
    if (!ref || !entries) break;
    const found = duplicateOf(entries, visit.url, now);
    if (found === undefined) continue;
    if (found === 'none') break;
    previous = found;
    write.set(
      ref.id,
      entries.filter((entry) => entry !== found),
    );
  }
  const entry = entryOf(visit, now, previous?.id ?? makeId());
  const newest = index.chunks[index.chunks.length - 1];
  const newestEntries = newest && (write.get(newest.id) ?? tail.get(newest.id));
  let next = index.next;
  let chunks = index.chunks;
  if (newest && newestEntries && newestEntries.length < chunkSize) {
    write.set(newest.id, [...newestEntries, entry]);
  } else {
    write.set(next, [entry]);
    chunks = [...chunks, { id: next, size: 1 }];
    next += 1;
  }
  const { refs, emptied } = withSizes({ ...index, chunks }, write);
  for (const id of emptied) write.delete(id);
  return { index: { ...index, chunks: refs, next }, write, remove: emptied };
}

/**
 * Enforces the cap: whole oldest chunks are dropped while the rest still holds `cap` entries;
 * `trim` then says how many entries to cut from the front of the (new) oldest chunk.
 */
export function planCap(
  index: HistoryIndex,
  cap: number,
): { index: HistoryIndex; remove: number[]; trim?: { id: number; drop: number } } {
  const limit = Math.max(0, Math.floor(cap));
  let total = index.chunks.reduce((sum, ref) => sum + ref.size, 0);
  const chunks = [...index.chunks];
  const remove: number[] = [];
  for (let oldest = chunks[0]; oldest && total - oldest.size >= limit; oldest = chunks[0]) {
    chunks.shift();
    remove.push(oldest.id);
    total -= oldest.size;
  }
  const oldest = chunks[0];
  const excess = total - limit;
  if (!oldest || excess <= 0) return { index: { ...index, chunks }, remove };
  chunks[0] = { id: oldest.id, size: oldest.size - excess };
  return { index: { ...index, chunks }, remove, trim: { id: oldest.id, drop: excess } };
}

/** Splits a full list (oldest first) into chunks: the v1 migration and the index rebuild. */
export function toChunks(
  entries: readonly HistoryEntry[],
  chunkSize: number,
  firstId = 0,
): ChunkPlan {
  const write = new Map<number, HistoryEntry[]>();
  const chunks: HistoryChunkRef[] = [];
  let id = firstId;
  for (let start = 0; start < entries.length; start += chunkSize, id++) {
    const slice = entries.slice(start, start + chunkSize);
    write.set(id, slice);
    chunks.push({ id, size: slice.length });
  }
  return { index: { version: 2, chunks, next: id }, write, remove: [] };
}

export interface HistoryFilter {
  /** Matched case-insensitively against title, URL and site. */
  text?: string;
  site?: string;
  entity?: string;
}

/** Entries matching every given filter, newest first. */
export function filterHistory(
  history: readonly HistoryEntry[],
  filter: HistoryFilter,
): HistoryEntry[] {
  const text = filter.text?.trim().toLowerCase() ?? '';
  const out: HistoryEntry[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i];
    if (!entry) continue;
    if (filter.site && entry.site !== filter.site) continue;
    if (filter.entity && !entry.entities.includes(filter.entity)) continue;
    if (
      text &&
      !entry.title.toLowerCase().includes(text) &&
      !entry.url.toLowerCase().includes(text) &&
      !entry.site.includes(text)
    )
      continue;
    out.push(entry);
  }
  // Stored order is append order; a clock set back could break time order, so sort to be sure.
  return out.sort((a, b) => b.time - a.time);
}

/** Local calendar day "YYYY-MM-DD" of an instant, at the given UTC offset (minutes east). */
export function dayKey(time: number, offsetMinutes = -new Date(time).getTimezoneOffset()): string {
  const local = new Date(time + offsetMinutes * 60_000);
  const y = local.getUTCFullYear();
  const m = String(local.getUTCMonth() + 1).padStart(2, '0');
  const d = String(local.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** One row of the windowed history list: a day heading or an entry. */
export type HistoryRow = { kind: 'day'; day: string } | { kind: 'entry'; entry: HistoryEntry };

/** Newest-first entries as rows, with a heading before each day's first entry. */
export function toRows(
  newestFirst: readonly HistoryEntry[],
  keyOf: (time: number) => string = (time) => dayKey(time),
): HistoryRow[] {
  const rows: HistoryRow[] = [];
  let current: string | undefined;
  for (const entry of newestFirst) {
    const day = keyOf(entry.time);
    if (day !== current) {
      rows.push({ kind: 'day', day });
      current = day;
    }
    rows.push({ kind: 'entry', entry });
  }
  return rows;
}

/** Distinct values for the site and entity filters, most frequent first. */
export function facets(history: readonly HistoryEntry[]): { sites: string[]; entities: string[] } {
  const sites = new Map<string, number>();
  const entities = new Map<string, number>();
  for (const entry of history) {
    sites.set(entry.site, (sites.get(entry.site) ?? 0) + 1);
    for (const id of entry.entities) entities.set(id, (entities.get(id) ?? 0) + 1);
  }
  const order = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
  return { sites: order(sites), entities: order(entities) };
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** "5 minutes ago" / "5分钟前"; under a minute is "now". */
export function relativeTime(time: number, now: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const diff = time - now;
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'second');
}

/** The exact local date and time, for the `title` and the focus tooltip. */
export function exactTime(time: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(time);
}

/** A day heading: "Today", "Yesterday" or the date. */
export function dayLabel(
  day: string,
  now: number,
  locale: string,
  words: { today: string; yesterday: string },
): string {
  if (day === dayKey(now)) return words.today;
  if (day === dayKey(now - 24 * 3600_000)) return words.yesterday;
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}
