/**
 * 繁體中文 (issue 17): a profile whose preferred language is zh-TW (Chromium `--lang`, Firefox
 * `intl.accept_languages`) gets the hint, the popup and the side panel in Traditional Chinese with
 * the language setting left on "automatic", tagged lang="zh-TW"; and search finds the same events
 * typed in either script.
 */
import { readFileSync } from 'node:fs';
import { HINT, openPopupFor } from './support/extension';
import { test, expect, screenshotPath } from './support/fixtures';
import { openPanel, VISIBLE_EVENT } from './support/panelPage';

test.use({ locale: 'zh-TW' });

// Read rather than imported: Node needs an import attribute for JSON that the app build does not.
const hant = (table: string) =>
  JSON.parse(
    readFileSync(new URL(`../../data/generated/hant.${table}.json`, import.meta.url), 'utf8'),
  ) as Record<string, string>;

test('a zh-TW profile gets the hint and the popup in Traditional Chinese', async ({
  hutong,
  server,
}) => {
  const page = await hutong.newPage();
  await page.goto(server.url('www.taobao.com'));
  await page.waitFor(HINT);
  // The name keeps its official Traditional form (the override table), the buttons are the
  // hint's own Traditional strings, and the hint says which language it speaks.
  expect(await page.text('hutong-hint >>> .title')).toBe('淘寶');
  expect(await page.text('hutong-hint >>> [data-action="hide-site"]')).toBe('在本站隱藏');
  expect(await page.text('hutong-hint >>> [data-action="more"]')).toBe(hant('hintStrings').more);
  expect(await page.attribute(HINT, 'lang')).toBe('zh-TW');
  expect(await page.attribute(HINT, 'aria-label')).toBe('互通：本頁的背景資訊');

  const popup = await openPopupFor(hutong, '*://www.taobao.com/*');
  expect(await popup.text('#site-name')).toBe('淘寶');
  expect(await popup.text('[data-action="open-panel"]')).toBe('開啟側邊欄');
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
  // Still "automatic": nothing was chosen, the profile's language decided.
  expect(await popup.evaluate(() => document.querySelector('select')?.value)).toBe('auto');
  expect(
    await popup.evaluate(() =>
      document.querySelector('option[value="zh-Hant"]')?.getAttribute('lang'),
    ),
  ).toBe('zh-TW');
  if (hutong.browser === 'chromium') {
    await popup.setViewport(380, 600);
    await popup.screenshot(screenshotPath('popup-zh-hant.png'));
  }
  expect(page.errors).toEqual([]);
  expect(popup.errors).toEqual([]);
});

test('a zh-TW profile gets the side panel in Traditional, and search folds the scripts', async ({
  hutong,
}) => {
  const panel = await openPanel(hutong);
  expect(await panel.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
  expect(await panel.text('.tagline')).toBe(hant('common').tagline);
  expect(await panel.text('label[for="panel-search"]')).toBe(hant('panelStrings').search);
  if (hutong.browser === 'chromium')
    await panel.screenshot(screenshotPath('sidepanel-zh-hant.png'));

  await panel.fill('#panel-search', '菜鳥');
  await panel.waitForFunction(() =>
    [...document.querySelectorAll('#timeline mark')].some((m) => m.textContent === '菜鳥'),
  );
  const traditional = await panel.count(VISIBLE_EVENT);
  expect(traditional).toBeGreaterThan(0);
  // The cards are in Traditional too: the knowledge base's Chinese was converted at build time.
  expect(await panel.text(`${VISIBLE_EVENT} h4`)).toContain('菜鳥');

  // Typed in Simplified, the same events, and the Traditional text is what gets marked.
  await panel.fill('#panel-search', '菜鸟');
  await panel.waitForFunction(
    (n) =>
      document.querySelector('#panel-search') instanceof HTMLInputElement &&
      (document.querySelector('#panel-search') as HTMLInputElement).value === '菜鸟' &&
      [...document.querySelectorAll('#timeline mark')].some((m) => m.textContent === '菜鳥') &&
      document.querySelectorAll('#timeline .events > li:not([hidden]) > .event').length === n,
    traditional,
  );
  expect(panel.errors).toEqual([]);
});
