import { describe, expect, it } from 'vitest';
import {
  dayKey,
  dayLabel,
  facets,
  filterHistory,
  relativeTime,
  toRows,
} from '../../../../lib/history/view';
import type { HistoryEntry } from '../../../../lib/platform/storage/history';

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);

describe('filter, rows, facets', () => {
  const entries: HistoryEntry[] = [
    {
      id: '1',
      url: 'https://www.taobao.com/',
      title: 'Taobao home',
      site: 'taobao.com',
      entities: ['taobao'],
      time: T0 - 2 * 86_400_000,
    },
    {
      id: '2',
      url: 'https://item.jd.com/1.html',
      title: 'A phone',
      site: 'jd.com',
      entities: ['jd', 'jd-logistics'],
      time: T0 - 60_000,
    },
    {
      id: '3',
      url: 'https://www.sf-express.com/',
      title: '顺丰速运',
      site: 'sf-express.com',
      entities: ['sf-express'],
      time: T0,
    },
  ];

  it.each([
    [{}, ['3', '2', '1']],
    [{ text: 'PHONE' }, ['2']],
    [{ text: '顺丰' }, ['3']],
    [{ text: 'jd.com' }, ['2']],
    [{ site: 'taobao.com' }, ['1']],
    [{ entity: 'jd-logistics' }, ['2']],
    [{ site: 'jd.com', text: 'taobao' }, []],
  ])('filterHistory(%o) is newest first', (filter, expected) => {
    expect(filterHistory(entries, filter).map((e) => e.id)).toEqual(expected);
  });

  it('groups rows by local day, newest first', () => {
    const rows = toRows(filterHistory(entries, {}), (t) => dayKey(t, 0));
    expect(rows.map((r) => (r.kind === 'day' ? r.day : r.entry.id))).toEqual([
      '2026-11-22',
      '3',
      '2',
      '2026-11-20',
      '1',
    ]);
  });

  it('dayKey uses the given offset (Beijing is UTC+8)', () => {
    expect(dayKey(Date.UTC(2026, 0, 1, 17, 0), 480)).toBe('2026-01-02');
    expect(dayKey(Date.UTC(2026, 0, 1, 17, 0), 0)).toBe('2026-01-01');
  });

  it('facets lists sites and entities, most frequent first', () => {
    expect(facets(entries).sites).toEqual(['jd.com', 'sf-express.com', 'taobao.com']);
    expect(facets(entries).entities).toContain('jd-logistics');
  });
});

describe('times', () => {
  it.each([
    [T0 - 10_000, 'en', 'now'],
    [T0 - 5 * 60_000, 'en', '5 minutes ago'],
    [T0 - 3 * 3_600_000, 'en', '3 hours ago'],
    [T0 - 86_400_000, 'en', 'yesterday'],
    [T0 - 5 * 60_000, 'zh-CN', '5分钟前'],
  ])('relativeTime(%i, %s) = %s', (time, locale, expected) => {
    expect(relativeTime(time, T0, locale)).toBe(expected);
  });

  it('labels today and yesterday', () => {
    const words = { today: 'Today', yesterday: 'Yesterday' };
    expect(dayLabel(dayKey(T0), T0, 'en', words)).toBe('Today');
    expect(dayLabel(dayKey(T0 - 86_400_000), T0, 'en', words)).toBe('Yesterday');
    expect(dayLabel('2017-06-01', T0, 'en', words)).toBe('Jun 1, 2017');
  });
});
