/**
 * CSV export (RFC 4180) that is safe to open in a spreadsheet. Page titles are chosen by whoever
 * wrote the page, so a title like `=HYPERLINK(...)` must not become a formula: cells starting with
 * = + - @ tab or CR get a leading apostrophe (the OWASP "CSV injection" advice), and cells with a
 * comma, quote or line break are quoted with inner quotes doubled.
 */
import type { HistoryEntry } from '../utils/storage';

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

/** RFC 4180 parser (the inverse of toCsv, minus the formula apostrophe). */
export function parseCsv(text: string): string[][] {
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

/** One row per entry, times in ISO 8601 UTC, entity ids separated by spaces. */
export function historyToCsv(entries: readonly HistoryEntry[]): string {
  return toCsv([
    [...HISTORY_CSV_HEADER],
    ...entries.map((e) => [
      new Date(e.time).toISOString(),
      e.title,
      e.url,
      e.site,
      e.entities.join(' '),
    ]),
  ]);
}
