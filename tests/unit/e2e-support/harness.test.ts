// @vitest-environment node
/**
 * The test suite's own failure messages: a missing browser, a missing build or a taken port must
 * say what is wrong and how to fix it, never hang or skip.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserPath, extensionDir } from '../../e2e/support/harness';
import { startServer } from '../../e2e/support/server';

describe('end-to-end harness messages', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    ['chromium', 'CHROMIUM_PATH', 'apt-get install -y chromium'],
    ['firefox', 'FIREFOX_PATH', 'apt-get install -y firefox-esr'],
  ] as const)('a missing %s names the package and the variable', (name, variable, install) => {
    vi.stubEnv(variable, '/nowhere/browser');
    expect(() => browserPath(name)).toThrow(install);
    expect(() => browserPath(name)).toThrow(variable);
  });

  it('a missing build says to run the build', () => {
    expect(() => extensionDir('firefox', 'no-such-build')).toThrow('npm run build');
  });

  it('a taken port says so instead of hanging', async () => {
    const first = await startServer(0);
    try {
      await expect(startServer(first.port)).rejects.toThrow(/already in use/);
    } finally {
      await first.close();
    }
  });
});
