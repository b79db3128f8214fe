/**
 * The life of one hint UI in a page: what WXT's ContentScriptContext did for it, minus everything
 * a page can see or forge. WXT's context announces each start with a CustomEvent on `document`
 * and its location watcher dispatches events on `window`, both named after the extension's id:
 * any page could tell that a reader has Hutong, and a forged "started" event took the hint down.
 * Here nothing is dispatched into the page and nothing is read from it but the DOM and the
 * address: listeners only, in Hutong's isolated world, all removed through one AbortSignal.
 */
import { pageBrowser } from '../platform/pageApi';

export class HintLife {
  readonly #controller = new AbortController();

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** True once the extension was reloaded, updated or disabled (its runtime is gone) or stopped. */
  get isInvalid(): boolean {
    // An orphaned script (the extension was reloaded) loses its runtime id.
    if (pageBrowser().runtime?.id == null) this.invalidate();
    return this.signal.aborted;
  }

  invalidate(): void {
    if (!this.signal.aborted) this.#controller.abort();
  }

  onInvalidated(callback: () => void): void {
    this.signal.addEventListener('abort', callback, { once: true });
  }

  listen<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    handler: (event: WindowEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  requestIdleCallback(callback: () => void, options?: IdleRequestOptions): void {
    const run = () => {
      if (!this.isInvalid) callback();
    };
    if (typeof requestIdleCallback !== 'function') {
      const id = setTimeout(run, 1);
      this.onInvalidated(() => clearTimeout(id));
      return;
    }
    const id = requestIdleCallback(run, options);
    this.onInvalidated(() => cancelIdleCallback(id));
  }

  /**
   * Calls `onChange(href)` after every same-document address change (pushState, replaceState,
   * back/forward, fragment). The Navigation API's `currententrychange` fires after the change has
   * committed (Chromium, Firefox 147+); older browsers hear back/forward and fragment changes, and
   * on covered shopping sites the background, which sees every address change of the tab, tells
   * the UI through `notifyLocation` (see HintUiHandle).
   */
  watchLocation(onChange: (href: string) => void): (href?: string) => void {
    let last = location.href;
    const check = (href = location.href) => {
      if (this.isInvalid || href === last) return;
      last = href;
      onChange(href);
    };
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof nav?.addEventListener === 'function') {
      nav.addEventListener('currententrychange', () => check(), { signal: this.signal });
    }
    this.listen(window, 'popstate', () => check());
    this.listen(window, 'hashchange', () => check());
    return (href) => check(href ?? location.href);
  }
}

/**
 * Shopping pages are heavy: the hint waits until the page has loaded and the main thread is idle,
 * so it never delays the page's own load or first interactions. The declared scripts (news, the
 * any-site detector) are injected at document_start, which costs the page nothing: Chrome holds a
 * page's load event until its document_idle and document_end scripts have run, which on a
 * 20,000-node page delayed load by a whole rendering frame (docs/PERFORMANCE.md). On covered
 * shopping sites the background injects this after load, so it goes straight to the idle wait.
 */
export function whenPageIsSettled(life: HintLife, run: () => void): void {
  const idle = () => life.requestIdleCallback(run, { timeout: 2000 });
  if (document.readyState === 'complete') idle();
  else life.listen(window, 'load', idle, { once: true });
}

/**
 * Runs `task` one call at a time: a call made while one runs makes one more run after it (calls
 * meanwhile coalesce into that one), until the life ends.
 */
export function oneAtATime(task: () => Promise<void>, life: HintLife): () => Promise<void> {
  let running = false;
  let again = false;
  return async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await task();
      } while (again && !life.isInvalid);
    } finally {
      running = false;
    }
  };
}
