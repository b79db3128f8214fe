import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { entities } from './data';
import { MINIMUM } from './lib/platform/browserMinimums';
import { newsMatchPatterns, siteMatchPatterns } from './lib/kb/matchPatterns';

/** Fixed ids so that tests, and users' stored settings, survive a reinstall. */
export const GECKO_ID = 'hutong@hutong-extension.org';
/**
 * Public half of the key that pins the Chrome extension id (nbedcldoejjgfofoohodimimdaahchih) in
 * development and test builds. Store builds (`npm run zip`, HUTONG_STORE=1) leave it out: the Chrome
 * Web Store refuses an upload whose manifest has `key`, and gives the extension its own id.
 */
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAx8YANwbpb4VIqk5PjWfPyT7TAxevDg5y6AVM7toFMXTLs45cR50F4akYpt604aaCJQzebl/YvxX+wCVSlsK3e9PMVZjAg4RgTjRToGRChilYhugL+MlDrPBdYBkWZ/9A1Se1YJscSizIGYQuk9Qn3fkr3ajg3j61T0/16NdsIIy+NASBZTDI0w2UUL9XqgIozeKvb7djTL9QhP8mJBan6d7vDjTi06H3mePsHrOFVJP4XYSSrC2VkGBKsXym5F00QUZelg5Tb9fW+p35p9lsXGQcYEv4lurC8xNnzlmu1DNdWq0DwWz5UVhBsb1YnFbY7PVpQuNfwMUppTRn1NJ+UQIDAQAB';

// Host access is exactly the sites in the knowledge base: no <all_urls> unless the user opts in
// to "on any site" article detection, which asks for it at runtime (optional permission).
const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const STORE = process.env.HUTONG_STORE === '1';

/**
 * Moves focus into the in-page hint and back (lib/hint/background.ts, FOCUS_COMMAND). Alt+Shift+J:
 * free in Chrome and Firefox (Alt+Shift+H is the side panel's, Alt+Shift+I Chrome's feedback,
 * Alt+Shift+T its toolbar); users rebind it at chrome://extensions/shortcuts or about:addons.
 */
const FOCUS_HINT_COMMAND = {
  suggested_key: { default: 'Alt+Shift+J' },
  description: '__MSG_commandFocusHint__',
};

const coveredHosts = [...siteMatchPatterns(entities), ...newsMatchPatterns(entities)];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Lets several builds (and test runs) live side by side; tests read the same variable.
  outDir: process.env.HUTONG_OUT_DIR ?? '.output',
  // No modulepreload polyfill: every supported browser has it, and it is the only fetch() in the bundles.
  // The sources zip addons.mozilla.org asks for (npm run zip): what builds the extension, without
  // images, test output or logs that may lie around in a working copy.
  zip: {
    excludeSources: [
      'docs/screenshots/**',
      'docs/store/**',
      'test-results/**',
      'playwright-report/**',
      'blob-report/**',
      'stats.html',
      '**/*.log',
    ],
  },
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser, manifestVersion, command }) => {
    const chromium = browser !== 'firefox';
    return {
      // Extension pages may load only their own files and may not connect anywhere: even a bug
      // could not make Hutong send a request. (Dev mode needs its own CSP for hot reload.)
      ...(command === 'build'
        ? manifestVersion === 3
          ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }
          : { content_security_policy: EXTENSION_PAGES_CSP }
        : {}),
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: [
        'storage',
        // The popup reads the current tab's address on a click, so no `tabs` permission is needed.
        'activeTab',
        // Injects the hint's UI into a covered page when a hint is due, and the article detector
        // into a news page whose title or address may be about the story.
        'scripting',
        ...(chromium ? ['contextMenus'] : []),
      ],
      host_permissions: coveredHosts,
      // No declared content scripts: the background injects the hint's scripts where they are due
      // (lib/hint/background.ts, lib/news/articles.ts), so other visits run nothing.
      ...(manifestVersion === 3
        ? { optional_host_permissions: ['<all_urls>'] }
        : { optional_permissions: ['<all_urls>'] }),
      action: { default_title: '__MSG_extName__' },
      commands: chromium
        ? {
            'open-side-panel': {
              suggested_key: { default: 'Alt+Shift+H' },
              description: '__MSG_commandOpenPanel__',
            },
            'focus-hint': FOCUS_HINT_COMMAND,
          }
        : {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+H' },
              description: '__MSG_commandOpenPanel__',
            },
            'focus-hint': FOCUS_HINT_COMMAND,
          },
      // Minimum versions: see lib/platform/browserMinimums.ts for the API behind each.
      ...(chromium
        ? { minimum_chrome_version: String(MINIMUM.chrome), ...(STORE ? {} : { key: CHROME_KEY }) }
        : {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                strict_min_version: `${MINIMUM.firefox}.0`,
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: `${MINIMUM.firefoxAndroid}.0` },
            },
          }),
    };
  },
});
