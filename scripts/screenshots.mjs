// `npm run screenshots`: README's images in docs/screenshots/, taken by the end-to-end specs that
// show each surface (Chromium; English, Simplified and Traditional Chinese). Kept out of `npm test`, which writes its
// screenshots under test-results/ so that a test run leaves the working copy clean.
import { spawnSync } from 'node:child_process';

const step = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

step('npx', ['wxt', 'build', '-b', 'chrome']);
step(
  'node',
  [
    'scripts/e2e.mjs',
    // `--project=…` with "=": a bare --project would take the spec files as project names.
    '--project=chromium',
    'tests/e2e/foundation.spec.ts',
    'tests/e2e/hints.spec.ts',
    'tests/e2e/options.spec.ts',
    'tests/e2e/popup.spec.ts',
    'tests/e2e/sidepanel.spec.ts',
    'tests/e2e/traditional.spec.ts',
  ],
  { HUTONG_SCREENSHOTS: '1' },
);
console.log('screenshots: written to docs/screenshots/');
