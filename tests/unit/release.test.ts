/**
 * What the stores and a newcomer's machine hold the release to, checked on every test run: store
 * text lengths in every locale, one version everywhere, and Node versions that agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMUM } from '../../lib/platform/browserMinimums';

// Vitest runs from the project's root (the page environment gives import.meta.url no file path).
const root = process.cwd();
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  version: string;
  engines: { node: string };
  overrides?: Record<string, string>;
};

describe('store listing limits', () => {
  const locales = readdirSync(join(root, 'public/_locales'));
  it('has English, Simplified and Traditional Chinese', () => {
    expect(locales.sort()).toEqual(['en', 'zh_CN', 'zh_TW']);
  });
  for (const locale of locales) {
    it(`${locale}: name ≤ 45 and description ≤ 132 characters (Chrome Web Store)`, () => {
      const messages = JSON.parse(read(`public/_locales/${locale}/messages.json`)) as Record<
        string,
        { message: string }
      >;
      expect([...(messages.extName?.message ?? '')].length).toBeLessThanOrEqual(45);
      expect([...(messages.extDescription?.message ?? '')].length).toBeLessThanOrEqual(132);
      expect(messages.extDescription?.message.length).toBeGreaterThan(0);
    });
  }
});

describe('release bookkeeping', () => {
  it('CHANGELOG.md has an entry for the package version', () => {
    expect(read('CHANGELOG.md')).toContain(`\n## ${pkg.version} `);
  });

  it('.nvmrc names a Node version that engines.node accepts', () => {
    const floor = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(pkg.engines.node)?.slice(1).map(Number);
    const nvmrc = read('.nvmrc').trim().split('.').map(Number);
    expect(floor).toBeDefined();
    const [a = 0, b = 0, c = 0] = nvmrc;
    const [x = 0, y = 0, z = 0] = floor ?? [];
    expect(a * 1e6 + b * 1e3 + c).toBeGreaterThanOrEqual(x * 1e6 + y * 1e3 + z);
  });

  it('every override in package.json is explained in README.md', () => {
    const readme = read('README.md');
    for (const [name, version] of Object.entries(pkg.overrides ?? {})) {
      expect(readme).toContain(`\`${name}\` ${version}`);
    }
  });

  it('the minimum browser versions are whole versions', () => {
    for (const version of Object.values(MINIMUM)) expect(Number.isInteger(version)).toBe(true);
  });
});
