import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  enqueue,
  historyHandlers,
  MAX_PER_WINDOW,
  migrateHistoryOnStart,
  resetVisitLimits,
} from '../../../../lib/history/background';
import { handlers } from '../../../../lib/handlers';
import type { Sender } from '../../../../lib/platform/protocol';
import { toChunks } from '../../../../lib/history/plan';
import { getHistory } from '../../../../lib/history/store';
import { updateSettings } from '../../../../lib/platform/storage/settings';
import { HISTORY_CHUNK_SIZE, type HistoryEntry } from '../../../../lib/platform/storage/history';
import { historyWriteErrorItem } from '../../../../lib/platform/storage/session';

const extensionPage: Sender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

/** A content script's sender: its page is the top frame of a tab (a new tab for each call). */
let nextTab = 100;
function pageSender(url: string, tab: Partial<NonNullable<Sender['tab']>> = {}): Sender {
  return {
    id: 'ext',
    url,
    frameId: 0,
    tab: { id: nextTab++, incognito: false, url, title: ` Page ${url} `, ...tab },
  };
}

function shown(url: string, sender: Sender = pageSender(url)) {
  return handlers['hint:shown']({ type: 'hint:shown', entityIds: ['taobao'] }, sender);
}

function entries(count: number, time = (i: number) => 1_000 + i): HistoryEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    url: `https://www.taobao.com/old/${i}`,
    title: `Old ${i}`,
    site: 'taobao.com',
    entities: ['taobao'],
    time: time(i),
  }));
}

/** Stores `list` in the chunked layout, as the store itself would. */
async function seed(list: HistoryEntry[]) {
  const plan = toChunks(list, HISTORY_CHUNK_SIZE);
  await fakeBrowser.storage.local.set({
    historyIndex: plan.index,
    ...Object.fromEntries([...plan.write].map(([id, chunk]) => [`historyChunk:${id}`, chunk])),
  });
}

async function historyKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null))
    .filter((key) => key.startsWith('history'))
    .sort();
}

describe('the history queue', () => {
  it('runs tasks in order even when one fails', async () => {
    const order: number[] = [];
    const slow = enqueue(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(1);
    });
    const failing = enqueue(async () => {
      order.push(2);
      throw new Error('boom');
    });
    const last = enqueue(async () => order.push(3));
    await Promise.allSettled([slow, failing, last]);
    expect(order).toEqual([1, 2, 3]);
    await expect(failing).rejects.toThrow('boom');
  });

  it('records 20 concurrent reports without losing one', async () => {
    const urls = Array.from({ length: 20 }, (_, i) => `https://www.taobao.com/${i}`);
    const replies = await Promise.all(urls.map((url) => shown(url)));
    expect(replies.every((r) => 'recorded' in r && r.recorded)).toBe(true);
    const history = await getHistory();
    expect(history.map((e) => e.url)).toEqual(urls);
    expect(history[0]?.title).toBe('Page https://www.taobao.com/0');
  });

  it('records 20 concurrent reports across a chunk boundary', async () => {
    await seed(entries(HISTORY_CHUNK_SIZE - 5));
    const urls = Array.from({ length: 20 }, (_, i) => `https://www.taobao.com/${i}`);
    await Promise.all(urls.map((url) => shown(url)));
    const history = await getHistory();
    expect(history).toHaveLength(HISTORY_CHUNK_SIZE + 15);
    expect(history.slice(-20).map((e) => e.url)).toEqual(urls);
    expect(await historyKeys()).toEqual(['historyChunk:0', 'historyChunk:1', 'historyIndex']);
  });

  it('writes only the index and the newest chunk for a visit', async () => {
    await seed(entries(1_000));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await shown('https://www.taobao.com/new');
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]?.[0] ?? {}).sort()).toEqual([
      'historyChunk:4',
      'historyIndex',
    ]);
    expect((await getHistory()).at(-1)?.url).toBe('https://www.taobao.com/new');
  });

  it('records one entry for a reload of the same URL', async () => {
    await shown('https://www.taobao.com/');
    await shown('https://www.taobao.com/');
    expect(await getHistory()).toHaveLength(1);
  });

  describe('a hostile page cannot fill history', () => {
    beforeEach(resetVisitLimits);

    it('a burst of 200 address changes in one tab records at most a handful', async () => {
      for (let i = 0; i < 200; i++) {
        const url = `https://www.taobao.com/spa/${i}`;
        await shown(url, pageSender(url, { id: 7, title: `Title ${i}` }));
      }
      expect(await getHistory()).toHaveLength(MAX_PER_WINDOW);
      // Another tab is not held back by the first one's flood.
      const other = 'https://www.jd.com/';
      expect(await shown(other, pageSender(other, { id: 8 }))).toEqual({ recorded: true });
    });

    it('the same address in the same tab is one entry, however often it is reported', async () => {
      const url = 'https://item.taobao.com/item.htm?id=1';
      for (let i = 0; i < 5; i++) await shown(url, pageSender(url, { id: 9, title: `T${i}` }));
      expect((await getHistory()).map((e) => e.title)).toEqual(['T0']);
    });

    it('takes address, site and title from the sender, and only known entities', async () => {
      const url = 'https://detail.tmall.com/item.htm?id=2';
      await handlers['hint:shown'](
        { type: 'hint:shown', entityIds: ['tmall', 'no-such-entity'] },
        pageSender(url, { title: '\u202egnp.exe\u202c  \u200b Tmall \u200d' }),
      );
      expect(await getHistory()).toEqual([
        expect.objectContaining({
          url,
          site: 'tmall.com',
          title: 'gnp.exe Tmall',
          entities: ['tmall'],
        }),
      ]);
    });

    it('a title blank to the eye is stored blank (shown as "Untitled")', async () => {
      const url = 'https://www.taobao.com/blank';
      await shown(url, pageSender(url, { title: '\u200b\u200c\u2060\ufeff \u202e' }));
      expect((await getHistory())[0]?.title).toBe('');
    });

    it('refuses pages that are not a top frame on an http(s) address', async () => {
      const frame = { ...pageSender('https://www.taobao.com/'), frameId: 3 };
      expect(await shown('https://www.taobao.com/', frame)).toEqual({ error: 'no page' });
      const file = pageSender('file:///etc/passwd');
      expect(await shown('file:///etc/passwd', file)).toEqual({ error: 'no page' });
      expect(await getHistory()).toEqual([]);
    });
  });

  it('dedupes a reload whose first visit is the last entry of the previous chunk', async () => {
    const now = Date.now();
    const list = entries(HISTORY_CHUNK_SIZE, (i) => now - 60_000 + i);
    const last = list[HISTORY_CHUNK_SIZE - 1];
    if (!last) throw new Error('fixture');
    last.url = 'https://www.taobao.com/again';
    await seed(list);
    await shown('https://www.taobao.com/next');
    await shown('https://www.taobao.com/again');
    const history = await getHistory();
    expect(history).toHaveLength(HISTORY_CHUNK_SIZE + 1);
    expect(history.slice(-2).map((e) => [e.id, e.url])).toEqual([
      [expect.any(String), 'https://www.taobao.com/next'],
      [last.id, 'https://www.taobao.com/again'],
    ]);
  });

  it('records nothing from private windows', async () => {
    const reply = await shown(
      'https://www.taobao.com/',
      pageSender('https://www.taobao.com/', { incognito: true }),
    );
    expect(reply).toEqual({ recorded: false });
    expect(await historyKeys()).toEqual([]);
  });

  it('records nothing when history is switched off', async () => {
    await updateSettings({ historyEnabled: false });
    expect(await shown('https://www.taobao.com/')).toEqual({ recorded: false });
    expect(await getHistory()).toEqual([]);
    expect(await historyKeys()).toEqual([]);
  });

  it('keeps at most the configured number of entries, oldest out', async () => {
    await updateSettings({ historyCap: 100 });
    for (let i = 0; i < 105; i++) await shown(`https://www.taobao.com/${i}`);
    const history = await getHistory();
    expect(history).toHaveLength(100);
    expect(history[0]?.url).toBe('https://www.taobao.com/5');
  });

  it('enforces a lowered cap by dropping whole oldest chunks and trimming the next', async () => {
    await seed(entries(1_000));
    await updateSettings({ historyCap: 300 });
    await shown('https://www.taobao.com/new');
    const history = await getHistory();
    expect(history).toHaveLength(300);
    expect(history[0]?.id).toBe('e701');
    expect(history.at(-1)?.url).toBe('https://www.taobao.com/new');
    // Chunks 0-1 are gone, chunk 2 was trimmed, 3 is full and 4 is new.
    expect(await historyKeys()).toEqual([
      'historyChunk:2',
      'historyChunk:3',
      'historyChunk:4',
      'historyIndex',
    ]);
    const { historyIndex } = await fakeBrowser.storage.local.get('historyIndex');
    expect(historyIndex).toEqual({
      version: 2,
      next: 5,
      chunks: [
        { id: 2, size: 49 },
        { id: 3, size: 250 },
        { id: 4, size: 1 },
      ],
    });
  });

  it('deletes one entry and clears all', async () => {
    await shown('https://www.taobao.com/a');
    await shown('https://www.taobao.com/b');
    const [first] = await getHistory();
    await historyHandlers['history:delete'](
      { type: 'history:delete', id: first?.id ?? '' },
      extensionPage,
    );
    expect((await getHistory()).map((e) => e.url)).toEqual(['https://www.taobao.com/b']);
    await historyHandlers['history:clear']({ type: 'history:clear' }, extensionPage);
    expect(await getHistory()).toEqual([]);
  });

  it('deletes from an old chunk by writing that chunk and the index only', async () => {
    await seed(entries(600));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(
      await historyHandlers['history:delete']({ type: 'history:delete', id: 'e10' }, extensionPage),
    ).toEqual({ ok: true });
    expect(Object.keys(set.mock.calls[0]?.[0] ?? {}).sort()).toEqual([
      'historyChunk:0',
      'historyIndex',
    ]);
    const history = await getHistory();
    expect(history).toHaveLength(599);
    expect(history.some((e) => e.id === 'e10')).toBe(false);
  });

  it('clear removes every chunk, orphans and a v1 list included', async () => {
    await seed(entries(600));
    await fakeBrowser.storage.local.set({
      'historyChunk:77': entries(3),
      history: entries(2),
      siteSwitches: { 'jd.com': false },
    });
    await historyHandlers['history:clear']({ type: 'history:clear' }, extensionPage);
    expect(await historyKeys()).toEqual(['historyIndex']);
    expect(await getHistory()).toEqual([]);
    expect(await fakeBrowser.storage.local.get('siteSwitches')).toEqual({
      siteSwitches: { 'jd.com': false },
    });
    // Ids are not reused after a clear.
    await shown('https://www.taobao.com/after');
    expect(await historyKeys()).toEqual(['historyChunk:78', 'historyIndex']);
  });

  it('a failed write (quota) replies with an error, keeps the stored list and says why', async () => {
    await shown('https://www.taobao.com/kept');
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((key) => key.startsWith('history'))) {
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      return realSet(items);
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await shown('https://www.taobao.com/new')).toEqual({ error: 'quota' });
    expect((await getHistory()).map((e) => e.url)).toEqual(['https://www.taobao.com/kept']);
    expect(await historyWriteErrorItem.getValue()).toMatchObject({ error: 'quota' });
    // Later writes still run: the queue is not stuck behind the failure.
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    expect(await shown('https://www.taobao.com/new')).toEqual({ recorded: true });
    expect(await historyWriteErrorItem.getValue()).toBeNull();
  });

  it('a failed cap write at a chunk boundary loses nothing already stored', async () => {
    await seed(entries(500));
    await updateSettings({ historyCap: 400 });
    const before = await getHistory();
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('historyIndex' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await shown('https://www.taobao.com/new')).toEqual({ error: 'quota' });
    expect(await getHistory()).toEqual(before);
    expect(await historyKeys()).toEqual(['historyChunk:0', 'historyChunk:1', 'historyIndex']);
  });
});

describe('migration of the v1 single list', () => {
  const fixture = entries(600);

  it('moves a stored v1 list into chunks at start and removes the old key', async () => {
    await fakeBrowser.storage.local.set({ history: fixture, siteSwitches: { 'jd.com': false } });
    // Before the background has migrated, readers see the v1 list as it is.
    expect(await getHistory()).toEqual(fixture);
    expect(await migrateHistoryOnStart()).toBeUndefined();
    expect(await historyKeys()).toEqual([
      'historyChunk:0',
      'historyChunk:1',
      'historyChunk:2',
      'historyIndex',
    ]);
    expect(await getHistory()).toEqual(fixture);
    expect(await fakeBrowser.storage.local.get('siteSwitches')).toEqual({
      siteSwitches: { 'jd.com': false },
    });
    // Running again changes nothing.
    await migrateHistoryOnStart();
    expect(await getHistory()).toEqual(fixture);
  });

  it('migrates on the first write, keeping bad v1 entries out', async () => {
    await fakeBrowser.storage.local.set({ history: [...fixture.slice(0, 3), null, { id: 7 }] });
    await shown('https://www.taobao.com/new');
    const history = await getHistory();
    expect(history.map((e) => e.id).slice(0, 3)).toEqual(['e0', 'e1', 'e2']);
    expect(history.map((e) => e.url).at(-1)).toBe('https://www.taobao.com/new');
    expect(await historyKeys()).toEqual(['historyChunk:0', 'historyIndex']);
  });

  it('a migration that failed (quota) keeps the v1 list readable', async () => {
    await fakeBrowser.storage.local.set({ history: fixture });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await migrateHistoryOnStart()).toEqual({ error: 'quota' });
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    expect(await getHistory()).toEqual(fixture);
  });

  it('finishes a migration stopped before the old key was removed', async () => {
    await seed(fixture);
    await fakeBrowser.storage.local.set({ history: fixture.slice(0, 5) });
    expect(await getHistory()).toEqual(fixture);
    await migrateHistoryOnStart();
    expect(await historyKeys()).not.toContain('history');
    expect(await getHistory()).toEqual(fixture);
  });
});
