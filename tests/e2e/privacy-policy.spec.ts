/**
 * The privacy policy inside the extension (issue 15): privacy.html shows PRIVACY.md itself, in
 * both languages with the reader's first, and the options page and the side panel's About link
 * to it.
 */
import { readFileSync } from 'node:fs';
import { extensionTabs, setSettings } from './support/extension';
import { seriousA11yViolations } from './support/axe';
import { test, expect } from './support/fixtures';

const POLICY = readFileSync(new URL('../../PRIVACY.md', import.meta.url), 'utf8');
const headings = (level: string) =>
  POLICY.split('\n')
    .filter((line) => line.startsWith(`${level} `))
    .map((line) => line.slice(level.length + 1));

test('privacy.html is PRIVACY.md, in English and Chinese, the reader’s language first', async ({
  hutong,
}) => {
  await setSettings(hutong, { language: 'en' });
  const page = await hutong.openExtensionPage('/privacy.html', 'article h1');
  const titles = headings('#');
  expect(titles).toHaveLength(2);
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('article')].map((a) => [
        a.lang,
        a.querySelector('h1')?.textContent,
      ]),
    ),
  ).toEqual([
    ['en', titles[0]],
    ['zh-CN', titles[1]],
  ]);
  // Every section of the file, in order, and its text as written (line breaks joined).
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('article h2')].map((h) => h.textContent),
    ),
  ).toEqual(headings('##'));
  const text = await page.text('#en');
  expect(text).toContain('Hutong sends nothing anywhere. It makes no network requests at all');
  expect(text).toContain('never in private windows');
  expect(await page.text('#zh-CN')).toContain('互通不向任何地方发送任何数据。');
  expect(await seriousA11yViolations(page)).toEqual([]);

  await setSettings(hutong, { language: 'zh' });
  await page.waitForFunction(() => document.querySelector('article')?.lang === 'zh-CN');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  expect(page.errors).toEqual([]);
});

test('the options page links to the privacy policy, which opens in a tab', async ({ hutong }) => {
  await setSettings(hutong, { language: 'en' });
  const options = await hutong.openExtensionPage('/options.html', '.privacy-link a');
  expect(await options.text('.privacy-link a')).toBe('Privacy policy');
  await options.click('.privacy-link a');
  await expect
    .poll(() => extensionTabs(hutong, '/privacy.html'))
    .toEqual([hutong.extensionUrl('/privacy.html#en')]);
});

test('the side panel’s About links to the privacy policy in the panel’s language', async ({
  hutong,
}) => {
  await setSettings(hutong, { language: 'zh' });
  const panel = await hutong.openExtensionPage('/sidepanel.html', '#about .privacy-link a');
  expect(await panel.text('#about .privacy-link a')).toBe('隐私政策');
  expect(await panel.attribute('#about .privacy-link a', 'href')).toBe('/privacy.html#zh-CN');
  expect(await panel.attribute('#about .privacy-link a', 'target')).toBe('_blank');
});
