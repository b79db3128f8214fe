import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Each test launches its own browser; two workers keep both cores busy without starving them.
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  // `*.chromium.spec.ts` covers what only Chromium has (an extension service worker that the
  // browser stops and restarts); everything else runs in both.
  projects: [{ name: 'chromium' }, { name: 'firefox', testIgnore: '**/*.chromium.spec.ts' }],
});
