/**
 * Stored history: damaged entries, chunks and indexes are dropped or rebuilt, never half-trusted,
 * without touching the other keys. Uses the layout of lib/platform/storage/history.ts through the
 * real store (lib/history/store.ts) over fakeBrowser.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  EMPTY_HISTORY_INDEX,
  HISTORY_CHUNK_SIZE,
  MAX_TITLE_LENGTH,
  parseHistoryIndex,
  type HistoryEntry,
} from '../../../../../lib/platform/storage/history';
import { getSiteSwitches } from '../../../../../lib/platform/storage/sites';
import { toChunks } from '../../../../../lib/history/plan';
import {
  appendVisit,
  applyChange,
  getHistory,
  historyEntries,
  historyTotal,
  isComplete,
  readAllHistory,
  readRecentHistory,
  watchHistory,
  type HistoryChange,
} from '../../../../../lib/history/store';

const goodHistory = [
  {
    id: 'a',
    url: 'https://www.taobao.com/',
    title: 'Taobao',
    site: 'taobao.com',
    entities: ['taobao'],
    time: 1,
  },
];

describe('damaged history (layout v1)', () => {
  it.each([
    ['a truncated JSON string', '[{"id":"a","url":"https://'],
    ['null', null],
    ['an object', { 0: goodHistory[0] }],
  ])('history as %s reads as empty', async (_, bad) => {
    await fakeBrowser.storage.local.set({ history: bad, siteSwitches: { 'jd.com': false } });
    expect(await getHistory()).toEqual([]);
    expect(await getSiteSwitches()).toEqual({ 'jd.com': false });
  });

  it('drops bad history entries, keeps good ones and trims oversized titles', async () => {
    await fakeBrowser.storage.local.set({
      history: [
        ...goodHistory,
        null,
        { ...goodHistory[0], id: 'b', url: 'javascript:alert(1)' },
        { ...goodHistory[0], id: 'c', time: 'yesterday' },
        { ...goodHistory[0], id: 'd', site: 'not a domain' },
        { ...goodHistory[0], id: 'e', title: 'T'.repeat(100_000), entities: ['ok', 5, null] },
      ],
    });
    const history = await getHistory();
    expect(history.map((e) => e.id)).toEqual(['a', 'e']);
    expect(history[1]?.title).toHaveLength(MAX_TITLE_LENGTH);
    expect(history[1]?.entities).toEqual(['ok']);
  });
});

describe('chunked history (layout v2)', () => {
  const entry = (id: string, time: number): HistoryEntry => ({
    id,
    url: 'https://www.taobao.com/',
    title: 'Taobao',
    site: 'taobao.com',
    entities: ['taobao'],
    time,
  });
  const chunkA = [entry('a1', 1), entry('a2', 2)];
  const chunkB = [entry('b1', 3)];
  const index = {
    version: 2,
    next: 2,
    chunks: [
      { id: 0, size: 2 },
      { id: 1, size: 1 },
    ],
  };

  it('reads a good index as it is, without fields it does not know', () => {
    expect(parseHistoryIndex({ ...index, extra: true })).toEqual(index);
    expect(
      parseHistoryIndex({ ...index, chunks: [{ id: 0, size: HISTORY_CHUNK_SIZE + 1 }] }),
    ).toBeUndefined();
    expect(parseHistoryIndex({ ...index, chunks: [{ id: 0, size: 1.5 }] })).toBeUndefined();
  });

  it('drops a damaged chunk and keeps the others', async () => {
    await fakeBrowser.storage.local.set({
      historyIndex: index,
      'historyChunk:0': '[{"id":"a1","url":"https://',
      'historyChunk:1': [...chunkB, null],
    });
    expect((await getHistory()).map((e) => e.id)).toEqual(['b1']);
  });

  it.each([
    ['null', null],
    ['truncated JSON', '{"version":2,"chunks":[{"id":0'],
    ['a newer version', { ...index, version: 3 }],
    ['chunks out of order', { ...index, chunks: [...index.chunks].reverse() }],
    ['an id past next', { ...index, next: 1 }],
    ['a wrong size', { ...index, chunks: [{ id: 0, size: -1 }] }],
  ])('rebuilds an index that is %s from the stored chunks', async (_, bad) => {
    await fakeBrowser.storage.local.set({
      historyIndex: bad,
      'historyChunk:0': chunkA,
      'historyChunk:1': chunkB,
      'historyChunk:5': 'garbage',
      siteSwitches: { 'jd.com': false },
    });
    expect((await getHistory()).map((e) => e.id)).toEqual(['a1', 'a2', 'b1']);
    expect(await getSiteSwitches()).toEqual({ 'jd.com': false });
  });

  it('the writer stores a rebuilt index, with ids past every chunk found', async () => {
    await fakeBrowser.storage.local.set({
      historyIndex: 'broken',
      'historyChunk:0': chunkA,
      'historyChunk:5': 'garbage',
    });
    await appendVisit(
      { url: 'https://www.taobao.com/new', title: 'New', site: 'taobao.com', entities: [] },
      Date.now(),
      5000,
      () => 'n1',
    );
    const { historyIndex } = await fakeBrowser.storage.local.get('historyIndex');
    expect(historyIndex).toEqual({ version: 2, next: 6, chunks: [{ id: 0, size: 3 }] });
    expect((await getHistory()).map((e) => e.id)).toEqual(['a1', 'a2', 'n1']);
  });

  it('with no index and no chunks reads as empty', async () => {
    expect(await readAllHistory()).toEqual({ index: EMPTY_HISTORY_INDEX, chunks: new Map() });
  });

  it('reads only the index and the newest chunks for the first screen', async () => {
    const plan = toChunks(
      Array.from({ length: 1000 }, (_, i) => entry(`e${i}`, i + 1)),
      HISTORY_CHUNK_SIZE,
    );
    await fakeBrowser.storage.local.set({
      historyIndex: plan.index,
      ...Object.fromEntries([...plan.write].map(([id, chunk]) => [`historyChunk:${id}`, chunk])),
    });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const recent = await readRecentHistory(50);
    expect(get.mock.calls.map(([keys]) => keys)).toEqual([
      ['historyIndex', 'history'],
      ['historyChunk:3'],
    ]);
    expect(historyTotal(recent)).toBe(1000);
    expect(isComplete(recent)).toBe(false);
    expect(historyEntries(recent).at(-1)?.id).toBe('e999');
    const all = await readAllHistory();
    expect(isComplete(all)).toBe(true);
    expect(historyEntries(all)).toHaveLength(1000);
  });

  it('reports changes to the index and chunks, and applies them to a read state', async () => {
    await fakeBrowser.storage.local.set({
      historyIndex: index,
      'historyChunk:0': chunkA,
      'historyChunk:1': chunkB,
    });
    const state = await readRecentHistory(1);
    expect(historyEntries(state).map((e) => e.id)).toEqual(['b1']);
    const seen: HistoryChange[] = [];
    const unwatch = watchHistory((change) => seen.push(change));
    const nextIndex = { ...index, chunks: [...index.chunks, { id: 2, size: 1 }], next: 3 };
    await fakeBrowser.storage.local.set({
      historyIndex: nextIndex,
      'historyChunk:2': [entry('c1', 4)],
      siteSwitches: {},
    });
    await fakeBrowser.storage.local.set({ siteSwitches: { 'jd.com': false } });
    unwatch();
    expect(seen).toHaveLength(1);
    const [change] = seen;
    if (!change) throw new Error('no change');
    const next = applyChange(state, change);
    expect(historyTotal(next)).toBe(4);
    expect(historyEntries(next).map((e) => e.id)).toEqual(['b1', 'c1']);
    expect(isComplete(next)).toBe(false);
  });
});
