/**
 * Two Hutong pages changing settings at the same moment: the side panel's language switch and the
 * options page's hints switch, fired in one task, so both read the stored settings before either
 * writes. Each change must survive (lib/platform/storage/writes.ts queues writers across pages with a Web Lock).
 */
import { test, expect } from './support/fixtures';

test('settings changed at the same moment in two Hutong pages both stick', async ({ hutong }) => {
  const options = await hutong.openExtensionPage('/options.html', 'input[name="hintsEnabled"]');
  await hutong.openExtensionPage('/sidepanel.html', 'select[name="language"]');
  await options.evaluate(() => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const panel = api.extension
      .getViews({ type: 'tab' })
      .find((view) => view.location.pathname === '/sidepanel.html');
    const select = panel?.document.querySelector<HTMLSelectElement>('select[name="language"]');
    const hints = document.querySelector<HTMLInputElement>('input[name="hintsEnabled"]');
    if (!select || !hints) throw new Error('both switches must be on screen');
    // One task: neither page's read of the settings can finish before the other's starts.
    hints.click();
    select.value = 'zh';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect
    .poll(async () => {
      const { settings } = await hutong.inExtension(() =>
        extensionApi().storage.local.get('settings'),
      );
      return settings;
    })
    .toMatchObject({ hintsEnabled: false, language: 'zh' });
  // And both pages show the result.
  await options.waitForFunction(
    () => document.querySelector<HTMLInputElement>('input[name="hintsEnabled"]')?.checked === false,
  );
  expect(await options.attribute('html', 'lang')).toBe('zh-CN');
});
