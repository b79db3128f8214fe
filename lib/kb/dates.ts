/**
 * Dates of the knowledge base shown at exactly the precision they were reported at (docs/
 * KNOWLEDGE-BASE.md, "Dates keep their precision"): "2017" is never shown as 1 January 2017.
 *
 * Formatting works on the parsed parts rather than through Date and Intl: a Date is an instant,
 * and formatting it in a time zone west of UTC would move "2017-06-01" to 31 May.
 */
import type { DateSpan } from '../../data/schema';

export type Lang = 'en' | 'zh' | 'zh-Hant';
export type Precision = 'year' | 'month' | 'day';

interface Parts {
  year: number;
  month?: number;
  day?: number;
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so no local offset applies.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parse(s: string): Parts | undefined {
  const m = SHAPE.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for "2017", "2017-06" and real calendar days ("2024-02-29", not "2023-02-29"). */
export function isValidPartialDate(s: string): boolean {
  return parse(s) !== undefined;
}

/** The precision a date's shape implies. Assumes the shape is valid (the schema enforces it). */
export function precisionOf(s: string): Precision {
  return s.length === 4 ? 'year' : s.length === 7 ? 'month' : 'day';
}

function monthName(month: number, short = false): string {
  const name = MONTHS_EN[month - 1] ?? String(month);
  return short ? name.slice(0, 3) : name;
}

function en(p: Parts, show: { year: boolean; month: boolean; short?: boolean }): string {
  const out: string[] = [];
  if (p.day !== undefined) out.push(String(p.day));
  if (p.month !== undefined && show.month) out.push(monthName(p.month, show.short));
  if (show.year) out.push(String(p.year));
  return out.join(' ');
}

function zh(p: Parts, show: { year: boolean; month: boolean }): string {
  let out = show.year ? `${p.year}年` : '';
  if (p.month !== undefined && show.month) out += `${p.month}月`;
  if (p.day !== undefined) out += `${p.day}日`;
  return out;
}

const ALL = { year: true, month: true };

/** "2024-09-27" → "27 September 2024" / "2024年9月27日"; unparsable input is returned as it is. */
export function formatPartialDate(s: string, lang: Lang): string {
  const p = parse(s);
  if (!p) return s;
  return lang === 'en' ? en(p, ALL) : zh(p, ALL);
}

/**
 * The compact form for status chips: "2024-09-27" → "27 Sep 2024", "2025-01" → "Jan 2025";
 * Chinese has no shorter form ("2024年9月27日"). Precision is kept as in formatPartialDate.
 */
export function formatPartialDateShort(s: string, lang: Lang): string {
  const p = parse(s);
  if (!p) return s;
  return lang === 'en' ? en(p, { ...ALL, short: true }) : zh(p, ALL);
}

/** The last calendar day a valid partial date covers ("2024-10" → "2024-10-31"), for comparing. */
export function lastDayOf(s: string): string {
  const p = parse(s);
  if (!p) return s;
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = p.month ?? 12;
  const day = p.day ?? daysInMonth(p.year, month);
  return `${p.year}-${pad(month)}-${pad(day)}`;
}

function formatRange(a: Parts, b: Parts, lang: Lang): string {
  // Collapse what both ends share, but only between ends of the same precision: "2017 – March
  // 2017" would read as a mistake, so mixed precisions are written out in full.
  const samePrecision =
    (a.month === undefined) === (b.month === undefined) &&
    (a.day === undefined) === (b.day === undefined);
  const sameYear = samePrecision && a.month !== undefined && a.year === b.year;
  const sameMonth = sameYear && a.day !== undefined && a.month === b.month;
  if (lang === 'en') {
    // English drops shared parts from the start: "1 – 5 June 2017", "March – May 2017".
    const start = en(a, { year: !sameYear, month: !sameMonth });
    return `${start} – ${en(b, ALL)}`;
  }
  // Chinese drops them from the end: "2017年6月1日至5日", "2017年3月至5月".
  return `${zh(a, ALL)}至${zh(b, { year: !sameYear, month: !sameMonth })}`;
}

/**
 * A span at its precision, a range when it has a distinct `end`, and the reported time of day
 * after the start: "1 June 2017, 00:00" / "2017年6月1日 00:00".
 */
export function formatDateSpan(span: DateSpan, lang: Lang): string {
  const a = parse(span.start);
  const b = span.end === undefined || span.end === span.start ? undefined : parse(span.end);
  if (!a) return span.end ? `${span.start} – ${span.end}` : span.start;
  if (span.time !== undefined) {
    // The time belongs to the start, so the start is written in full next to it.
    const start = lang === 'en' ? `${en(a, ALL)}, ${span.time}` : `${zh(a, ALL)} ${span.time}`;
    if (!b) return start;
    return lang === 'en' ? `${start} – ${en(b, ALL)}` : `${start}至${zh(b, ALL)}`;
  }
  if (!b) return lang === 'en' ? en(a, ALL) : zh(a, ALL);
  return formatRange(a, b, lang);
}

/**
 * Orders spans by start, then end; a plain string compare, so at the same prefix the coarser date
 * comes first ("2017" < "2017-06" < "2017-06-01") and a span without an end before one with.
 */
export function compareDateSpans(a: DateSpan, b: DateSpan): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  const ae = a.end ?? '';
  const be = b.end ?? '';
  return ae < be ? -1 : ae > be ? 1 : 0;
}

/**
 * The value for <time datetime>: the start date as it is ("2017", "2017-06" and "2017-06-01" are
 * all valid there), with the time only when both a day and a time are known ("2017-06-01T00:00"),
 * since HTML has no form for a month plus a time. HTML has no form for a range either.
 */
export function machineDate(span: DateSpan): string {
  if (span.time !== undefined && precisionOf(span.start) === 'day') {
    return `${span.start}T${span.time}`;
  }
  return span.start;
}

interface Ordered {
  id: string;
  date: DateSpan;
  /** An event this one is reported to have come after, although their dates overlap. */
  after?: string;
}

/**
 * Events in timeline order: by start date (a coarser date first, as in compareDateSpans), except
 * that an event reported to follow another (`after`) comes after it even where its own date would
 * sort earlier: "late October 2024" after "16 October 2024", a late-evening statement after the
 * cut it answered. Ties go by id. The data files are kept in exactly this order.
 */
export function orderEvents<T extends Ordered>(items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const keys = new Map<string, { start: string; depth: number }>();
  const keyOf = (item: T, seen: Set<string>): { start: string; depth: number } => {
    const known = keys.get(item.id);
    if (known) return known;
    const before = item.after === undefined ? undefined : byId.get(item.after);
    let key = { start: item.date.start, depth: 0 };
    if (before && !seen.has(before.id)) {
      const k = keyOf(before, new Set(seen).add(item.id));
      key = { start: k.start > item.date.start ? k.start : item.date.start, depth: k.depth + 1 };
    }
    keys.set(item.id, key);
    return key;
  };
  const key = (item: T) => keyOf(item, new Set([item.id]));
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka.start !== kb.start) return ka.start < kb.start ? -1 : 1;
    if (ka.depth !== kb.depth) return ka.depth - kb.depth;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
