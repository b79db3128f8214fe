/**
 * The only Hutong code that runs on every page of a covered shopping site, e.g.
 * https://item.taobao.com/item.htm?id=1 or https://item.jd.com/100012043978.html.
 *
 * Most visits show no hint (by default it shows once per site per session), so this does the
 * least that decides it: after the page has loaded and gone idle, one question to the background.
 * Only when the answer is "show" does the background inject the hint's UI script
 * (entrypoints/site.content, which then owns the hint, SPA navigation and settings changes).
 *
 * It runs without the polyfill and without WXT's content-script runtime: both promise-based
 * namespaces it needs (`browser` in Firefox, `chrome` in Chrome MV3) are native, and starting
 * those layers in a fresh renderer cost a covered page about 7 ms of main thread per visit
 * (docs/PERFORMANCE.md). It imports nothing but constants and types.
 */
import { HINT_ELEMENT, WATCHED_KEYS } from './constants';
import type { ContentToBackground, PageContext } from '../../utils/messages';

type StorageListener = (changes: Record<string, unknown>, area: string) => void;

/** The part of the extension API the loader uses, as both browsers provide it natively. */
export interface LoaderApi {
  runtime: { readonly id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage: {
    onChanged: {
      addListener(listener: StorageListener): void;
      removeListener(listener: StorageListener): void;
    };
  };
}

/** What the page gives the loader: its address, its DOM and its event loop. */
export type LoaderWindow = Pick<
  Window,
  'location' | 'document' | 'addEventListener' | 'requestIdleCallback' | 'setInterval'
> & {
  clearInterval(id: number): void;
  /** The Navigation API, where the browser has it (Chrome); otherwise the address is polled. */
  navigation?: { addEventListener(type: 'navigatesuccess', listener: () => void): void };
};

/** `browser` (Firefox) or `chrome` (Chrome), whichever is this extension's promise-based API. */
export function nativeApi(): LoaderApi | undefined {
  const scope = globalThis as { browser?: Partial<LoaderApi>; chrome?: Partial<LoaderApi> };
  for (const api of [scope.browser, scope.chrome]) {
    if (api?.runtime?.id !== undefined && api.storage !== undefined) return api as LoaderApi;
  }
  return undefined;
}

function send(api: LoaderApi, message: ContentToBackground): Promise<unknown> {
  return api.runtime.sendMessage(message).catch(() => undefined);
}

function says(reply: unknown): reply is PageContext & { show: true } {
  return typeof reply === 'object' && reply !== null && (reply as PageContext).show === true;
}

/** How often the address is checked for SPA navigation where there is no Navigation API. */
const POLL_MS = 1000;

/**
 * Starts the loader in `win`. Returns `stop`, which the loader also calls itself once the UI
 * script has taken over, or when the extension that injected it is gone (reloaded or updated).
 */
export function startLoader(api: LoaderApi, win: LoaderWindow = window): () => void {
  let href = win.location.href;
  let settled = false;
  let stopped = false;
  let poll: number | undefined;
  let asking = false;
  let again = false;

  const alive = () => {
    try {
      return !stopped && api.runtime.id !== undefined;
    } catch {
      return false;
    }
  };

  const onStorage: StorageListener = (changes, area) => {
    if (area === 'local' && WATCHED_KEYS.some((key) => key in changes)) void ask();
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (poll !== undefined) win.clearInterval(poll);
    try {
      api.storage.onChanged.removeListener(onStorage);
    } catch {
      // The extension is gone, and its listeners with it.
    }
  };

  /** Hints are only ever children of <html>: no need to search a 50,000-node page. */
  const hintsOnPage = () =>
    [...win.document.documentElement.children].filter((el) => el.localName === HINT_ELEMENT);

  // One question at a time; changes that arrive meanwhile coalesce into one more question.
  const ask = async (): Promise<void> => {
    if (!settled) return;
    if (!alive()) return stop();
    if (asking) {
      again = true;
      return;
    }
    asking = true;
    try {
      do {
        again = false;
        // A hint left by a previous instance of Hutong (reloaded or updated) is on screen: the
        // visit was counted already, so frequency must not hide it.
        const left = hintsOnPage();
        const reply = await send(api, {
          type: 'page:context',
          url: href,
          visible: left.length > 0,
        });
        if (!alive()) return stop();
        if (says(reply)) {
          const loaded = (await send(api, { type: 'hint:load' })) as
            { loaded?: unknown } | undefined;
          if (loaded?.loaded === true) return stop();
        } else {
          // A dead hint of a previous instance, which nothing will show again: take it down.
          for (const old of left) old.remove();
        }
      } while (again && alive());
    } finally {
      asking = false;
    }
  };

  const onNavigation = () => {
    if (!alive()) return stop();
    if (win.location.href === href) return;
    href = win.location.href;
    void ask();
  };

  const settle = () => {
    settled = true;
    href = win.location.href;
    api.storage.onChanged.addListener(onStorage);
    if (win.navigation) win.navigation.addEventListener('navigatesuccess', onNavigation);
    else poll = win.setInterval(onNavigation, POLL_MS);
    void ask();
  };
  // After load and an idle moment: never in the way of the page's own loading.
  const idle = () => win.requestIdleCallback(settle, { timeout: 2000 });
  if (win.document.readyState === 'complete') idle();
  else win.addEventListener('load', idle, { once: true });
  return stop;
}
