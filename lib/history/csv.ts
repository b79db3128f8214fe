/**
 * CSV export (RFC 4180) that is safe to open in a spreadsheet. Page titles are chosen by whoever
 * wrote the page, so a title like `=HYPERLINK(...)` must not become a formula: cells starting with
 * = + - @ tab or CR get a leading apostrophe (the OWASP "CSV injection" advice), and cells with a
 * comma, quote or line break are quoted with inner quotes doubled.
 */
import type { HistoryEntry } from '../platform/storage/history';

const FORMULA_LEAD = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function escapeCell(value: string): string {
  const safe = FORMULA_LEAD.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows joined with CRLF, as RFC 4180 and spreadsheet programs expect. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(escapeCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The UTF-8 byte order mark. Excel reads a CSV file without it in the system's ANSI code page
 * (GBK on Chinese Windows), which garbles every Chinese title; with it, Excel reads UTF-8.
 */
export const BOM = '\uFEFF';

/** RFC 4180 parser (the inverse of toCsv, minus the formula apostrophe); skips a leading BOM. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(BOM) ? input.slice(BOM.length) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        cell += c;
      }
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export const HISTORY_CSV_HEADER = ['time', 'title', 'url', 'site', 'entities'] as const;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The wall-clock time where the user is, with its offset from UTC: "2026-11-30 21:32:05 +08:00".
 * Spreadsheets read the date and time as such; the offset keeps the moment unambiguous.
 * `offsetMinutes` is east of UTC (+480 in Beijing); by default the system's offset at that time.
 */
export function localTimestamp(
  time: number,
  offsetMinutes = -new Date(time).getTimezoneOffset(),
): string {
  // The UTC fields of the shifted moment are the local fields of the original one.
  const d = new Date(time + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * A UTF-8 BOM, then one row per entry: local time with its offset (./localTimestamp), title,
 * address, site, entity ids separated by spaces. `offsetMinutes` is for tests (see localTimestamp).
 */
export function historyToCsv(
  entries: readonly HistoryEntry[],
  offsetMinutes?: (time: number) => number,
): string {
  return (
    BOM +
    toCsv([
      [...HISTORY_CSV_HEADER],
      ...entries.map((e) => [
        localTimestamp(e.time, offsetMinutes?.(e.time)),
        e.title,
        e.url,
        e.site,
        e.entities.join(' '),
      ]),
    ])
  );
}
