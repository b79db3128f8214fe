/**
 * The opt-in "on any site" article detection, end to end, from the options page's switch. Firefox
 * only: its optional-permission prompt can be turned off by a pref (support/firefox.ts), while
 * Chrome's cannot be accepted by a headless test. Chromium runs the refusal path
 * (hints-detector.spec.ts) and unit tests cover its registration.
 */
import { test, expect } from './support/fixtures';
import type { ExtensionHarness } from './support/harness';
import { HINT, pageIdle, toolbarTitle } from './support/extension';

const SWITCH = 'input[name="anySiteDetection"]';
const ON = { granted: true, active: true, scripts: [] };
const NONE = { granted: false, active: false, scripts: [] };

/**
 * What the browser holds now: the permission, whether the background says detection is on, and
 * the scripts registered at run time (none: pages are pre-screened by the background instead).
 */
function detectorState(hutong: ExtensionHarness) {
  return hutong.inExtension(async () => {
    const api = extensionApi();
    const reply = (await api.runtime.sendMessage({ type: 'detector:sync' })) as { active: boolean };
    return {
      granted: await api.permissions.contains({ origins: ['<all_urls>'] }),
      active: reply.active,
      scripts: (await api.scripting.getRegisteredContentScripts()).map((script) => script.id),
    };
  });
}

test('"on any site" asks for access, then hints on articles anywhere; off or revoked removes it', async ({
  hutong,
  server,
}) => {
  expect(await detectorState(hutong)).toEqual(NONE);
  const options = await hutong.openExtensionPage('/options.html', SWITCH);
  await options.click(SWITCH);
  await expect.poll(() => detectorState(hutong)).toEqual(ON);

  // An article about the subject on a site Hutong does not cover gets a hint naming its
  // companies; one about something else gets none.
  const page = await hutong.newPage();
  await page.goto(server.url('www.example.org', '/news/on-topic.html'));
  await page.waitFor(HINT);
  expect(await page.text(HINT)).toMatch(/SF Express|Cainiao/);
  await page.goto(server.url('blog.example.net', '/news/off-topic.html'));
  // The detector has read it and found nothing (it says so to the toolbar icon).
  await expect
    .poll(() => toolbarTitle(hutong, '*://blog.example.net/*'))
    .toBe('Hutong: no context for this page');
  expect(await page.count('hutong-hint')).toBe(0);

  // Access revoked outside Hutong (the add-ons manager does what permissions.remove does):
  // the detector goes at once, and new pages get no script.
  await hutong.inExtension(() => extensionApi().permissions.remove({ origins: ['<all_urls>'] }));
  await expect.poll(() => detectorState(hutong)).toEqual(NONE);
  await page.goto(server.url('www.example.com', '/news/on-topic.html'));
  await pageIdle(page);
  expect(await page.count('hutong-hint')).toBe(0);

  // The setting itself stayed on (only the access went): switched off, on again (asking again),
  // then off, which turns detection off and gives the access back.
  await options.click(SWITCH);
  await options.click(SWITCH);
  await expect.poll(() => detectorState(hutong)).toEqual(ON);
  await options.click(SWITCH);
  await expect.poll(() => detectorState(hutong)).toEqual(NONE);
  expect(options.errors).toEqual([]);
  expect(page.errors).toEqual([]);
});
