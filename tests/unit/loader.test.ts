/**
 * The loader that runs on every covered page (components/hint/loader.ts): it must ask once the page
 * has settled, hand over to the UI script only when a hint is due, keep listening otherwise, and
 * go quiet when its extension is gone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLoader, type LoaderApi, type LoaderWindow } from '../../components/hint/loader';

type Listener = (changes: Record<string, unknown>, area: string) => void;

/** A page that has not loaded yet, with hand-cranked load, idle and navigation. */
function fakePage(url = 'https://item.taobao.com/item.htm?id=1') {
  const loadListeners: (() => void)[] = [];
  const idle: (() => void)[] = [];
  const navigations: (() => void)[] = [];
  let readyState: DocumentReadyState = 'loading';
  const location = { href: url };
  const win: LoaderWindow = {
    location: location as Location,
    document: {
      get readyState() {
        return readyState;
      },
      documentElement: document.documentElement,
    } as Document,
    addEventListener: ((type: string, listener: () => void) => {
      if (type === 'load') loadListeners.push(listener);
    }) as Window['addEventListener'],
    requestIdleCallback: (callback: IdleRequestCallback) => {
      idle.push(() => callback({ didTimeout: false, timeRemaining: () => 10 }));
      return idle.length;
    },
    setInterval: (() => 0) as unknown as Window['setInterval'],
    clearInterval: () => undefined,
    navigation: { addEventListener: (_type, listener) => navigations.push(listener) },
  };
  return {
    win,
    load() {
      readyState = 'complete';
      for (const listener of loadListeners.splice(0)) listener();
    },
    idle() {
      for (const run of idle.splice(0)) run();
    },
    navigate(href: string) {
      location.href = href;
      for (const listener of navigations) listener();
    },
  };
}

/** The extension side: records messages, answers page:context with `show`. */
function fakeApi(answer: { show: boolean; loaded?: boolean } = { show: false }) {
  const sent: Record<string, unknown>[] = [];
  const listeners = new Set<Listener>();
  const state = { id: 'hutong' as string | undefined, ...answer };
  const api: LoaderApi = {
    runtime: {
      get id() {
        return state.id;
      },
      sendMessage: async (message: unknown) => {
        const m = message as Record<string, unknown>;
        sent.push(m);
        if (m.type === 'page:context') return { show: state.show };
        if (m.type === 'hint:load') return { loaded: state.loaded ?? true };
        return undefined;
      },
    },
    storage: {
      onChanged: {
        addListener: (listener) => listeners.add(listener),
        removeListener: (listener) => listeners.delete(listener),
      },
    },
  };
  return {
    api,
    sent,
    state,
    listeners,
    change(keys: string[]) {
      for (const listener of [...listeners]) {
        listener(Object.fromEntries(keys.map((k) => [k, { newValue: 1 }])), 'local');
      }
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A loader on a page that has loaded and gone idle, after its first question was answered. */
async function settled(answer?: { show: boolean; loaded?: boolean }) {
  const page = fakePage();
  const ext = fakeApi(answer);
  startLoader(ext.api, page.win);
  page.load();
  page.idle();
  await settle();
  return { page, ext };
}

beforeEach(() => {
  document.documentElement.replaceChildren(document.createElement('body'));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('loader', () => {
  it('asks nothing until the page has loaded and gone idle', async () => {
    const page = fakePage();
    const ext = fakeApi();
    startLoader(ext.api, page.win);
    page.load();
    await settle();
    expect(ext.sent).toEqual([]);
    page.idle();
    await settle();
    expect(ext.sent).toEqual([
      { type: 'page:context', url: 'https://item.taobao.com/item.htm?id=1', visible: false },
    ]);
  });

  it('with no hint due, loads nothing and asks again when settings change', async () => {
    const { ext } = await settled({ show: false });
    ext.change(['history']);
    await settle();
    expect(ext.sent.map((m) => m.type)).toEqual(['page:context']);
    ext.state.show = true;
    ext.change(['siteSwitches']);
    await settle();
    expect(ext.sent.map((m) => m.type)).toEqual(['page:context', 'page:context', 'hint:load']);
  });

  it('hands over to the UI script when a hint is due, then stays out of the way', async () => {
    const { page, ext } = await settled({ show: true });
    expect(ext.sent.map((m) => m.type)).toEqual(['page:context', 'hint:load']);
    expect(ext.listeners.size).toBe(0);
    ext.change(['settings']);
    page.navigate('https://item.taobao.com/item.htm?id=2');
    await settle();
    expect(ext.sent).toHaveLength(2);
  });

  it('keeps listening when the UI script could not be injected', async () => {
    const { ext } = await settled({ show: true, loaded: false });
    ext.state.loaded = true;
    ext.change(['settings']);
    await settle();
    expect(ext.sent.map((m) => m.type)).toEqual([
      'page:context',
      'hint:load',
      'page:context',
      'hint:load',
    ]);
    expect(ext.listeners.size).toBe(0);
  });

  it('asks again about the new address after SPA navigation', async () => {
    const { page, ext } = await settled();
    page.navigate('https://item.taobao.com/item.htm?id=1');
    await settle();
    expect(ext.sent).toHaveLength(1);
    page.navigate('https://item.taobao.com/item.htm?id=2');
    await settle();
    expect(ext.sent.at(-1)).toMatchObject({ url: 'https://item.taobao.com/item.htm?id=2' });
  });

  it('a hint left by a previous instance counts as visible, and is removed if none is due', async () => {
    const left = document.createElement('hutong-hint');
    document.documentElement.append(left);
    const { ext } = await settled({ show: false });
    expect(ext.sent[0]).toMatchObject({ visible: true });
    expect(left.isConnected).toBe(false);
  });

  it('leaves a previous hint for the UI script to replace when one is due', async () => {
    const left = document.createElement('hutong-hint');
    document.documentElement.append(left);
    await settled({ show: true });
    expect(left.isConnected).toBe(true);
  });

  it('goes quiet when its extension is gone (reloaded or updated)', async () => {
    const { page, ext } = await settled();
    ext.state.id = undefined;
    ext.change(['settings']);
    page.navigate('https://item.taobao.com/item.htm?id=3');
    await settle();
    expect(ext.sent).toHaveLength(1);
    expect(ext.listeners.size).toBe(0);
  });

  it('survives a background that does not answer', async () => {
    const page = fakePage();
    const ext = fakeApi();
    ext.api.runtime.sendMessage = () => Promise.reject(new Error('Receiving end does not exist'));
    startLoader(ext.api, page.win);
    page.load();
    page.idle();
    await settle();
    ext.change(['settings']);
    await settle();
    expect(ext.listeners.size).toBe(1);
  });

  it('starts at once on a page that has already loaded (injected after an update)', async () => {
    const page = fakePage();
    page.load();
    const ext = fakeApi();
    startLoader(ext.api, page.win);
    page.idle();
    await settle();
    expect(ext.sent).toHaveLength(1);
  });
});
