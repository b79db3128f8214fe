/**
 * Chrome gives an extension's storage.local 10 MB (Hutong asks for no unlimitedStorage). When it is
 * full, recording a visit fails: the popup must say so plainly, and nothing already stored (settings,
 * site switches, earlier history) may be lost. "Hide on this site" says where the user acted (the
 * hint) that it could not be saved. Chromium only: Firefox's storage.local has no such
 * quota to fill.
 */
import { HINT } from './support/extension';
import { test, expect } from './support/fixtures';

test('with storage full, the popup explains and nothing stored is lost', async ({
  hutong,
  server,
}) => {
  const first = server.url('www.taobao.com', '/kept');
  const page = await hutong.newPage();
  await page.goto(first);
  await page.waitFor('hutong-hint', { state: 'attached' });

  // Fill storage.local to within a few bytes of its quota, next to real settings.
  const filled = await hutong.inExtension(async () => {
    const api = chrome.storage.local as unknown as {
      QUOTA_BYTES: number;
      getBytesInUse(keys: null): Promise<number>;
      set(items: object): Promise<void>;
    };
    await api.set({ settings$: { v: 2 }, settings: { hintFrequency: 'every-page' } });
    await api.set({ siteSwitches: { 'jd.com': false } });
    const used = await api.getBytesInUse(null);
    // The key and JSON quotes count too.
    await api.set({ filler: 'x'.repeat(api.QUOTA_BYTES - used - 'filler'.length - 2 - 16) });
    return api.QUOTA_BYTES - (await api.getBytesInUse(null));
  });
  expect(filled).toBeLessThan(64);

  const second = await hutong.newPage();
  await second.goto(server.url('www.sf-express.com', '/not-recorded'));
  await second.waitFor('hutong-hint', { state: 'attached' });

  // "Hide on this site" cannot be saved: the hint stays and says so, instead of vanishing as if
  // it had worked.
  await second.click('hutong-hint >>> [data-action="hide-site"]');
  await second.waitFor('hutong-hint >>> .error[role="alert"]');
  expect(await second.text('hutong-hint >>> .error')).toMatch(/Could not save/);
  await second.waitFor(HINT);

  const popup = await hutong.openExtensionPage('/popup.html#history');
  await popup.waitFor('[data-state="write-error"]');
  expect(await popup.text('[data-state="write-error"]')).toMatch(/full/i);

  const stored = await hutong.inExtension(async () => chrome.storage.local.get(null));
  expect(stored).toMatchObject({
    settings: { hintFrequency: 'every-page' },
    siteSwitches: { 'jd.com': false },
  });
  const urls = Object.entries(stored)
    .filter(([key]) => key.startsWith('historyChunk:'))
    .flatMap(([, chunk]) => (Array.isArray(chunk) ? (chunk as { url: string }[]) : []))
    .map((entry) => entry.url);
  expect(urls).toContain(first);
  expect(urls).not.toContain(server.url('www.sf-express.com', '/not-recorded'));
  expect(popup.errors).toEqual([]);
});
