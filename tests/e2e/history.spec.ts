/**
 * History: real visits are recorded by the background (the only writer), shown newest first in
 * the popup, and can be deleted and cleared. (Concurrent reports, dedupe and "history off" are unit-tested in history.background.test.ts; a page cannot report for another page, so they are not driven from here.)
 */
import { test, expect } from './support/fixtures';
import { captureDownloads } from './support/downloads';
import type { ExtensionHarness } from './support/harness';
import { storedHistory } from './support/extension';

interface Stored {
  id: string;
  url: string;
  site: string;
  title: string;
  time: number;
}

/**
 * Stores visits as the background's history writer lays them out (one chunk and its index). Only
 * a page's own tab can report a visit (the background takes the address from the sender), so the
 * list views are filled this way; recording itself is tested with real pages.
 */
function seedHistory(
  hutong: ExtensionHarness,
  urls: string[],
  title = (url: string) => `Title of ${url}`,
) {
  const now = Date.now();
  const entries = urls.map((url, i) => ({
    id: `seed-${i}`,
    url,
    title: title(url),
    site: 'taobao.com',
    entities: ['taobao'],
    time: now - (urls.length - i) * 1000,
  }));
  return hutong.inExtension(
    (list) =>
      extensionApi().storage.local.set({
        historyIndex: { version: 2, chunks: [{ id: 0, size: list.length }], next: 1 },
        'historyChunk:0': list,
      }),
    entries,
  );
}

test('three visits to mapped sites show as three entries, newest first', async ({
  hutong,
  server,
}) => {
  const visits = [
    ['www.taobao.com', '/', 'taobao.com'],
    ['item.jd.com', '/100012043978.html', 'jd.com'],
    ['www.sf-express.com', '/', 'sf-express.com'],
  ] as const;
  for (const [host, path] of visits) {
    const page = await hutong.newPage();
    await page.goto(server.url(host, path));
    await page.waitFor('hutong-hint', { state: 'attached' });
    const url = page.url();
    // The report is sent without waiting for it; wait until the background has written it.
    await expect
      .poll(async () => (await storedHistory(hutong)).some((e) => e.url === url))
      .toBe(true);
  }

  const popup = await hutong.openExtensionPage('/popup.html#history', '.entry');
  await popup.waitForFunction(() => document.querySelectorAll('.entry').length === 3);
  const sites = await popup.evaluate(() =>
    [...document.querySelectorAll('.entry-site')].map((el) => el.textContent),
  );
  expect(sites).toEqual(['sf-express.com', 'jd.com', 'taobao.com']);
  // Titles are the pages' own, as text; each entry has a machine-readable and an exact time.
  expect(await popup.text('.entry-title')).toContain('www.sf-express.com');
  const time = await popup.attribute('.entry time', 'datetime');
  expect(Number.isNaN(Date.parse(time ?? ''))).toBe(false);
  expect(await popup.attribute('.entry time', 'title')).toBeTruthy();
  expect(await popup.text('.day')).toContain('Today');
  expect(popup.errors).toEqual([]);
});

test('filter, delete one entry and clear all with confirmation', async ({ hutong }) => {
  await seedHistory(hutong, [
    'https://www.taobao.com/a',
    'https://www.taobao.com/b',
    'https://www.taobao.com/c',
  ]);
  const popup = await hutong.openExtensionPage('/popup.html#history', '.entry');
  await popup.waitForFunction(() => document.querySelectorAll('.entry').length === 3);

  await popup.fill('input[name="history-filter"]', '/c');
  await popup.waitForFunction(() => document.querySelectorAll('.entry').length === 1);
  expect(await popup.text('.entry-title')).toBe('Title of https://www.taobao.com/c');
  // (The harness's fill('') types nothing in Firefox, so no input event: clear it by hand.)
  await popup.evaluate(() => {
    const input = document.querySelector('input[name="history-filter"]') as HTMLInputElement;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await popup.waitForFunction(() => document.querySelectorAll('.entry').length === 3);

  await popup.click('.entry [data-action="delete-entry"]');
  await popup.waitForFunction(() => document.querySelectorAll('.entry').length === 2);
  expect((await storedHistory(hutong)).map((e) => e.url).sort()).toEqual([
    'https://www.taobao.com/a',
    'https://www.taobao.com/b',
  ]);

  await popup.click('[data-action="clear-history"]');
  await popup.waitFor('dialog.confirm');
  // Cancel keeps everything.
  await popup.click('dialog.confirm [data-action="cancel"]');
  await popup.waitFor('dialog.confirm', { state: 'hidden' });
  expect(await storedHistory(hutong)).toHaveLength(2);

  await popup.click('[data-action="clear-history"]');
  await popup.click('dialog.confirm [data-action="confirm"]');
  await popup.waitFor('.history .empty');
  expect(await storedHistory(hutong)).toEqual([]);
  expect(popup.errors).toEqual([]);
});

test('history exports as CSV and JSON through a download link', async ({ hutong }) => {
  await seedHistory(
    hutong,
    ['https://www.taobao.com/x'],
    () => '=HYPERLINK("http://evil"), "quoted"',
  );
  const popup = await hutong.openExtensionPage('/popup.html#history', '.entry');
  await captureDownloads(popup);
  await popup.click('[data-action="export-csv"]');
  await popup.click('[data-action="export-json"]');
  // Export reads everything stored first, so the files arrive a moment after the clicks.
  await popup.waitForFunction(() => (window as unknown as { saved: Blob[] }).saved.length === 2);
  const { csv, csvStart, json } = await popup.evaluate(async () => {
    const saved = (window as unknown as { saved: Blob[] }).saved;
    const blob = (type: string) => saved.find((b) => b.type.startsWith(type));
    const csvBytes = new Uint8Array((await blob('text/csv')?.arrayBuffer()) ?? new ArrayBuffer(0));
    return {
      // Blob.text() drops a BOM, as every UTF-8 decoder does: look at the bytes the file starts with.
      csvStart: [...csvBytes.slice(0, 3)],
      csv: new TextDecoder('utf-8', { ignoreBOM: true }).decode(csvBytes),
      json: await blob('application/json')?.text(),
    };
  });
  // A UTF-8 BOM, so that Excel on Chinese Windows does not read the file as GBK.
  expect(csvStart).toEqual([0xef, 0xbb, 0xbf]);
  const [header, row] = csv.split('\r\n');
  expect(header).toBe('\uFEFFtime,title,url,site,entities');
  // The visit's local time with its offset from UTC, as a spreadsheet shows it.
  expect(row).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d,/);
  expect(csv).toContain(`"'=HYPERLINK(""http://evil""), ""quoted"""`);
  const parsed = JSON.parse(json ?? '{}') as { kind: string; history: Stored[] };
  expect(parsed.kind).toBe('history');
  expect(parsed.history[0]?.title).toBe('=HYPERLINK("http://evil"), "quoted"');
});
