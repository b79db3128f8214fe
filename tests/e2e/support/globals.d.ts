/**
 * Inside `inExtension()` / extension pages, tests call the WebExtension API directly:
 * `chrome` in Chromium (promise-based in MV3) and `browser` in Firefox. `extensionApi()` must be
 * defined inside the evaluated function, since evaluated functions cannot close over test code:
 *   const extensionApi = () => globalThis.browser ?? globalThis.chrome;
 * Extension code never uses these globals (it imports `browser` from wxt/browser; lint enforces).
 */
import type { Browser } from 'webextension-polyfill';

declare global {
  var chrome: Browser;
  var browser: Browser | undefined;
  /** Declared for type-checking only; see the comment above. */
  var extensionApi: () => Browser;
}
export {};
