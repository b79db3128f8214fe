/**
 * Playwright fixtures for the end-to-end suite. Each test gets a fresh browser profile with the
 * built extension (`hutong`), and each worker one local web server (`server`). The project name
 * ("chromium" or "firefox") picks the browser, so every spec runs in both.
 *
 * The fixture is deliberately not called `browser`: that name inherits Playwright's worker-scoped
 * fixture and leaks state between tests (docs/TESTING.md).
 */
import { test as base, expect } from '@playwright/test';
import type { BrowserName, ExtensionHarness } from './harness';
import { launchWithExtension } from './launch';
import { startServer, type TestServer } from './server';

export const test = base.extend<{ hutong: ExtensionHarness }, { server: TestServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // Playwright's own `locale` option (test.use({ locale: 'zh-TW' })) makes a profile that prefers
  // that language; unset, each browser keeps its default.
  hutong: async ({ locale }, use, testInfo) => {
    const harness = await launchWithExtension(
      testInfo.project.name as BrowserName,
      undefined,
      undefined,
      locale,
    );
    await use(harness);
    await harness.close();
  },
});

export { expect };

/**
 * Absolute path for a screenshot the suite takes. README's images (docs/screenshots/) are written
 * only by `npm run screenshots` (HUTONG_SCREENSHOTS=1); an ordinary run writes them under
 * test-results/, so `npm test` leaves the working copy as it found it.
 */
export function screenshotPath(name: string): string {
  const dir =
    process.env.HUTONG_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
  return new URL(`../../../${dir}/${name}`, import.meta.url).pathname;
}
