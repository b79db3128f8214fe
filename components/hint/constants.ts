/**
 * Names shared by the loader (components/hint/loader.ts) and the hint's UI script, in a module of
 * their own so that the loader's bundle gets these and nothing else.
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
