/**
 * Audits of the BUILT extension that need no browser window: the exact permissions of each build
 * (so a new one cannot slip in unnoticed), the content security policy, what a web page could reach,
 * and that no bundle contains a network API. Runs once per browser project, on that browser's build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { test, expect } from './support/fixtures';
import { extensionDir, type BrowserName } from './support/harness';

const matches = JSON.parse(
  readFileSync(new URL('../../data/generated/matches.json', import.meta.url), 'utf8'),
) as { site: string[]; news: string[] };

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string };
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_scripts?: { matches: string[]; js?: string[] }[];
}

const EXPECTED: Record<BrowserName, { permissions: string[]; optional: string[] }> = {
  chromium: {
    permissions: ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage'],
    optional: ['<all_urls>'],
  },
  firefox: {
    // MV2 lists host access among permissions.
    permissions: ['activeTab', 'scripting', 'storage', ...matches.site, ...matches.news],
    optional: ['<all_urls>'],
  },
};

function read(name: BrowserName): { dir: string; manifest: Manifest } {
  const dir = extensionDir(name);
  return {
    dir,
    manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest,
  };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// eslint-disable-next-line no-empty-pattern
test('permissions are exactly the pinned lists', ({}, testInfo) => {
  const name = testInfo.project.name as BrowserName;
  const { manifest } = read(name);
  const expected = EXPECTED[name];
  expect([...(manifest.permissions ?? [])].sort()).toEqual([...expected.permissions].sort());
  if (name === 'chromium') {
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(
      [...matches.site, ...matches.news].sort(),
    );
    expect(manifest.optional_host_permissions).toEqual(expected.optional);
  } else {
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toEqual(expected.optional);
  }
  const all = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
  expect(all).not.toContain('<all_urls>');
  expect(all).not.toContain('tabs');
  expect(
    all.filter((p) => p.includes('://')).every((p) => /^\*:\/\/\*\.[a-z0-9.-]+\/\*$/.test(p)),
  ).toBe(true);
});

// eslint-disable-next-line no-empty-pattern
test('no declared content scripts: every page script is injected by the background when due', ({}, testInfo) => {
  const { manifest, dir } = read(testInfo.project.name as BrowserName);
  expect(manifest.content_scripts ?? []).toEqual([]);
  // The background may script the news outlets too (and read their titles for the pre-screen).
  const hosts = manifest.host_permissions ?? manifest.permissions ?? [];
  for (const pattern of matches.news) expect(hosts, pattern).toContain(pattern);
  expect(existsSync(resolve(dir, 'hint-article.js'))).toBe(true);
});

// eslint-disable-next-line no-empty-pattern
test('covered shopping pages run no declared script; the hint UI is injected when due', ({}, testInfo) => {
  const { manifest, dir } = read(testInfo.project.name as BrowserName);
  const site = (manifest.content_scripts ?? []).filter((script) =>
    script.matches.some((pattern) => matches.site.includes(pattern)),
  );
  expect(site).toEqual([]);
  // The background may script exactly these pages (and read their addresses for the icon).
  const hosts = manifest.host_permissions ?? manifest.permissions ?? [];
  for (const pattern of matches.site) expect(hosts, pattern).toContain(pattern);
  expect(manifest.permissions).toContain('scripting');
  expect(existsSync(resolve(dir, 'hint-site.js'))).toBe(true);
});

// eslint-disable-next-line no-empty-pattern
test('extension pages have a strict content security policy', ({}, testInfo) => {
  const { manifest } = read(testInfo.project.name as BrowserName);
  const csp =
    typeof manifest.content_security_policy === 'string'
      ? manifest.content_security_policy
      : manifest.content_security_policy?.extension_pages;
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/https?:/);
});

// eslint-disable-next-line no-empty-pattern
test('web pages cannot connect to Hutong', ({}, testInfo) => {
  const { manifest } = read(testInfo.project.name as BrowserName);
  expect(manifest.externally_connectable).toBeUndefined();
  // Anything listed here could be fetched by any page to detect Hutong; the hint needs nothing.
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});

// eslint-disable-next-line no-empty-pattern
test('no bundle contains a network API or remote code', ({}, testInfo) => {
  const { dir } = read(testInfo.project.name as BrowserName);
  const offenders: string[] = [];
  for (const file of files(dir).filter((f) => /\.(js|html)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of [
      /\bfetch\(/,
      /XMLHttpRequest/,
      /new WebSocket/,
      /sendBeacon/,
      /new EventSource/,
      /<script[^>]+src=["']https?:/,
      /\beval\(/,
      /new Function\(/,
    ]) {
      if (pattern.test(text)) offenders.push(`${relative(dir, file)}: ${pattern}`);
    }
  }
  expect(offenders).toEqual([]);
});
