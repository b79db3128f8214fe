/**
 * Names shared by the background and the hint's UI script, in a module of their own so that
 * neither bundle pulls in the other's code.
 */

/** The hint's host element, always a child of <html>. */
export const HINT_ELEMENT = 'hutong-hint';

/**
 * storage.local keys of settingsItem and siteSwitchesItem (utils/storage.ts). Watched raw because
 * importing the items would bundle WXT's storage layer into content scripts;
 * tests/unit/hints.test.ts checks these are still the items' keys.
 */
export const WATCHED_KEYS = ['settings', 'siteSwitches'] as const;

/** The hint's UI script, which the background injects when a hint is to be shown. */
export const HINT_UI_JS = '/content-scripts/site.js';

/**
 * Where a running hint UI leaves, in Hutong's isolated world of the page, a function that says
 * whether it is still alive (not torn down by an extension reload). The background asks before
 * injecting the UI again, so one page never runs two.
 */
export const UI_ALIVE = '__hutongHintAlive';
