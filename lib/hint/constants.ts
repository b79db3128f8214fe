/**
 * Names shared by the background and the hint's UI script, in a module of their own so that
 * neither bundle pulls in the other's code.
 */
import type { ErrorReply, PageContext } from '../platform/protocol';

/** The hint's host element, always a child of <html>. */
export const HINT_ELEMENT = 'hutong-hint';

/**
 * storage.local keys of settingsItem and siteSwitchesItem (lib/platform/storage/). Watched raw
 * because importing the items would bundle WXT's storage layer into content scripts;
 * tests/unit/lib/hint/background.test.ts checks these are still the items' keys.
 */
export const WATCHED_KEYS = ['settings', 'siteSwitches'] as const;

/** The hint's UI script, which the background injects when a hint is to be shown. */
export const HINT_UI_JS = '/hint-site.js';

/** The article hint's script: declared for news outlets, registered for "on any site". */
export const HINT_ARTICLE_JS = '/hint-article.js';

/**
 * Where a running hint UI leaves its handle (HintUiHandle) in Hutong's isolated world of the page,
 * which the page's own scripts cannot reach. The background asks it whether the UI is still alive
 * (not orphaned by an extension reload) before injecting the UI again, so one page never runs two,
 * and tells it of address changes it saw (older browsers have no Navigation API).
 */
export const UI_HANDLE = '__hutongHint';

export interface HintUiHandle {
  alive(): boolean;
  /** The tab's address changed (the background saw it): look again. */
  locationChanged(): void;
  /** The hint's closed shadow root, for Hutong's own end-to-end tests; undefined when hidden. */
  shadow(): ShadowRoot | undefined;
  /**
   * The keyboard shortcut (the `focus-hint` command, run by the background in this world): moves
   * focus into the hint, or back to where it was. False when no hint is on screen.
   */
  focus(): boolean;
}

/** Asks the background about this page; `visible` says the hint is on screen already. */
export type AskContext = (visible: boolean) => Promise<PageContext | ErrorReply>;
