/**
 * What a covered page pays for Hutong (issue 4): only the small loader runs on every page; the
 * hint's UI script starts only when a hint is due. In both browsers a page-side probe counts the
 * UI script's starts (WXT announces each with a document event); in Chromium the DevTools protocol
 * also lists every script the page parsed, isolated worlds included.
 */
import type { CDPSession, Page as PwPage } from '@playwright/test';
import { test, expect } from './support/fixtures';
import type { ExtensionHarness, TestPage } from './support/browsers';

/** The event WXT's content-script runtime dispatches on `document` when the UI script starts. */
async function uiStartedEvent(hutong: ExtensionHarness): Promise<string> {
  const id = await hutong.inExtension(() => extensionApi().runtime.id);
  return `${id}:site:wxt:content-script-started`;
}

/** Chromium: every script of this extension the page parses from now on, by path. */
async function parsedScripts(page: TestPage): Promise<{ files: string[]; cdp: CDPSession }> {
  const raw = page.raw as PwPage;
  const cdp = await raw.context().newCDPSession(raw);
  const files: string[] = [];
  cdp.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith('chrome-extension://')) files.push(new URL(event.url).pathname);
  });
  await cdp.send('Debugger.enable');
  return { files, cdp };
}

/** Waits until the background has answered this page's loader (it titles the toolbar button). */
async function answered(hutong: ExtensionHarness) {
  await expect
    .poll(() =>
      hutong.inExtension(async () => {
        const api = extensionApi();
        const [tab] = await api.tabs.query({ url: '*://www.taobao.com/*' });
        const action = api.action ?? api.browserAction;
        return tab?.id === undefined ? '' : action.getTitle({ tabId: tab.id });
      }),
    )
    .toBe('Hutong has context for this page');
}

test('a covered page runs only the loader until a hint is due', async ({ hutong, server }) => {
  const event = encodeURIComponent(await uiStartedEvent(hutong));
  const page = await hutong.newPage();
  // Chromium: from a blank page, because Debugger.enable also reports the scripts already there.
  const parsed = hutong.browser === 'chromium' ? await parsedScripts(page) : undefined;

  // First visit this session: the hint is due, so the UI script follows the loader.
  await page.goto(`${server.url('www.taobao.com', '/ui-probe.html')}#${event}`);
  await page.waitFor('hutong-hint >>> .hint');
  expect(await page.evaluate(() => (window as { __uiStarts?: number }).__uiStarts)).toBe(1);
  expect(parsed?.files ?? []).toEqual(
    hutong.browser === 'chromium' ? ['/site-loader.js', '/content-scripts/site.js'] : [],
  );

  // Shown once this session: the next page asks, gets no hint, and the toolbar icon still says
  // Hutong has context. The UI script never starts.
  if (parsed) parsed.files.length = 0;
  await page.goto(`${server.url('www.taobao.com', '/ui-probe.html?again')}#${event}`);
  await answered(hutong);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  expect(await page.evaluate(() => (window as { __uiStarts?: number }).__uiStarts)).toBe(0);
  expect(await page.count('hutong-hint')).toBe(0);
  expect(parsed?.files ?? []).toEqual(hutong.browser === 'chromium' ? ['/site-loader.js'] : []);
  await parsed?.cdp.detach();
  expect(page.errors).toEqual([]);
});
