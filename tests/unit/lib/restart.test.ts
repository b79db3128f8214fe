/**
 * Chrome stops an idle extension service worker at any moment and starts a fresh one on the next
 * event: every module-level variable is gone, storage is not. Here each "worker" is a fresh import
 * of the background modules (vi.resetModules) over the same fake browser storage, so any state
 * kept in a global instead of storage would show up as a lost visit, a duplicate, or a hint shown
 * twice in one session.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Sender } from '../../../lib/platform/protocol';

const own = { id: 'hutong-test-id', origin: 'chrome-extension://hutong-test-id/' };
/** The top frame of tab `id` showing `url`: the page a message is about comes from here. */
const tab = (id: number, url = `https://www.taobao.com/page-${id}`): Sender => ({
  id: own.id,
  url,
  frameId: 0,
  tab: { id, windowId: 1, incognito: false, url, title: 'Taobao' },
});

/** A new service worker: fresh module instances, same storage. */
async function startWorker() {
  vi.resetModules();
  const { route } = await import('../../../lib/platform/router');
  const { handlers } = await import('../../../lib/handlers');
  return (message: unknown, sender: Sender) => route(message, sender, own, handlers);
}

async function storedHistoryUrls(): Promise<string[]> {
  const { getHistory } = await import('../../../lib/history/store');
  return (await getHistory()).map((entry) => entry.url);
}

describe('a service worker restart', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  });

  it('keeps history, dedupe and "once per session" across workers', async () => {
    const shown = { type: 'hint:shown', entityIds: ['taobao'] };
    const page = { type: 'page:context' };

    let worker = await startWorker();
    const a = 'https://www.taobao.com/a';
    expect(await worker(page, tab(1, a))).toMatchObject({ show: true });
    expect(await worker(shown, tab(1, a))).toEqual({ recorded: true });

    worker = await startWorker();
    // The session mark survived: a new page on the same site gets no second hint...
    expect(await worker(page, tab(2, 'https://www.taobao.com/b'))).toMatchObject({ show: false });
    // ...the same page reported again within minutes is still one entry...
    expect(await worker(shown, tab(1, a))).toEqual({ recorded: true });

    worker = await startWorker();
    // ...and a new page is added to what the earlier workers wrote.
    expect(await worker(shown, tab(3, 'https://www.taobao.com/c'))).toEqual({ recorded: true });
    expect((await storedHistoryUrls()).sort()).toEqual([
      'https://www.taobao.com/a',
      'https://www.taobao.com/c',
    ]);
  });

  it('keeps settings and per-site switches across workers', async () => {
    let worker = await startWorker();
    const hide = { type: 'hint:hide-site' };
    expect(await worker(hide, tab(1, 'https://www.jd.com/'))).toEqual({ ok: true });
    worker = await startWorker();
    const page = { type: 'page:context' };
    expect(await worker(page, tab(2, 'https://item.jd.com/1.html'))).toMatchObject({
      show: false,
      content: { site: 'jd.com' },
    });
    expect(await worker(page, tab(3, 'https://www.taobao.com/'))).toMatchObject({ show: true });
  });
});
