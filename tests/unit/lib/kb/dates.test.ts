import { describe, expect, it } from 'vitest';
import type { DateSpan } from '../../../../data/schema';
import {
  compareDateSpans,
  formatPartialDateShort,
  lastDayOf,
  orderEvents,
  formatDateSpan,
  formatPartialDate,
  isValidPartialDate,
  machineDate,
  precisionOf,
} from '../../../../lib/kb/dates';

describe('formatPartialDate', () => {
  it.each([
    ['2017', '2017', '2017年'],
    ['2024-10', 'October 2024', '2024年10月'],
    ['2024-01', 'January 2024', '2024年1月'],
    ['2024-09-27', '27 September 2024', '2024年9月27日'],
    ['2017-06-01', '1 June 2017', '2017年6月1日'],
    ['2024-02-29', '29 February 2024', '2024年2月29日'],
    ['2021-12-31', '31 December 2021', '2021年12月31日'],
    // Not a date: shown as written rather than hidden or guessed at.
    ['2023-02-29', '2023-02-29', '2023-02-29'],
    ['June 2017', 'June 2017', 'June 2017'],
  ])('%s → %s / %s', (s, en, zh) => {
    expect(formatPartialDate(s, 'en')).toBe(en);
    expect(formatPartialDate(s, 'zh')).toBe(zh);
  });
});

describe('formatDateSpan', () => {
  it.each<[DateSpan, string, string]>([
    [{ start: '2017' }, '2017', '2017年'],
    [{ start: '2017-06-01', time: '00:00' }, '1 June 2017, 00:00', '2017年6月1日 00:00'],
    [{ start: '2017-03', end: '2017-05' }, 'March – May 2017', '2017年3月至5月'],
    [{ start: '2017-06-01', end: '2017-06-05' }, '1 – 5 June 2017', '2017年6月1日至5日'],
    [{ start: '2017-06-28', end: '2017-07-03' }, '28 June – 3 July 2017', '2017年6月28日至7月3日'],
    [{ start: '2021-07', end: '2022-08' }, 'July 2021 – August 2022', '2021年7月至2022年8月'],
    [
      { start: '2021-12-30', end: '2022-01-02' },
      '30 December 2021 – 2 January 2022',
      '2021年12月30日至2022年1月2日',
    ],
    [{ start: '2017', end: '2019' }, '2017 – 2019', '2017年至2019年'],
    // Mixed precision is written out in full: "1 – June 2017" would be nonsense.
    [{ start: '2017-06-01', end: '2017-07' }, '1 June 2017 – July 2017', '2017年6月1日至2017年7月'],
    [{ start: '2017', end: '2017-03' }, '2017 – March 2017', '2017年至2017年3月'],
    // An end equal to the start is no range.
    [{ start: '2017-06', end: '2017-06' }, 'June 2017', '2017年6月'],
    [
      { start: '2017-06-01', end: '2017-06-03', time: '10:30' },
      '1 June 2017, 10:30 – 3 June 2017',
      '2017年6月1日 10:30至2017年6月3日',
    ],
  ])('%o → %s / %s', (span, en, zh) => {
    expect(formatDateSpan(span, 'en')).toBe(en);
    expect(formatDateSpan(span, 'zh')).toBe(zh);
  });

  it('never shifts a day, whatever the time zone', () => {
    // The formatter never builds a Date for display, so no offset can reach it; this pins that.
    const span = { start: '2017-01-01' };
    expect(formatDateSpan(span, 'en')).toBe('1 January 2017');
    expect(formatDateSpan({ start: '2017-12-31' }, 'zh')).toBe('2017年12月31日');
  });
});

describe('precisionOf and isValidPartialDate', () => {
  it.each([
    ['2017', 'year'],
    ['2017-06', 'month'],
    ['2017-06-01', 'day'],
  ])('%s is at %s precision', (s, precision) => {
    expect(precisionOf(s)).toBe(precision);
  });

  it.each([
    ['2017', true],
    ['2017-01', true],
    ['2017-12', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2017-04-30', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2017-04-31', false],
    ['2017-00', false],
    ['2017-13', false],
    ['2017-06-00', false],
    ['2017-06-32', false],
    ['2017-6', false],
    ['2017-06-1', false],
    ['17', false],
    ['2017/06/01', false],
    ['2017-06-01T00:00', false],
    ['', false],
  ])('%s valid: %s', (s, valid) => {
    expect(isValidPartialDate(s)).toBe(valid);
  });
});

describe('compareDateSpans', () => {
  it('sorts by start, coarser before finer at the same prefix, then by end', () => {
    const spans: DateSpan[] = [
      { start: '2017-06-01' },
      { start: '2021-09-17' },
      { start: '2017-06' },
      { start: '2017' },
      { start: '2017-03', end: '2017-05' },
      { start: '2017-03' },
      { start: '2016-12-31' },
    ];
    expect([...spans].sort(compareDateSpans)).toEqual([
      { start: '2016-12-31' },
      { start: '2017' },
      { start: '2017-03' },
      { start: '2017-03', end: '2017-05' },
      { start: '2017-06' },
      { start: '2017-06-01' },
      { start: '2021-09-17' },
    ]);
    expect(compareDateSpans({ start: '2017' }, { start: '2017' })).toBe(0);
  });
});

describe('machineDate', () => {
  it.each<[DateSpan, string]>([
    [{ start: '2017' }, '2017'],
    [{ start: '2017-06' }, '2017-06'],
    [{ start: '2017-06-01' }, '2017-06-01'],
    [{ start: '2017-06-01', time: '00:00' }, '2017-06-01T00:00'],
    [{ start: '2017-06', time: '00:00' }, '2017-06'],
    [{ start: '2017-03', end: '2017-05' }, '2017-03'],
  ])('%o → %s', (span, value) => {
    expect(machineDate(span)).toBe(value);
  });
});

describe('formatPartialDateShort', () => {
  it.each([
    ['2024-09-27', 'en', '27 Sep 2024'],
    ['2025-01', 'en', 'Jan 2025'],
    ['2025', 'en', '2025'],
    ['2024-09-27', 'zh', '2024年9月27日'],
    ['2025-01', 'zh', '2025年1月'],
  ] as const)('%s in %s is %s, at its own precision', (date, lang, text) => {
    expect(formatPartialDateShort(date, lang)).toBe(text);
  });
});

describe('lastDayOf', () => {
  it.each([
    ['2024-10', '2024-10-31'],
    ['2024-02', '2024-02-29'],
    ['2025', '2025-12-31'],
    ['2017-06-01', '2017-06-01'],
  ])('%s ends on %s', (date, last) => {
    expect(lastDayOf(date)).toBe(last);
  });
});

describe('orderEvents', () => {
  const e = (id: string, start: string, after?: string) => ({
    id,
    date: { start },
    ...(after ? { after } : {}),
  });

  it('puts an event after the one it is reported to follow, even where its date sorts earlier', () => {
    const ordered = orderEvents([
      e('late-october', '2024-10', 'mid-october'),
      e('early-october', '2024-10'),
      e('mid-october', '2024-10-16'),
      e('november', '2024-11'),
    ]);
    expect(ordered.map((x) => x.id)).toEqual([
      'early-october',
      'mid-october',
      'late-october',
      'november',
    ]);
  });

  it('orders a same-day statement after the cut it answered, whatever the ids', () => {
    const ordered = orderEvents([
      e('a-statement', '2017-06-01', 'z-cut'),
      e('z-cut', '2017-06-01'),
    ]);
    expect(ordered.map((x) => x.id)).toEqual(['z-cut', 'a-statement']);
  });

  it('survives a cycle without looping', () => {
    const ordered = orderEvents([e('a', '2020', 'b'), e('b', '2020', 'a')]);
    expect(ordered).toHaveLength(2);
  });
});
