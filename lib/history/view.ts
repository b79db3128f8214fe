/**
 * What the history view shows: the filters, the rows grouped by local day, the facets, and the
 * times in words. Pure functions; clock and time zone come in as parameters so tests can pin them.
 */
import type { HistoryEntry } from '../platform/storage/history';

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
