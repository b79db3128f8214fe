import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeCell, historyToCsv, parseCsv, toCsv } from '../../lib/csv';

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

it('historyToCsv writes a header and one row per entry', () => {
  const csv = historyToCsv([
    {
      id: '1',
      url: 'https://item.jd.com/1.html',
      title: '=cmd|" /C calc"!A0, "phone"',
      site: 'jd.com',
      entities: ['jd', 'jd-logistics'],
      time: Date.UTC(2026, 10, 22, 8, 30),
    },
  ]);
  expect(parseCsv(csv)).toEqual([
    ['time', 'title', 'url', 'site', 'entities'],
    [
      '2026-11-22T08:30:00.000Z',
      `'=cmd|" /C calc"!A0, "phone"`,
      'https://item.jd.com/1.html',
      'jd.com',
      'jd jd-logistics',
    ],
  ]);
});
