/** The options page: settings, site switches, export/import, reset, and the stored-data view. */
import { test, expect, screenshotPath } from './support/fixtures';
import { captureDownloads, lastDownload } from './support/downloads';
import type { ExtensionHarness, TestPage } from './support/browsers';

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
  await page.fill('#history-cap', '50');
  await page.press('Tab');
  await expect
    .poll(() => stored(hutong))
    .toMatchObject({
      settings: { hintsEnabled: false, historyEnabled: false, historyCap: 100 },
    });

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

  await page.click('[data-action="clear-all"]');
  await page.click('dialog.confirm [data-action="confirm"]');
  await page.waitFor('[data-stored-history="0"]');
  const after = await hutong.inExtension(() => extensionApi().storage.local.get());
  expect(after).toMatchObject({ historyIndex: { chunks: [] }, settings: { hintsEnabled: true } });
  expect(
    Object.keys(after).filter((key) => key === 'history' || key.startsWith('historyChunk:')),
  ).toEqual([]);
  expect(after.siteSwitches).toBeUndefined();
  expect(page.errors).toEqual([]);
});
