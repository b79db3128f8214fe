/**
 * Firefox for Android, emulated in Firefox desktop (issue 15). Android has no sidebar, no keyboard
 * commands and no windows API. The Firefox build is copied and its manifest stripped of
 * `sidebar_action` and `commands` (Firefox then gives the add-on no sidebarAction or commands API,
 * as on a phone), a first script in every page and in the background removes `windows`, and prefs
 * make the pointer a touch screen's. Tests run at a phone's 360 px width: the popup fits, the panel
 * opens in a tab, the hint fits.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir, type ExtensionHarness, type TestPage } from './support/harness';
import { launchWithExtension } from './support/launch';
import { extensionTabs, tabId } from './support/extension';
import { test as base, expect } from './support/fixtures';

const EMULATION = `// Test-only: what Firefox for Android lacks (see android.firefox.spec.ts).
for (const api of [globalThis.browser, globalThis.chrome]) {
  if (api) Object.defineProperty(api, 'windows', { value: undefined, configurable: true });
}
`;

/** A copy of the Firefox build that meets the APIs Firefox for Android has. */
function androidBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hutong-android-'));
  cpSync(extensionDir('firefox'), dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    sidebar_action?: unknown;
    commands?: unknown;
    background: { scripts: string[] };
  };
  delete manifest.sidebar_action;
  delete manifest.commands;
  manifest.background.scripts = ['android-emulation.js', ...manifest.background.scripts];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  writeFileSync(join(dir, 'android-emulation.js'), EMULATION);
  for (const page of readdirSync(dir).filter((file) => file.endsWith('.html'))) {
    const html = readFileSync(join(dir, page), 'utf8');
    writeFileSync(
      join(dir, page),
      html.replace('<head>', '<head><script src="/android-emulation.js"></script>'),
    );
  }
  return dir;
}

const test = base.extend<{ hutong: ExtensionHarness }>({
  // eslint-disable-next-line no-empty-pattern
  hutong: async ({}, use) => {
    const dir = androidBuild();
    // A phone's touch screen: a coarse pointer that cannot hover, as CSS media queries see it.
    const harness = await launchWithExtension('firefox', dir, {
      'ui.primaryPointerCapabilities': 1,
      'ui.allPointerCapabilities': 1,
    });
    await use(harness);
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

const PHONE = { width: 360, height: 740 };

/** Wider than the screen: content the user would have to scroll sideways to see. */
function overflow(page: TestPage): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

test('the emulation holds: no sidebar, commands or windows API', async ({ hutong }) => {
  const apis = await hutong.inExtension(() => {
    const api = extensionApi() as unknown as Record<string, unknown>;
    return [api.sidebarAction, api.commands, api.windows].map((x) => x === undefined);
  });
  expect(apis).toEqual([true, true, true]);
});

test('the popup fits a phone and its Open side panel opens the panel page in a tab', async ({
  hutong,
  server,
}) => {
  const site = await hutong.newPage();
  await site.goto(server.url('www.taobao.com'));
  const id = await tabId(hutong, '*://www.taobao.com/*');
  const popup = await hutong.newPage();
  await popup.setViewport(PHONE.width, PHONE.height);
  await popup.goto(hutong.extensionUrl(`/popup.html?tab=${id}`));
  await popup.waitFor('[data-state="entry"]');
  expect(await popup.attribute('.site', 'data-site')).toBe('taobao.com');
  expect(await overflow(popup)).toBe(0);
  await popup.click('[data-action="open-panel"]');
  await expect
    .poll(() => extensionTabs(hutong, '/sidepanel.html'))
    .toEqual([hutong.extensionUrl('/sidepanel.html#entity=taobao')]);
  expect(await popup.count('[role="alert"]')).toBe(0);
  expect(popup.errors).toEqual([]);
});

test('the hint fits 360 px and its More opens the panel page in a tab', async ({
  hutong,
  server,
}) => {
  const page = await hutong.newPage();
  await page.setViewport(PHONE.width, PHONE.height);
  await page.goto(server.url('www.taobao.com'));
  await page.waitFor('hutong-hint >>> [data-action="more"]');
  const box = await page.inHint(async (root) => {
    const hint = root?.querySelector('.hint');
    if (!(hint instanceof HTMLElement)) return null;
    await Promise.all(hint.getAnimations().map((animation) => animation.finished));
    const r = hint.getBoundingClientRect();
    return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
  });
  expect(box).not.toBeNull();
  expect(box?.left).toBeGreaterThanOrEqual(0);
  expect(box?.right).toBeLessThanOrEqual(box?.width ?? 0);
  await page.click('hutong-hint >>> [data-action="more"]');
  await expect.poll(async () => (await extensionTabs(hutong, '/sidepanel.html')).length).toBe(1);
  const [url] = await extensionTabs(hutong, '/sidepanel.html');
  expect(url).toMatch(/\/sidepanel\.html#.*entity=taobao/);
  expect(page.errors).toEqual([]);
});

test('the panel, options and privacy pages fit a phone’s width', async ({ hutong }) => {
  for (const [path, ready] of [
    ['/sidepanel.html', 'main h1, main h2'],
    ['/options.html', 'main h1'],
    ['/privacy.html', 'article h1'],
  ] as const) {
    const page = await hutong.newPage();
    await page.setViewport(PHONE.width, PHONE.height);
    await page.goto(hutong.extensionUrl(path));
    await page.waitFor(ready);
    expect(await overflow(page), path).toBe(0);
    expect(page.errors, path).toEqual([]);
    await page.close();
  }
});
