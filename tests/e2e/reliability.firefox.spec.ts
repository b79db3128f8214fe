/**
 * Hutong must keep working when it is reloaded or updated while pages are open.
 *
 * Firefox only: there runtime.reload() brings the extension straight back. In the headless
 * Chromium the suite drives, an extension loaded from the command line does not come back after
 * runtime.reload(); Chromium's update path (re-injecting into open tabs) is tested in hints.spec.ts
 * and a stopped service worker in service-worker.chromium.spec.ts.
 */
import { test, expect } from './support/fixtures';

test('reloading the extension with a page open leaves exactly one working hint', async ({
  hutong,
  server,
}) => {
  const page = await hutong.newPage();
  await page.goto(server.url('www.taobao.com', '/reload'));
  await page.waitFor('hutong-hint', { state: 'attached' });
  // Mark the old hint so we can tell it from the one the reloaded extension shows.
  await page.evaluate(() => {
    document.querySelector('hutong-hint')?.setAttribute('data-test-old', '');
  });

  await hutong
    .inExtension(() => {
      extensionApi().runtime.reload();
    })
    .catch(() => undefined); // the extension page goes away with the extension
  await hutong.waitForBackground();

  await page.waitForFunction(() => {
    const hints = document.querySelectorAll('hutong-hint');
    return hints.length === 1 && !hints[0]?.hasAttribute('data-test-old');
  });
  expect(page.errors).toEqual([]);
});
