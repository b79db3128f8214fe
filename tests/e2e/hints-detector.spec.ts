/**
 * The opt-in "on any site" detection (lib/news/detector.ts, articles.ts), in both browsers:
 * without the optional <all_urls> permission it stays off and nothing is injected. The granted path
 * runs end to end in Firefox (detector.firefox.spec.ts), whose permission prompt a pref can turn
 * off; Chrome's prompt cannot be accepted headlessly, so there it is unit-tested.
 */
import { pageIdle, setSettings } from './support/extension';
import { test, expect } from './support/fixtures';

test('without the optional permission, turning detection on injects nothing', async ({
  hutong,
  server,
}) => {
  await setSettings(hutong, { anySiteDetection: true });
  const state = await hutong.inExtension(async () => {
    const api = extensionApi();
    const reply = await api.runtime.sendMessage({ type: 'detector:sync' });
    return {
      reply,
      granted: await api.permissions.contains({ origins: ['<all_urls>'] }),
      scripts: await api.scripting.getRegisteredContentScripts(),
    };
  });
  expect(state).toEqual({ reply: { active: false }, granted: false, scripts: [] });

  const page = await hutong.newPage();
  await page.goto(server.url('www.example.org', '/news/on-topic.html'));
  await pageIdle(page);
  expect(await page.evaluate(() => document.querySelectorAll('hutong-hint').length)).toBe(0);
});
