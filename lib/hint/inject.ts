/**
 * Puts the hint's scripts into a tab, and reaches a running hint there, always in Hutong's
 * isolated world of the page (never the page's own world, where its scripts could see or lie).
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { HINT_UI_JS, UI_HANDLE, type HintUiHandle } from './constants';

/** Injections into one tab run one after another, so two events cannot start two UIs. */
const injecting = new Map<number, Promise<boolean>>();

export interface InjectOptions {
  /** The script: the hint UI (HINT_UI_JS, the default) or the article detector (HINT_ARTICLE_JS). */
  file?: ScriptPublicPath;
  /** First ask whether a live UI already runs in the tab; if so, tell it and inject nothing. */
  unlessRunning?: boolean;
  /** Only tell a live UI; never inject. */
  onlyIfRunning?: boolean;
}

/**
 * Injects a hint script into the top frame of `tabId`. With `unlessRunning`, first asks the tab's
 * Hutong world whether a live UI already runs there (it then follows the change itself). Resolves
 * to whether a live UI was found.
 */
export function injectUi(
  tabId: number,
  { file = HINT_UI_JS, unlessRunning = false, onlyIfRunning = false }: InjectOptions = {},
): Promise<boolean> {
  const run = async () => {
    const scripting = browser.scripting;
    try {
      if (unlessRunning || onlyIfRunning) {
        const [probe] = await scripting.executeScript({
          target: { tabId },
          // Runs in Hutong's isolated world of the page, where the UI script leaves its handle. A
          // live UI is told the address may have changed (browsers without the Navigation API).
          func: (key: string) => {
            const handle = (globalThis as Record<string, unknown>)[key] as
              Partial<HintUiHandle> | undefined;
            if (typeof handle?.alive !== 'function' || handle.alive() !== true) return false;
            handle.locationChanged?.();
            return true;
          },
          args: [UI_HANDLE],
        });
        if (probe?.result === true) return true;
        if (onlyIfRunning) return false;
      }
      await scripting.executeScript({ target: { tabId }, files: [file] });
    } catch {
      // The tab closed or navigated away meanwhile, or shows a page we may not script.
    }
    return false;
  };
  const next = (injecting.get(tabId) ?? Promise.resolve(false)).then(run);
  injecting.set(tabId, next);
  void next.then(() => {
    if (injecting.get(tabId) === next) injecting.delete(tabId);
  });
  return next;
}

/** The keyboard command that moves focus into the page's hint and back (wxt.config.ts). */
export const FOCUS_COMMAND = 'focus-hint';

/**
 * Runs the shortcut in the tab's hint, in Hutong's isolated world where its UI keeps its handle.
 * A command, not a key listener in the page: a page cannot fire it, swallow it or see it, it does
 * not type a character into the page's fields (Option+Shift+J on a Mac), and users can rebind it.
 */
export async function focusHint(tabId: number): Promise<boolean> {
  const [result] = await browser.scripting
    .executeScript({
      target: { tabId },
      func: (key: string) => {
        const handle = (globalThis as Record<string, unknown>)[key] as
          Partial<HintUiHandle> | undefined;
        return typeof handle?.focus === 'function' && handle.focus();
      },
      args: [UI_HANDLE],
    })
    .catch(() => []);
  return result?.result === true;
}
