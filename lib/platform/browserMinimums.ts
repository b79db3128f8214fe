/**
 * The oldest browsers Hutong runs in, decided from the APIs the code uses (docs/STORE.md has the
 * table). wxt.config.ts writes them into the manifests, and `npm test` refuses to run the
 * end-to-end suite in an older browser (scripts/check-env.ts). Plain data, no imports: the
 * config, the check script and the unit tests all read it.
 */
export const MINIMUM = {
  /**
   * chrome.sidePanel.open() from a user gesture (the popup's button, the hint's More, the keyboard
   * command) arrived in Chrome 116. Everything else is older: popover 114, storage.session 102,
   * scripting 88, the bundles' syntax target (Vite's baseline) 111.
   */
  chrome: 116,
  /**
   * Firefox desktop: storage.session (115) holds the "once per session" state and the panel's
   * focus request. Also used, all older: scripting with MV2 (102), filtered tabs.onUpdated (61),
   * Web Locks (96), the bundles' syntax target (Vite's baseline, 114). The hint uses the popover
   * top layer where it exists (125) and stays a fixed box where it does not.
   */
  firefox: 115,
  /**
   * Firefox for Android installs extensions from addons.mozilla.org from 120 on; every API above
   * exists there by then. There is no sidebar: the panel opens in a tab (lib/panel/open.ts).
   */
  firefoxAndroid: 120,
} as const;
