/**
 * What a covered page pays for Hutong (issue 4): no Hutong script runs in it until a hint is due;
 * the background sets the toolbar icon from the address and injects the hint's UI only then. In
 * Chromium the DevTools protocol reports every isolated world (content script context) the page
 * gets; in both browsers a look into Hutong's world, taken last, finds no hint UI ever started.
 */
import type { CDPSession, Page as PwPage } from '@playwright/test';
import { test, expect } from './support/fixtures';
import type { TestPage } from './support/harness';
import { HINT, hintHandle, pageIdle, toolbarTitle } from './support/extension';

/** Chromium: the extension's isolated worlds created in the page from now on. */
async function extensionWorlds(page: TestPage): Promise<{ count: () => number; cdp: CDPSession }> {
  const raw = page.raw as PwPage;
  const cdp = await raw.context().newCDPSession(raw);
  let created = 0;
  cdp.on('Runtime.executionContextCreated', (event) => {
    if (event.context.origin.startsWith('chrome-extension://')) created++;
  });
  await cdp.send('Runtime.enable');
  return { count: () => created, cdp };
}

/** The taobao.com tab: the background sets its toolbar title from the address. */
const TAOBAO = '*://www.taobao.com/*';

test('a covered page runs no Hutong script until a hint is due', async ({ hutong, server }) => {
  const page = await hutong.newPage();
  // Chromium: from a blank page, because Runtime.enable also reports the worlds already there.
  const worlds = hutong.browser === 'chromium' ? await extensionWorlds(page) : undefined;

  // First visit this session: the hint is due, so the background injects its UI.
  await page.goto(server.url('www.taobao.com', '/ui-probe.html'));
  await page.waitFor(HINT);
  expect(await page.count('hutong-hint')).toBe(1);
  expect(worlds?.count() ?? 1).toBe(1);

  // Shown once this session: on the next page the toolbar icon still says Hutong has context,
  // and nothing of Hutong's runs in the page at all.
  await page.goto(server.url('www.example.org', '/plain'));
  await expect.poll(() => toolbarTitle(hutong, TAOBAO)).toBe('');
  if (worlds) await worlds.cdp.detach();
  const quiet = hutong.browser === 'chromium' ? await extensionWorlds(page) : undefined;
  await page.goto(server.url('www.taobao.com', '/ui-probe.html?again'));
  await expect.poll(() => toolbarTitle(hutong, TAOBAO)).toBe('Hutong has context for this page');
  await pageIdle(page);
  expect(await page.count('hutong-hint')).toBe(0);
  expect(quiet?.count() ?? 0).toBe(0);

  // The app moves to another item (pushState): the background hears of the new address, sets
  // the toolbar icon again (cleared here first, so the test sees it set anew), and still starts
  // nothing in the page.
  await hutong.inExtension(async () => {
    const api = extensionApi();
    const [tab] = await api.tabs.query({ url: '*://www.taobao.com/*' });
    await (api.action ?? api.browserAction).setTitle({ tabId: tab?.id, title: 'cleared' });
  });
  expect(await toolbarTitle(hutong, TAOBAO)).toBe('cleared');
  await page.evaluate(() => history.pushState({}, '', '/ui-probe.html?item=2'));
  await expect.poll(() => toolbarTitle(hutong, TAOBAO)).toBe('Hutong has context for this page');
  await pageIdle(page);
  expect(quiet?.count() ?? 0).toBe(0);
  await quiet?.cdp.detach();
  expect(await page.count('hutong-hint')).toBe(0);
  // Last, as it opens Hutong's world itself: no hint UI ever ran in this document.
  expect(await hintHandle(page)).not.toBe('object');
  expect(page.errors).toEqual([]);
});
