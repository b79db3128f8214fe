/**
 * What a covered page pays for Hutong (issue 4): only the small loader runs on every page; the
 * hint's UI script arrives only when a hint is due. Chromium only, because the scripts a page runs,
 * isolated worlds included, are listed by the DevTools protocol (Debugger.scriptParsed); Firefox
 * runs the same manifest and background code, and hints.spec.ts checks the behaviour in both.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

/** Scripts of this extension parsed in the page during a visit to `url`, by file name. */
async function scriptsOfVisit(page: Page, url: string, until: () => Promise<unknown>) {
  // From a blank page: Debugger.enable also reports the scripts of the document already there.
  await page.goto('about:blank');
  const cdp = await page.context().newCDPSession(page);
  const files: string[] = [];
  cdp.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith('chrome-extension://')) files.push(new URL(event.url).pathname);
  });
  await cdp.send('Debugger.enable');
  await page.goto(url, { waitUntil: 'load' });
  await until();
  await cdp.detach();
  return files;
}

test('a covered page runs only the loader until a hint is due', async ({ hutong, server }) => {
  const page = (await hutong.newPage()).raw as Page;
  const url = server.url('www.taobao.com', '/generated/big.html?nodes=2000');
  // First visit this session: the hint is due, so the UI script follows the loader.
  const first = await scriptsOfVisit(page, url, () => page.locator('hutong-hint .hint').waitFor());
  expect(first).toEqual(['/site-loader.js', '/content-scripts/site.js']);

  // Shown once this session: the next visit asks and gets no hint; the toolbar icon still says
  // Hutong has context. Nothing but the loader ran.
  const answered = () =>
    expect
      .poll(() =>
        hutong.inExtension(async () => {
          const api = extensionApi();
          const [tab] = await api.tabs.query({ url: '*://www.taobao.com/*' });
          return tab?.id === undefined ? '' : api.action.getTitle({ tabId: tab.id });
        }),
      )
      .toBe('Hutong has context for this page');
  const second = await scriptsOfVisit(page, `${url}&again`, answered);
  expect(second).toEqual(['/site-loader.js']);
  expect(await page.locator('hutong-hint').count()).toBe(0);
});
