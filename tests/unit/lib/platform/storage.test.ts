/**
 * Stored data from older versions migrates, and damaged values fall back to defaults field by
 * field without a crash and without touching the other keys. Uses the real items of
 * lib/platform/storage.ts over fakeBrowser.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  EMPTY_HISTORY_INDEX,
  HISTORY_CHUNK_SIZE,
  MAX_TITLE_LENGTH,
  getSettings,
  getSiteSwitches,
  setSiteEnabled,
  settingsItem,
  siteSwitchesItem,
  updateSettings,
  type HistoryEntry,
} from '../../../../lib/platform/storage';
import { toChunks } from '../../../../lib/history/plan';
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
} from '../../../../lib/history/store';

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

describe('settings migrations', () => {
  it('migrates a stored v1 settings fixture to v2', async () => {
    await fakeBrowser.storage.local.set({
      settings: { hints: false, lang: 'zh-CN' },
      siteSwitches: { 'jd.com': false },
    });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      hintsEnabled: false,
      language: 'zh',
    });
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$', 'siteSwitches']);
    expect(raw['settings$']).toEqual({ v: 2 });
    expect(raw.siteSwitches).toEqual({ 'jd.com': false });
    // Running again changes nothing: the version is recorded.
    await settingsItem.migrate();
    expect((await getSettings()).hintsEnabled).toBe(false);
  });

  it.each([
    [
      { hints: true, lang: 'en' },
      { hintsEnabled: true, language: 'en' },
    ],
    [{ hints: 'yes', lang: 'fr' }, {}],
    ['{"hints":fal', {}],
    [42, {}],
  ])('v1 value %j migrates to defaults plus %j', async (old, expected) => {
    await fakeBrowser.storage.local.set({ settings: old });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, ...expected });
  });

  it('keeps a v2-shaped value whose version marker was lost', async () => {
    const current = { ...DEFAULT_SETTINGS, hintsEnabled: false, language: 'zh' };
    await fakeBrowser.storage.local.set({ settings: current });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual(current);
  });

  it.each(['auto', 'en', 'zh', 'zh-Hant'])(
    'keeps the language %s written by this or an older version',
    async (language) => {
      const stored = { ...DEFAULT_SETTINGS, language };
      await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: 2 } });
      await settingsItem.migrate();
      expect(await getSettings()).toEqual(stored);
    },
  );

  it.each(['zh-TW', 'zh-hant', 'Traditional', null, 7])(
    'resets an unknown language %j to automatic, keeping the other settings',
    async (language) => {
      await fakeBrowser.storage.local.set({
        settings: { ...DEFAULT_SETTINGS, hintsEnabled: false, language },
        settings$: { v: 2 },
      });
      expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, hintsEnabled: false });
    },
  );

  it('leaves a current v2 value alone', async () => {
    const current = { ...DEFAULT_SETTINGS, hintFrequency: 'never' };
    await fakeBrowser.storage.local.set({ settings: current, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual(current);
  });
});

describe('corrupted values', () => {
  it.each([
    ['a truncated JSON string', '{"hintsEnabled":tr'],
    ['null', null],
    ['a number', 7],
    ['an array', [true, 'en']],
    [
      'wrong types and oversized strings',
      { hintsEnabled: 'yes', language: 'x'.repeat(100_000), historyCap: -1, hintFrequency: null },
    ],
  ])('settings as %s give defaults and keep the other keys', async (_, bad) => {
    await fakeBrowser.storage.local.set({
      settings: bad,
      settings$: { v: 2 },
      siteSwitches: { 'jd.com': false },
      history: goodHistory,
    });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getSiteSwitches()).toEqual({ 'jd.com': false });
    expect(await getHistory()).toEqual(goodHistory);
  });

  it('keeps the good fields of a partly damaged settings value', async () => {
    await fakeBrowser.storage.local.set({
      settings: { hintsEnabled: false, language: 42, historyCap: 1e12 },
      settings$: { v: 2 },
    });
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      hintsEnabled: false,
      historyCap: 20_000,
    });
  });

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

  it('filters site switches with bad domains or values', async () => {
    await fakeBrowser.storage.local.set({
      siteSwitches: {
        'jd.com': false,
        'Bad Domain': false,
        'taobao.com': 'no',
        ['x'.repeat(5000)]: false,
      },
    });
    expect(await getSiteSwitches()).toEqual({ 'jd.com': false });
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

describe('changes made at the same moment', () => {
  it('two quick settings changes both land', async () => {
    await Promise.all([
      updateSettings({ hintsEnabled: false }),
      updateSettings({ historyEnabled: false }),
    ]);
    expect(await getSettings()).toMatchObject({ hintsEnabled: false, historyEnabled: false });
  });

  it('two quick site switches both land, and a failed write does not block the next', async () => {
    await Promise.all([setSiteEnabled('jd.com', false), setSiteEnabled('taobao.com', false)]);
    expect(await getSiteSwitches()).toEqual({ 'jd.com': false, 'taobao.com': false });
    const failing = vi
      .spyOn(siteSwitchesItem, 'setValue')
      .mockRejectedValueOnce(new Error('quota'));
    await expect(setSiteEnabled('tmall.com', false)).rejects.toThrow('quota');
    failing.mockRestore();
    await setSiteEnabled('jd.com', true);
    expect(await getSiteSwitches()).toEqual({ 'taobao.com': false });
  });
});
