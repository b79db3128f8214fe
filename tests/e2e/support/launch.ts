/**
 * Starts a browser with the built extension and hands back the harness the tests drive
 * (harness.ts). Kept apart from harness.ts so that the browser modules import the shared module
 * and never the other way round.
 */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, ExtensionHarness } from './harness';

/**
 * `build` picks another build folder in the output dir (e.g. 'firefox-mv3') or anywhere (an
 * absolute path); `firefoxPrefs` adds Firefox prefs (e.g. a touch screen's pointer); `locale`
 * makes a profile that prefers that language (e.g. 'zh-TW'): Chromium's `--lang`, Firefox's
 * `intl.accept_languages`.
 */
export function launchWithExtension(
  name: BrowserName,
  build?: string,
  firefoxPrefs?: Record<string, unknown>,
  locale?: string,
): Promise<ExtensionHarness> {
  if (name === 'chromium') return launchChromium(locale);
  const prefs = locale ? { 'intl.accept_languages': locale, ...firefoxPrefs } : firefoxPrefs;
  return launchFirefox(build, prefs);
}
