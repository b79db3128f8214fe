import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BOM,
  escapeCell,
  historyToCsv,
  localTimestamp,
  parseCsv,
  toCsv,
} from '../../../../lib/history/csv';

const FORMULA_LEAD = /^[=+\-@\t\r]/;

describe('escapeCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=1+1', "'=1+1"],
    ['+86 10 1234', "'+86 10 1234"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['淘宝 – 顺丰', '淘宝 – 顺丰'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(escapeCell(input)).toBe(output);
  });
});

describe('toCsv', () => {
  const cell = fc.string({
    unit: fc.constantFrom('a', '=', '+', '-', '@', '\t', '\r', '\n', ',', '"', "'", ' ', '中'),
  });
  const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), {
    minLength: 1,
    maxLength: 5,
  });

  it('parses back to the cells (formula-leading cells with their apostrophe)', () => {
    fc.assert(
      fc.property(rows, (input) => {
        const parsed = parseCsv(toCsv(input));
        expect(parsed).toEqual(
          input.map((row) => row.map((c) => (FORMULA_LEAD.test(c) ? `'${c}` : c))),
        );
      }),
    );
  });

  it('never lets a cell start with a formula character', () => {
    fc.assert(
      fc.property(rows, fc.string({ unit: 'grapheme' }), (input, extra) => {
        for (const row of parseCsv(toCsv([...input, [extra]]))) {
          for (const c of row) expect(FORMULA_LEAD.test(c)).toBe(false);
        }
      }),
    );
  });
});

describe('localTimestamp', () => {
  const t = Date.UTC(2026, 10, 30, 13, 32, 5);
  it.each([
    [480, '2026-11-30 21:32:05 +08:00'], // Beijing
    [0, '2026-11-30 13:32:05 +00:00'], // London in winter
    [-300, '2026-11-30 08:32:05 -05:00'], // New York in winter
    [330, '2026-11-30 19:02:05 +05:30'], // India
    [-570, '2026-11-30 04:02:05 -09:30'], // Marquesas
    [780, '2026-12-01 02:32:05 +13:00'], // Auckland in summer: already tomorrow
  ])('offset %i → %s', (offset, text) => {
    expect(localTimestamp(t, offset)).toBe(text);
  });

  it('uses the system offset at that moment by default', () => {
    const offset = -new Date(t).getTimezoneOffset();
    expect(localTimestamp(t)).toBe(localTimestamp(t, offset));
  });
});

it('historyToCsv starts with a UTF-8 BOM, so Excel on Chinese Windows reads Chinese titles', () => {
  const csv = historyToCsv([
    {
      id: '1',
      url: 'https://www.taobao.com/',
      title: '淘宝网',
      site: 'taobao.com',
      entities: [],
      time: 0,
    },
  ]);
  expect(csv.startsWith(BOM)).toBe(true);
  expect(csv.startsWith(`${BOM}time,title,url,site,entities\r\n`)).toBe(true);
  expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(parseCsv(csv)[1]?.[1]).toBe('淘宝网');
});

it('historyToCsv writes a header and one row per entry, in local time with its offset', () => {
  const csv = historyToCsv(
    [
      {
        id: '1',
        url: 'https://item.jd.com/1.html',
        title: '=cmd|" /C calc"!A0, "phone"',
        site: 'jd.com',
        entities: ['jd', 'jd-logistics'],
        time: Date.UTC(2026, 10, 22, 8, 30),
      },
    ],
    () => 480,
  );
  expect(parseCsv(csv)).toEqual([
    ['time', 'title', 'url', 'site', 'entities'],
    [
      '2026-11-22 16:30:00 +08:00',
      `'=cmd|" /C calc"!A0, "phone"`,
      'https://item.jd.com/1.html',
      'jd.com',
      'jd jd-logistics',
    ],
  ]);
});
