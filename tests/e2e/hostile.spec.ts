/**
 * A hostile page against Hutong (README, "Threat model"): the attack pages in pages/attack/ try to
 * read, press, detect, spoof and flood Hutong, on a covered shop and on a covered news outlet.
 */
import { test, expect } from './support/fixtures';
import type { ExtensionHarness, TestPage } from './support/harness';
import {
  HINT,
  hintHandle,
  setSettings,
  siteSwitches,
  storedHistory,
  toolbarTitle,
} from './support/extension';

function tabCount(hutong: ExtensionHarness): Promise<number> {
  return hutong.inExtension(async () => (await extensionApi().tabs.query({})).length);
}

/** What the page's spy (pages/attack/spy.js) saw of Hutong. */
function spied(page: TestPage) {
  return page.evaluate(() => {
    const spy = (window as unknown as { __spy: { seen: string[]; globals(): string[] } }).__spy;
    return { seen: spy.seen, globals: spy.globals() };
  });
}

test('the page cannot read, rewrite or press the hint', async ({ hutong, server }) => {
  const page = await hutong.newPage();
  await page.goto(server.url('www.taobao.com', '/attack/shop.html'));
  await page.waitFor(HINT);
  const tabs = await tabCount(hutong);

  // Read or rewrite: the shadow root is closed, and a second one cannot be attached.
  const reach = await page.evaluate(() => {
    const host = document.querySelector('hutong-hint') as HTMLElement;
    let attached: string;
    try {
      host.attachShadow({ mode: 'open' });
      attached = 'yes';
    } catch {
      attached = 'refused';
    }
    return { root: host.shadowRoot === null, text: host.textContent, attached };
  });
  expect(reach).toEqual({ root: true, text: '', attached: 'refused' });

  // Press, from the page: clicks and keys at the host, and at the point under "More".
  await page.evaluate(() => {
    const host = document.querySelector('hutong-hint') as HTMLElement;
    for (let i = 0; i < 5; i++) {
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
      );
    }
  });
  // Press, from inside (what an open root allowed): synthetic clicks on the buttons themselves.
  await page.inHint((root) => {
    for (let i = 0; i < 5; i++) {
      (root?.querySelector('[data-action="more"]') as HTMLElement).click();
      (root?.querySelector('[data-action="hide-site"]') as HTMLElement).click();
    }
    root
      ?.querySelector('.hint')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return true;
  });
  // Nothing happened: the hint is still up, no tab or panel opened, no switch was saved.
  await page.waitFor(HINT);
  expect((await siteSwitches(hutong)) ?? {}).toEqual({});
  expect(await tabCount(hutong)).toBe(tabs);

  // The user's own click still works: one real click on "More", at most one tab.
  await page.click('hutong-hint >>> [data-action="more"]');
  if (hutong.browser === 'firefox') {
    await expect.poll(() => tabCount(hutong)).toBe(tabs + 1);
  } else {
    await hutong.waitForExtensionPage('/sidepanel.html');
  }
  expect(await tabCount(hutong)).toBeLessThanOrEqual(tabs + 1);
  expect(page.errors).toEqual([]);
});

for (const [kind, host, path] of [
  ['a covered shop', 'www.taobao.com', '/attack/shop.html'],
  ['a covered news outlet', 'www.reuters.com', '/attack/news.html'],
] as const) {
  test(`${kind} sees nothing of Hutong across load and SPA navigation`, async ({
    hutong,
    server,
  }) => {
    await setSettings(hutong, { hintFrequency: 'every-page' });
    const id = await hutong.inExtension(() => extensionApi().runtime.id);
    const page = await hutong.newPage();
    await page.goto(`${server.url(host, path)}#${encodeURIComponent(id)}`);
    await page.waitFor(HINT);
    for (const step of ['?a=1', '?a=2', '?a=3']) {
      await page.evaluate((next) => {
        (window as unknown as { __spy: { navigate(p: string): void } }).__spy.navigate(next);
      }, `${path}${step}`);
      // Hutong asks again after each change; the hint stays (every page) once it has answered.
      await expect.poll(() => page.url()).toContain(step);
      await page.waitFor(HINT);
    }
    // The background has heard of the last address (the toolbar icon follows it).
    await expect
      .poll(async () =>
        hutong.inExtension(async (h) => {
          const api = extensionApi();
          const [tab] = await api.tabs.query({ url: `*://${h}/*` });
          return tab?.url ?? '';
        }, host),
      )
      .toContain('?a=3');
    expect(await spied(page)).toEqual({ seen: [], globals: [] });
    expect(page.errors).toEqual([]);
  });
}

test('a page cannot fill history by changing its address and title', async ({ hutong, server }) => {
  await setSettings(hutong, { hintFrequency: 'every-page' });
  const page = await hutong.newPage();
  await page.goto(server.url('www.taobao.com', '/attack/title-flood.html'));
  await page.waitFor(HINT);
  await expect.poll(async () => (await storedHistory(hutong)).length).toBe(1);
  await page.evaluate(() => (window as unknown as { flood(n: number): void }).flood(200));
  // Hutong follows the page to its last address, and says nothing more than a handful.
  await expect.poll(() => page.url()).toContain('item=200');
  await page.waitFor(HINT);
  await page.evaluate((target) => {
    history.pushState({}, '', target);
  }, '/attack/title-flood.html?final');
  await page.waitFor(HINT);
  const stored = await storedHistory(hutong);
  expect(stored.length).toBeGreaterThanOrEqual(1);
  expect(stored.length).toBeLessThanOrEqual(5);
  expect(page.errors).toEqual([]);
});

test('history shows deceptive titles cleaned, blank ones as "(no title)"', async ({
  hutong,
  server,
}) => {
  await setSettings(hutong, { language: 'en', hintFrequency: 'every-page' });
  for (const path of ['/attack/deceptive-title.html', '/attack/blank-title.html']) {
    const page = await hutong.newPage();
    await page.goto(server.url('www.taobao.com', path));
    await page.waitFor(HINT);
    await expect
      .poll(async () => (await storedHistory(hutong)).some((e) => e.url.endsWith(path)))
      .toBe(true);
    await page.close();
  }
  const stored = await storedHistory(hutong);
  expect(stored.map((e) => e.title).sort()).toEqual(['', 'gnp.exe Taobao deal']);
  const popup = await hutong.openExtensionPage('/popup.html#history', '.entry');
  await popup.waitForFunction(() => document.querySelectorAll('.entry').length === 2);
  const titles = await popup.evaluate(() =>
    [...document.querySelectorAll('.entry-title')].map((el) => el.textContent),
  );
  expect(titles.sort()).toEqual(['(no title)', 'gnp.exe Taobao deal']);
});

test('no hint on payment and sign-in pages; the toolbar icon still has context', async ({
  hutong,
  server,
}) => {
  await setSettings(hutong, { hintFrequency: 'every-page' });
  const page = await hutong.newPage();
  for (const [host, path] of [
    ['cashier.alipay.com', '/standard/lightpay/lightPayCashier.htm'],
    ['login.taobao.com', '/member/login.jhtml'],
    ['passport.jd.com', '/new/login.aspx'],
    ['www.jd.com', '/checkout/'],
  ] as const) {
    await page.goto(server.url(host, path));
    await expect
      .poll(() => toolbarTitle(hutong, `*://${host}/*`))
      .toBe('Hutong has context for this page');
    // The background has decided by now (the icon is set first, an injection would follow at
    // once): no hint UI was started in this page, and no hint is on it.
    expect(await hintHandle(page)).toBe('undefined');
    expect(await page.count('hutong-hint')).toBe(0);
  }
  // The same site's ordinary pages do get the hint.
  await page.goto(server.url('www.alipay.com', '/'));
  await page.waitFor(HINT);
});
