/** The options page: settings, site switches, export/import, reset, and the stored-data view. */
import { test, expect, screenshotPath } from './support/fixtures';
import { captureDownloads, lastDownload } from './support/downloads';
import type { ExtensionHarness, TestPage } from './support/harness';
import { seriousA11yViolations } from './support/axe';
import { selectOption } from './support/panelPage';

function stored(hutong: ExtensionHarness) {
  return hutong.inExtension(() => extensionApi().storage.local.get(['settings', 'siteSwitches']));
}

/**
 * Runs `act` and waits for the outcome it brings (e.g. "import-ok"), not an earlier one still on
 * screen: every outcome has a new sequence number.
 */
async function outcome(page: TestPage, act: () => Promise<unknown>, expected: string) {
  const before = await page.attribute('#backup-message', 'data-seq');
  await act();
  await page.waitForFunction(
    ([previous, wanted]) => {
      const message = document.querySelector('#backup-message');
      return (
        message?.getAttribute('data-seq') !== previous &&
        message?.getAttribute('data-result') === wanted
      );
    },
    [before, expected] as const,
  );
}

/** Chooses a file in the import input, as a user picking it would. */
function chooseFile(page: TestPage, text: string) {
  return page.evaluate((content) => {
    const input = document.querySelector('input[name="import-settings"]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([content], 'hutong-settings.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
}

test('settings export, reset and re-import round-trip; a foreign file changes nothing', async ({
  hutong,
}) => {
  const page = await hutong.openExtensionPage('/options.html', 'h1');
  expect(await page.text('h1')).toBe('Hutong settings');
  await page.click('input[name="hintFrequency"][value="every-page"]');
  await page.fill('input[name="site-search"]', 'jd');
  await page.click('input[data-site="jd.com"]');
  await expect
    .poll(() => stored(hutong))
    .toMatchObject({
      settings: { hintFrequency: 'every-page' },
      siteSwitches: { 'jd.com': false },
    });
  const before = await stored(hutong);

  await captureDownloads(page);
  await page.click('[data-action="export-settings"]');
  await page.waitForFunction(() => (window as unknown as { saved: Blob[] }).saved.length === 1);
  const exported = await lastDownload(page);
  expect(JSON.parse(exported)).toMatchObject({ app: 'hutong', kind: 'settings', version: 1 });

  await page.click('[data-action="reset-settings"]');
  await outcome(page, () => page.click('dialog.confirm [data-action="confirm"]'), 'reset-ok');
  await expect
    .poll(() => stored(hutong))
    .toMatchObject({
      settings: { hintFrequency: 'once-per-session' },
      siteSwitches: {},
    });

  await outcome(page, () => chooseFile(page, exported), 'import-ok');
  expect(await stored(hutong)).toEqual(before);
  expect(
    await page.evaluate(
      () => (document.querySelector('input[data-site="jd.com"]') as HTMLInputElement).checked,
    ),
  ).toBe(false);

  for (const bad of ['{"app":"other","kind":"settings"}', '{"app":"hutong"', '[]']) {
    await outcome(page, () => chooseFile(page, bad), 'import-error');
    expect(await page.text('#backup-message')).toContain('Nothing was changed');
    expect(await stored(hutong)).toEqual(before);
  }
  expect(page.errors).toEqual([]);
});

test('global switch, history settings and the stored-data view', async ({ hutong }) => {
  // Two stored visits, in the history writer's layout (only a page's own tab can report one).
  await hutong.inExtension(() =>
    extensionApi().storage.local.set({
      historyIndex: { version: 2, chunks: [{ id: 0, size: 2 }], next: 1 },
      'historyChunk:0': ['https://www.taobao.com/1', 'https://www.jd.com/2'].map((url, i) => ({
        id: `seed-${i}`,
        url,
        title: url,
        site: i === 0 ? 'taobao.com' : 'jd.com',
        entities: [],
        time: Date.now() - 1000 * (2 - i),
      })),
    }),
  );
  const page = await hutong.openExtensionPage('/options.html', '[data-stored-history="2"]');
  await page.click('input[name="hintsEnabled"]');
  await page.click('input[name="historyEnabled"]');
  expect(await page.text('[data-history-count]')).toBe('2 entries stored.');
  await page.fill('#history-cap', '300');
  await page.press('Tab');
  await expect
    .poll(() => stored(hutong))
    .toMatchObject({
      settings: { hintsEnabled: false, historyEnabled: false, historyCap: 300 },
    });
  // Below the minimum: said so, and nothing saved (it was once clamped and saved silently).
  await page.fill('#history-cap', '50');
  await page.press('Tab');
  await page.waitForFunction(() => document.querySelector('#history-cap-error')?.textContent);
  expect(await page.text('#history-cap-error')).toBe(
    'The limit must be a whole number from 100 to 20000. Nothing was saved: it stays at 300.',
  );
  expect(await page.attribute('#history-cap', 'aria-invalid')).toBe('true');
  // Emptied: the same, where it once became 100 and trimmed the history.
  await page.evaluate(() => {
    const input = document.querySelector('#history-cap') as HTMLInputElement;
    input.focus();
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForFunction(() =>
    document.querySelector('#history-cap-error')?.textContent?.startsWith('Enter a number'),
  );
  expect(await page.text('#history-cap-error')).toBe(
    'Enter a number of entries from 100 to 20000. Nothing was saved: the limit stays at 300.',
  );
  expect(
    await page.evaluate(() => (document.querySelector('#history-cap') as HTMLInputElement).value),
  ).toBe('300');
  expect((await stored(hutong)).settings).toMatchObject({ historyCap: 300 });

  if (hutong.browser === 'chromium') {
    await page.setViewport(900, 1100);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot(screenshotPath('options-en.png'));
  }

  await captureDownloads(page);
  await page.click('[data-action="export-all"]');
  await page.waitForFunction(() => (window as unknown as { saved: Blob[] }).saved.length === 1);
  const all = JSON.parse(await lastDownload(page)) as { kind: string; history: unknown[] };
  expect(all.kind).toBe('all-data');
  expect(all.history).toHaveLength(2);

  // A site switched off, so that "Clear everything" has a switch to clear.
  await page.click('input[data-site="jd.com"]');
  await expect.poll(async () => (await stored(hutong)).siteSwitches).toEqual({ 'jd.com': false });

  await page.click('[data-action="clear-all"]');
  await page.click('dialog.confirm [data-action="confirm"]');
  await page.waitFor('[data-stored-history="0"]');
  // The site's hints are on again, in the list as in storage.
  await expect
    .poll(() =>
      page.evaluate(
        () => (document.querySelector('input[data-site="jd.com"]') as HTMLInputElement).checked,
      ),
    )
    .toBe(true);
  const after = await hutong.inExtension(() => extensionApi().storage.local.get());
  expect(after).toMatchObject({ historyIndex: { chunks: [] }, settings: { hintsEnabled: true } });
  expect(
    Object.keys(after).filter((key) => key === 'history' || key.startsWith('historyChunk:')),
  ).toEqual([]);
  expect(after.siteSwitches).toBeUndefined();
  expect(page.errors).toEqual([]);
});

test('the sites list shows each site once, sorted by its name in the reader’s language', async ({
  hutong,
}) => {
  const page = await hutong.openExtensionPage('/options.html', '[data-site="jd.com"]');
  const names = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.site-group:first-of-type .site-list li')].map(
        (li) => li.getAttribute('data-entity') ?? '',
      ),
    );
  const english = await names();
  expect(new Set(english).size).toBe(english.length);
  // WeChat once appeared twice, one row per domain; now one row names both.
  expect(english.filter((id) => id === 'wechat')).toHaveLength(1);
  expect(await page.attribute('input[data-site="weixin.qq.com"]', 'data-sites')).toBe(
    'weixin.qq.com wechat.com',
  );
  const label = (id: string) => page.text(`li[data-entity="${id}"]`);
  expect(await label('wechat')).toBe('WeChat weixin.qq.com · wechat.com');
  // By name, not by domain: UnionPay (95516.com) no longer leads.
  expect(english.indexOf('alibaba')).toBeLessThan(english.indexOf('unionpay'));
  expect(english.indexOf('jd')).toBeLessThan(english.indexOf('taobao'));

  // One switch for the site: both of WeChat's domains go off together.
  await page.click('input[data-site="weixin.qq.com"]');
  await expect
    .poll(async () => (await stored(hutong)).siteSwitches)
    .toEqual({ 'weixin.qq.com': false, 'wechat.com': false });

  await selectOption(page, '#options-language', 'zh');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === '互通设置');
  const chinese = await names();
  // By pinyin: 京东 (jīng) before 淘宝 (táo) before 微信 (wēi).
  expect(chinese.indexOf('jd')).toBeLessThan(chinese.indexOf('taobao'));
  expect(chinese.indexOf('taobao')).toBeLessThan(chinese.indexOf('wechat'));
  expect(page.errors).toEqual([]);
});

test('importing settings is a labelled button on the file input, reached by keyboard', async ({
  hutong,
}) => {
  const page = await hutong.openExtensionPage('/options.html', 'input[name="import-settings"]');
  const look = await page.evaluate(() => {
    const input = document.querySelector('input[name="import-settings"]') as HTMLInputElement;
    const button = input.closest('label') as HTMLElement;
    const box = button.getBoundingClientRect();
    return {
      name: button.textContent,
      inputVisible: input.getBoundingClientRect().width > 1,
      buttonHeight: box.height,
      border: getComputedStyle(button).borderTopStyle,
    };
  });
  // The bare "Choose file / No file chosen" control is gone; a button says what it does.
  expect(look).toMatchObject({ name: 'Import settings from a file', inputVisible: false });
  expect(look.buttonHeight).toBeGreaterThanOrEqual(32);
  expect(look.border).toBe('solid');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // From the keyboard: Tab reaches it, Space opens the browser's file picker.
  await page.evaluate(() =>
    (document.querySelector('[data-action="export-settings"]') as HTMLElement).focus(),
  );
  await page.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
    'import-settings',
  );
  // A click anywhere on the button is a click on the input it labels.
  expect(
    await page.evaluate(() => {
      const input = document.querySelector('input[name="import-settings"]');
      return input?.closest('label')?.control === input;
    }),
  ).toBe(true);
  // Whether Space then opens the browser's own picker is the browser's business: Playwright's
  // file-chooser event came too late now and then in Chromium, and Firefox's driver reports none.
  expect(
    await page.evaluate(
      () => (document.querySelector('input[name="import-settings"]') as HTMLInputElement).type,
    ),
  ).toBe('file');
});
