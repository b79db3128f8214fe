/**
 * The popup: what Hutong knows about the current tab's site, and the one-click per-site switch
 * that the open page follows at once.
 */
import { test, expect, screenshotPath } from './support/fixtures';
import type { ExtensionHarness } from './support/harness';
import {
  hintHandle,
  openPopupFor,
  setSettings,
  siteSwitches,
  toolbarTitle,
} from './support/extension';
import { readFileSync } from 'node:fs';
import type { Entity } from '../../data/schema';
import { createSiteIndex } from '../../lib/kb/siteIndex';

// Read rather than imported: Node needs an import attribute for JSON that the app build does not.
const entities = JSON.parse(
  readFileSync(new URL('../../data/entities.json', import.meta.url), 'utf8'),
) as Entity[];
const index = createSiteIndex(entities);

/** Every setting written, with hints on every page. */
function everyPage(hutong: ExtensionHarness, language: 'en' | 'zh' = 'en') {
  return setSettings(hutong, {
    hintsEnabled: true,
    hintFrequency: 'every-page',
    language,
    historyEnabled: true,
    historyCap: 5000,
    anySiteDetection: false,
  });
}

test('switching hints off for jd.com hides the open page’s hint at once and on the next visit', async ({
  hutong,
  server,
}) => {
  await everyPage(hutong);
  const url = server.url('item.jd.com', '/100012043978.html');
  const page = await hutong.newPage();
  await page.goto(url);
  await page.waitFor('hutong-hint', { state: 'attached' });

  const popup = await openPopupFor(hutong, '*://item.jd.com/*');
  const match = index.lookup(url);
  expect(match?.domain).toBe('jd.com');
  expect(await popup.text('#site-name')).toBe(match?.entity.name.en);
  expect(await popup.text('.site .line')).toBe(match?.entity.hint?.en);
  expect(
    await popup.evaluate(
      () => (document.querySelector('[data-action="site-switch"]') as HTMLInputElement).checked,
    ),
  ).toBe(true);

  await popup.click('[data-action="site-switch"]');
  // No reload: the content script watches storage and takes the hint away.
  await page.waitForFunction(() => document.querySelector('hutong-hint') === null);
  expect(await siteSwitches(hutong)).toEqual({ 'jd.com': false });

  // The next visit: the toolbar icon says hints are off here, and no hint UI is started.
  await page.goto(server.url('item.jd.com', '/next.html'));
  await expect
    .poll(() => toolbarTitle(hutong, '*://item.jd.com/next.html'))
    .toBe('Hutong has context for this page (in-page hints are off here)');
  expect(await hintHandle(page)).toBe('undefined');
  expect(await page.count('hutong-hint')).toBe(0);
  // The same page, still open, follows the switch back on: it was listening all along.
  await popup.click('[data-action="site-switch"]');
  await page.waitFor('hutong-hint', { state: 'attached' });
  expect(popup.errors).toEqual([]);
});

test('an uncovered site has no entry, and the side panel button is there', async ({
  hutong,
  server,
}) => {
  const page = await hutong.newPage();
  await page.goto(server.url('www.example.org'));
  // Without host access the tab's URL is hidden from the popup opened as a page: also no entry.
  const popup = await openPopupFor(hutong, '*://www.example.org/*', '[data-state="no-entry"]');
  expect(await popup.text('.no-entry')).toBe('No entry for this site');
  expect(await popup.count('[data-action="open-panel"]')).toBe(1);
  expect(await popup.text('h1')).toContain('Hutong');
});

test('the popup dates each status as a report and shows how fresh the data is', async ({
  hutong,
  server,
}) => {
  const page = await hutong.newPage();
  await page.goto(server.url('item.jd.com', '/1.html'));
  const popup = await openPopupFor(hutong, '*://item.jd.com/*');
  expect(await popup.text('#status-heading')).toBe('Status, as last reported');
  expect(await popup.text('[data-capability="alipay-on-jd"]')).toBe(
    'Alipay on JD.com: partial · last reported Jan 2025',
  );
  expect(await popup.text('[data-capability="cainiao-for-jd-merchants"]')).toBe(
    'Cainiao couriers for JD merchants: available · since Oct 2024',
  );
  expect(await popup.text('.site')).not.toMatch(/today/i);
  expect(await popup.text('[data-meta="freshness"]')).toBe(
    'Newest confirmed fact: 15 October 2025. Last checked 30 November 2026.',
  );

  await everyPage(hutong, 'zh');
  await popup.waitForFunction(
    () => document.querySelector('#status-heading')?.textContent === '状态（以最近报道为准）',
  );
  expect(await popup.text('[data-capability="alipay-on-jd"]')).toBe(
    '京东支持支付宝：部分开放 · 最近报道于2025年1月',
  );
  expect(await popup.text('[data-meta="freshness"]')).toBe(
    '最新的已证实事实：2025年10月15日。最近核实：2026年11月30日。',
  );
  expect(popup.errors).toEqual([]);
});

test('the popup follows the language setting; screenshots for the README', async ({
  hutong,
  server,
}) => {
  await everyPage(hutong);
  const page = await hutong.newPage();
  await page.goto(server.url('www.taobao.com'));
  await page.waitFor('hutong-hint', { state: 'attached' });
  const popup = await openPopupFor(hutong, '*://www.taobao.com/*');
  await popup.setViewport(380, 600);
  const taobao = index.lookup(server.url('www.taobao.com'))?.entity;
  expect(await popup.text('#site-name')).toBe(taobao?.name.en);
  // The last-reported status of what crosses over to Taobao, as dated chips.
  expect(await popup.count('.status .chip')).toBeGreaterThan(0);
  if (hutong.browser === 'chromium') await popup.screenshot(screenshotPath('popup-en.png'));

  await popup.click('[data-view="history"]');
  await popup.waitFor('#panel-history');
  await popup.click('[data-view="site"]');

  await everyPage(hutong, 'zh');
  await popup.waitForFunction(
    (name) => document.querySelector('#site-name')?.textContent === name,
    taobao?.name.zh,
  );
  expect(await popup.text('h1')).toBe('互通');
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  if (hutong.browser === 'chromium') await popup.screenshot(screenshotPath('popup-zh.png'));
  expect(popup.errors).toEqual([]);
});
