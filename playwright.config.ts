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
  // `*.firefox.spec.ts` covers what only Firefox lets a test drive (a real extension reload);
  // `*.chromium.spec.ts` what only Chromium has. Everything else runs in both browsers.
  projects: [
    { name: 'chromium', testIgnore: '**/*.firefox.spec.ts' },
    { name: 'firefox', testIgnore: '**/*.chromium.spec.ts' },
  ],
});
