import { HINT, pageIdle } from './support/extension';
import { test, expect, screenshotPath } from './support/fixtures';

test('the background starts and answers, with no errors', async ({ hutong }) => {
  const reply = await hutong.inExtension(async () => {
    return extensionApi().runtime.sendMessage({ type: 'no-such-message' });
  });
  expect(reply).toEqual({ error: 'malformed message' });
  expect(hutong.backgroundErrors).toEqual([]);
});

test('the site content script runs on a covered site and not elsewhere', async ({
  hutong,
  server,
}) => {
  const page = await hutong.newPage();
  await page.goto(server.url('www.taobao.com'));
  await page.waitFor(HINT);

  const other = await hutong.newPage();
  await other.goto(server.url('www.example.org'));
  // Give the extension every chance: the page is loaded and idle, yet nothing was injected.
  await pageIdle(other);
  expect(await other.count('hutong-hint')).toBe(0);
});

for (const [path, heading] of [
  ['/popup.html', 'Hutong'],
  ['/sidepanel.html', 'Hutong'],
  ['/options.html', 'Hutong settings'],
] as const) {
  test(`${path} renders`, async ({ hutong }) => {
    const page = await hutong.openExtensionPage(path, 'h1');
    expect(await page.text('h1')).toContain(heading);
    if (path === '/popup.html' && hutong.browser === 'chromium') {
      await page.screenshot(screenshotPath('popup-foundation.png'));
    }
  });
}
