/**
 * The in-page hint among a shop's own controls (issue 14), in Chromium and Firefox: it keeps clear
 * of fixed bottom bars and right-edge toolbars at 390 px and 1280 px, collapses to a pill where
 * there is no clear spot, takes keyboard focus and gives it back, and "Hide on this site" says
 * what it did and can be undone.
 */
import type { TestPage } from './support/harness';
import { HINT, pointerAway, setSettings, siteSwitches } from './support/extension';
import { test, expect } from './support/fixtures';

const BARS = '/shop/bars.html';
const CONTROLS = ['cart', 'buy', 'feedback', 'top', 'service'];

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The hint's box on screen, once its entrance animation is over. */
async function hintRect(page: TestPage): Promise<Rect | null> {
  return page.inHint(async (root) => {
    const box = root?.querySelector('.hint');
    if (!(box instanceof HTMLElement)) return null;
    await Promise.all(box.getAnimations().map((animation) => animation.finished));
    const { left, top, right, bottom } = box.getBoundingClientRect();
    return { left, top, right, bottom };
  });
}

/** Each control's box, and whether a click at its centre reaches it (nothing covers it). */
async function controls(page: TestPage, ids: string[]) {
  return page.evaluate((list) => {
    return list.map((id) => {
      const el = document.getElementById(id);
      if (el === null) throw new Error(`no #${id}`);
      const { left, top, right, bottom } = el.getBoundingClientRect();
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      return { id, rect: { left, top, right, bottom }, clickable: hit === el };
    });
  }, ids);
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether the hint is on screen, inside the viewport, and clear of every control. */
async function clearOfControls(page: TestPage, ids = CONTROLS) {
  const hint = await hintRect(page);
  if (hint === null) return 'no hint';
  const view = await page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: document.documentElement.clientHeight,
  }));
  if (hint.left < 0 || hint.top < 0 || hint.right > view.width || hint.bottom > view.height) {
    return `off screen: ${JSON.stringify(hint)}`;
  }
  for (const control of await controls(page, ids)) {
    if (overlaps(hint, control.rect)) return `covers #${control.id}`;
    if (!control.clickable) return `#${control.id} not clickable`;
  }
  return 'clear';
}

/** What the keyboard shortcut's command runs in the tab (lib/hint/inject.ts, focusHint). */
async function shortcut(page: TestPage): Promise<boolean> {
  return page.inHint(() => {
    const handle = (globalThis as { __hutongHint?: { focus(): boolean } }).__hutongHint;
    return handle?.focus() === true;
  });
}

/** Where focus is: "hint:<what>" inside the hint, else the page element's id or tag. */
async function focusIn(page: TestPage): Promise<string> {
  const inside = await page.inHint((root) => {
    if (root === null || document.activeElement !== root.host) return null;
    const el = root.activeElement as HTMLElement | null;
    return `hint:${el?.dataset.action ?? el?.className ?? 'none'}`;
  });
  if (inside !== null) return inside;
  return page.evaluate(() => {
    const el = document.activeElement;
    return el === null ? 'none' : el.id || el.localName;
  });
}

for (const [width, height] of [
  [390, 844],
  [1280, 800],
] as const) {
  for (const host of ['item.taobao.com', 'item.jd.com']) {
    test(`at ${width} px on ${host} the hint covers neither the buy bar nor the toolbar`, async ({
      hutong,
      server,
    }) => {
      const page = await hutong.newPage();
      await page.setViewport(width, height);
      await page.goto(server.url(host, BARS));
      await page.waitFor(HINT);
      await expect.poll(() => clearOfControls(page)).toBe('clear');
      // The buttons under where the hint would have been still work, with the hint up.
      await page.click('#buy');
      await page.click('#service');
      await page.waitFor(HINT);
      expect(page.errors).toEqual([]);
    });
  }
}

test('the hint finds its place again when the window is resized', async ({ hutong, server }) => {
  const page = await hutong.newPage();
  await page.setViewport(1280, 800);
  await page.goto(server.url('item.taobao.com', BARS));
  await page.waitFor(HINT);
  await expect.poll(() => clearOfControls(page)).toBe('clear');
  await page.setViewport(390, 844);
  await expect.poll(() => clearOfControls(page)).toBe('clear');
  await page.setViewport(1280, 800);
  await expect.poll(() => clearOfControls(page)).toBe('clear');
});

test('with no clear spot the hint collapses to a pill that opens on a click', async ({
  hutong,
  server,
}) => {
  await setSettings(hutong, { language: 'en' });
  const page = await hutong.newPage();
  await page.setViewport(390, 844);
  await page.goto(server.url('item.taobao.com', '/shop/crowded.html'));
  await page.waitFor('hutong-hint >>> .expand');
  await expect.poll(() => clearOfControls(page)).toBe('clear');
  expect(await page.attribute('hutong-hint >>> .expand', 'aria-label')).toBe(
    'Hutong: context for this page. Show',
  );
  expect(await page.count('hutong-hint >>> .line')).toBe(1);
  expect(await page.inHint((root) => root?.querySelector('.line')?.checkVisibility())).toBe(false);
  await page.click('hutong-hint >>> .expand');
  await page.waitFor('hutong-hint >>> .line');
  await page.waitFor('hutong-hint >>> [data-action="more"]');
  expect(await focusIn(page)).toBe('hint:hint');
  await page.press('Escape');
  await page.waitFor('hutong-hint', { state: 'detached' });
});

test('the keyboard shortcut moves focus into the hint and back; Escape returns it', async ({
  hutong,
  server,
}) => {
  const page = await hutong.newPage();
  await page.goto(server.url('item.taobao.com', BARS));
  await page.waitFor(HINT);
  await page.click('#search');
  expect(await focusIn(page)).toBe('search');

  expect(await shortcut(page)).toBe(true);
  expect(await focusIn(page)).toBe('hint:hint');
  await page.press('Tab');
  expect(await focusIn(page)).toBe('hint:not-now');
  // Pressed again: back where the user was.
  expect(await shortcut(page)).toBe(true);
  expect(await focusIn(page)).toBe('search');

  expect(await shortcut(page)).toBe(true);
  await page.press('Tab');
  await page.press('Tab');
  expect(await focusIn(page)).toBe('hint:more');
  await page.press('Escape');
  await page.waitFor('hutong-hint', { state: 'detached' });
  expect(await focusIn(page)).toBe('search');
  // No hint on screen: the shortcut does nothing.
  expect(await shortcut(page)).toBe(false);
});

test('Hide on this site says so, can be undone, then goes; focus comes back', async ({
  hutong,
  server,
}) => {
  await setSettings(hutong, { language: 'en', hintFrequency: 'every-page' });
  const page = await hutong.newPage();
  await page.goto(server.url('item.taobao.com', BARS));
  await page.waitFor(HINT);
  const switches = () => siteSwitches(hutong);

  await page.click('hutong-hint >>> [data-action="hide-site"]');
  await expect
    .poll(() => page.text('hutong-hint >>> [role="status"]'))
    .toBe('Hints hidden on taobao.com');
  expect(await switches()).toEqual({ 'taobao.com': false });
  expect(await page.text('hutong-hint >>> [data-action="undo"]')).toBe('Undo');
  await expect.poll(() => clearOfControls(page)).toBe('clear');

  await page.click('hutong-hint >>> [data-action="undo"]');
  await page.waitFor('hutong-hint >>> .line');
  await expect.poll(switches).toEqual({});
  expect(await page.text('hutong-hint >>> [role="status"]')).toBe('');

  // By keyboard: from the search field into the hint, Hide on this site, and after the notice
  // has gone, focus is back in the search field.
  await page.click('#search');
  await shortcut(page);
  for (let i = 0; i < 4; i++) await page.press('Tab');
  expect(await focusIn(page)).toBe('hint:hide-site');
  await page.press('Enter');
  await expect.poll(() => focusIn(page)).toBe('hint:undo');
  await pointerAway(page);
  await page.waitFor('hutong-hint', { state: 'detached' });
  expect(await focusIn(page)).toBe('search');
  expect(await switches()).toEqual({ 'taobao.com': false });
});

test('in Chinese: the notice and Undo', async ({ hutong, server }) => {
  await setSettings(hutong, { language: 'zh' });
  const page = await hutong.newPage();
  await page.goto(server.url('item.jd.com', BARS));
  await page.waitFor(HINT);
  await page.click('hutong-hint >>> [data-action="hide-site"]');
  await expect
    .poll(() => page.text('hutong-hint >>> [role="status"]'))
    .toBe('已在 jd.com 隐藏提示');
  expect(await page.text('hutong-hint >>> [data-action="undo"]')).toBe('撤销');
});

test('the shortcut is a command users can rebind', async ({ hutong }) => {
  const commands = await hutong.inExtension(() => {
    const manifest = extensionApi().runtime.getManifest() as {
      commands?: Record<string, { suggested_key?: { default?: string } }>;
    };
    return manifest.commands?.['focus-hint']?.suggested_key?.default;
  });
  expect(commands).toBe('Alt+Shift+J');
});

test('news: the hint relates the article to the event it is about', async ({ hutong, server }) => {
  await setSettings(hutong, { language: 'en' });
  const page = await hutong.newPage();
  // "China's postal regulator urges SF Express, Alibaba's Cainiao to end spat"
  await page.goto(server.url('www.reuters.com', '/news/on-topic.html'));
  await page.waitFor(HINT);
  expect(await page.text('hutong-hint >>> .line')).toBe('Related: The State Post Bureau steps in');
});
