import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEDUPE_WINDOW_MS,
  planCap,
  planVisit,
  toChunks,
  type Visit,
} from '../../../../lib/history/plan';
import type { HistoryEntry, HistoryIndex } from '../../../../lib/platform/storage/history';

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);

function visit(url: string, extra: Partial<Visit> = {}): Visit {
  return { url, title: `T ${url}`, site: 'taobao.com', entities: ['taobao'], ...extra };
}

function ids() {
  let n = 0;
  return () => `id${++n}`;
}

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

/**
 * The real planner over a plain list: the list is laid out in chunks of two (so visits cross
 * chunk borders), one visit is planned and committed, and the list it leaves is read back.
 */
function recordVisit(
  history: readonly HistoryEntry[],
  v: Visit,
  now: number,
  cap: number,
  makeId: () => string,
): HistoryEntry[] {
  const { index, write } = toChunks(history, 2);
  const store = { index, chunks: new Map(write) };
  chunkedRecord(store, v, now, cap, makeId, 2);
  return store.index.chunks.flatMap((ref) => store.chunks.get(ref.id) ?? []);
}

/**
 * The rule as a plain list, written independently of the chunk planner: the same URL seen within
 * the dedupe window is one entry, moved to the end with the new time and title; the oldest
 * entries beyond the cap go. The property test holds the chunked store to this.
 */
function flatModel(
  history: readonly HistoryEntry[],
  v: Visit,
  now: number,
  cap: number,
  makeId: () => string,
): HistoryEntry[] {
  const last = [...history].reverse().find((entry) => entry.url === v.url);
  const previous =
    last !== undefined && now - last.time < DEDUPE_WINDOW_MS && now >= last.time ? last : undefined;
  const rest = history.filter((entry) => entry !== previous);
  rest.push({ id: previous?.id ?? makeId(), ...v, entities: [...v.entities], time: now });
  return rest.slice(Math.max(0, rest.length - Math.max(0, Math.floor(cap))));
}

describe('recording a visit (planVisit, then planCap)', () => {
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

describe('chunked history plans', () => {
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
            flat = flatModel(flat, v, now, cap, flatIds);
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
