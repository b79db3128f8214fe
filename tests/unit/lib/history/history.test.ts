import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEDUPE_WINDOW_MS,
  capHistory,
  dayKey,
  dayLabel,
  facets,
  filterHistory,
  planCap,
  planVisit,
  recordVisit,
  relativeTime,
  removeEntry,
  toChunks,
  toRows,
  type Visit,
} from '../../../../lib/history/history';
import type { HistoryEntry, HistoryIndex } from '../../../../lib/platform/storage/history';

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);

function visit(url: string, extra: Partial<Visit> = {}): Visit {
  return { url, title: `T ${url}`, site: 'taobao.com', entities: ['taobao'], ...extra };
}

function ids() {
  let n = 0;
  return () => `id${++n}`;
}

describe('recordVisit', () => {
  it('appends new visits newest last', () => {
    const id = ids();
    let h: HistoryEntry[] = [];
    h = recordVisit(h, visit('https://a.taobao.com/'), T0, 5000, id);
    h = recordVisit(h, visit('https://b.taobao.com/'), T0 + 1, 5000, id);
    expect(h.map((e) => [e.id, e.url, e.time])).toEqual([
      ['id1', 'https://a.taobao.com/', T0],
      ['id2', 'https://b.taobao.com/', T0 + 1],
    ]);
  });

  it.each([
    ['a reload after 1 s', 1000, 1],
    ['a reload just inside the window', DEDUPE_WINDOW_MS - 1, 1],
    ['a visit exactly 5 minutes later', DEDUPE_WINDOW_MS, 2],
    ['a visit an hour later', 3_600_000, 2],
  ])('the same URL: %s gives %i entries', (_, gap, count) => {
    const id = ids();
    let h = recordVisit([], visit('https://item.jd.com/1.html'), T0, 5000, id);
    h = recordVisit(h, visit('https://item.jd.com/1.html', { title: 'new' }), T0 + gap, 5000, id);
    expect(h).toHaveLength(count);
    expect(h.at(-1)?.time).toBe(T0 + gap);
    expect(h.at(-1)?.title).toBe('new');
  });

  it('a deduped visit keeps its id and moves to the newest place', () => {
    const id = ids();
    let h = recordVisit([], visit('https://x.com/1'), T0, 5000, id);
    h = recordVisit(h, visit('https://x.com/2'), T0 + 10, 5000, id);
    h = recordVisit(h, visit('https://x.com/1'), T0 + 20, 5000, id);
    expect(h.map((e) => e.id)).toEqual(['id2', 'id1']);
  });

  it('drops the oldest entries beyond the cap', () => {
    const id = ids();
    let h: HistoryEntry[] = [];
    for (let i = 0; i < 7; i++) h = recordVisit(h, visit(`https://x.com/${i}`), T0 + i, 5, id);
    expect(h.map((e) => e.url)).toEqual([2, 3, 4, 5, 6].map((i) => `https://x.com/${i}`));
  });

  it('does not mutate its input', () => {
    const h = Object.freeze([
      { id: 'a', url: 'https://x.com/', title: '', site: 'x.com', entities: [], time: T0 },
    ]);
    recordVisit(h, visit('https://x.com/'), T0 + 1, 10, ids());
    expect(h[0]?.time).toBe(T0);
  });
});

describe('cap, remove, filter, rows', () => {
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

  it('capHistory keeps the newest', () => {
    expect(capHistory([...entries], 2).map((e) => e.id)).toEqual(['2', '3']);
    expect(capHistory([...entries], 10)).toHaveLength(3);
  });

  it('removeEntry removes one by id', () => {
    expect(removeEntry(entries, '2').map((e) => e.id)).toEqual(['1', '3']);
  });

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

describe('chunked history plans', () => {
  /** Applies plans to an in-memory store, the way lib/history/store.ts commits them. */
  function chunkedRecord(
    store: { index: HistoryIndex; chunks: Map<number, HistoryEntry[]> },
    v: Visit,
    now: number,
    cap: number,
    makeId: () => string,
    chunkSize: number,
  ) {
    const plan = planVisit(store.index, store.chunks, v, now, makeId, chunkSize);
    const capped = planCap(plan.index, cap);
    for (const [id, entries] of plan.write) store.chunks.set(id, entries);
    for (const id of [...plan.remove, ...capped.remove]) store.chunks.delete(id);
    if (capped.trim) {
      const { id, drop } = capped.trim;
      store.chunks.set(id, (store.chunks.get(id) ?? []).slice(drop));
    }
    store.index = capped.index;
  }

  it('records, dedupes and caps exactly like the flat list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 400_000 })), {
          maxLength: 80,
        }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 5 }),
        (steps, cap, chunkSize) => {
          const flatIds = ids();
          const chunkIds = ids();
          let flat: HistoryEntry[] = [];
          const store = { ...toChunks([], chunkSize), chunks: new Map<number, HistoryEntry[]>() };
          let now = T0;
          for (const [page, gap] of steps) {
            now += gap;
            const v = visit(`https://x.com/${page}`);
            flat = recordVisit(flat, v, now, cap, flatIds);
            chunkedRecord(store, v, now, cap, chunkIds, chunkSize);
            const stored = store.index.chunks.flatMap((ref) => store.chunks.get(ref.id) ?? []);
            expect(stored).toEqual(flat);
            for (const ref of store.index.chunks) {
              expect(ref.size).toBe(store.chunks.get(ref.id)?.length);
              expect(ref.size).toBeGreaterThan(0);
              expect(ref.size).toBeLessThanOrEqual(chunkSize);
            }
            expect(store.chunks.size).toBe(store.index.chunks.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('appends to the newest chunk and opens a new one when it is full', () => {
    const plan = toChunks(
      [1, 2, 3].map((i) => ({
        id: `o${i}`,
        url: `https://x.com/o${i}`,
        title: '',
        site: 'x.com',
        entities: [],
        time: T0 - 3_600_000 + i,
      })),
      2,
    );
    const first = planVisit(plan.index, plan.write, visit('https://x.com/a'), T0, ids(), 2);
    expect([...first.write.keys()]).toEqual([1]);
    expect(first.index.chunks).toEqual([
      { id: 0, size: 2 },
      { id: 1, size: 2 },
    ]);
    const tail = new Map([...plan.write, ...first.write]);
    const second = planVisit(first.index, tail, visit('https://x.com/b'), T0 + 1, ids(), 2);
    expect([...second.write.keys()]).toEqual([2]);
    expect(second.index.next).toBe(3);
  });

  it('drops whole chunks before trimming one', () => {
    const index: HistoryIndex = {
      version: 2,
      next: 9,
      chunks: [
        { id: 4, size: 10 },
        { id: 6, size: 10 },
        { id: 8, size: 3 },
      ],
    };
    expect(planCap(index, 23)).toEqual({ index, remove: [] });
    expect(planCap(index, 13)).toEqual({
      index: { ...index, chunks: index.chunks.slice(1) },
      remove: [4],
    });
    expect(planCap(index, 5)).toEqual({
      index: {
        ...index,
        chunks: [
          { id: 6, size: 2 },
          { id: 8, size: 3 },
        ],
      },
      remove: [4],
      trim: { id: 6, drop: 8 },
    });
  });
});
