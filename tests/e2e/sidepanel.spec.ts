import { readFileSync } from 'node:fs';
import type { Page as PwPage } from '@playwright/test';
import type { Entity, Event } from '../../data/schema';
import { test, expect, screenshotPath } from './support/fixtures';
import type { ExtensionHarness, TestPage } from './support/harness';
import type { TestServer } from './support/server';
import { seriousA11yViolations } from './support/axe';
import { VISIBLE_EVENT, openPanel, selectOption, thisSiteEntity } from './support/panelPage';

// Node's ESM loader needs import attributes for JSON, which the TS config does not emit: read it.
const readData = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8')) as T;
const events = readData<Event[]>('events.json');
const entities = readData<Entity[]>('entities.json');

const firstDomain = (id: string) => {
  const domain = entities.find((e) => e.id === id)?.domains[0];
  if (!domain) throw new Error(`entity ${id} has no domain`);
  return domain;
};

/** The panel beside a covered site, as in real use (and in the README's screenshots). */
async function panelBesideTaobao(hutong: ExtensionHarness, server: TestServer): Promise<TestPage> {
  const site = await hutong.newPage();
  await site.goto(server.url(`www.${firstDomain('taobao')}`, '/'));
  const page = await openPanel(hutong);
  expect(await thisSiteEntity(page)).toBe('taobao');
  return page;
}

test('renders every section with landmarks and a sound heading order', async ({
  hutong,
  server,
}) => {
  const page = await panelBesideTaobao(hutong, server);
  expect(await page.text('h1')).toContain('Hutong');
  for (const selector of ['header', 'nav', 'main', '#this-site', '#timeline', '#map', '#about']) {
    expect(await page.count(selector), selector).toBeGreaterThan(0);
  }
  expect(await page.count('main #timeline .event')).toBe(events.length);
  expect(await page.text('[data-meta="as-of"]')).toContain('1.');
  // One h1 and no level skipped on the way down.
  const levels = await page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
  );
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  expect(page.errors).toEqual([]);
});

test('has no serious or critical axe violations, in English (light and dark)', async ({
  hutong,
  server,
}) => {
  // axe over the whole timeline (thousands of nodes) takes tens of seconds on a busy machine.
  test.slow();
  const page = await panelBesideTaobao(hutong, server);
  await page.setViewport(400, 900);
  expect(await seriousA11yViolations(page)).toEqual([]);
  if (hutong.browser === 'chromium') {
    await page.screenshot(screenshotPath('sidepanel-en.png'));
    // The Firefox driver (WebDriver BiDi) cannot emulate media features; dark is checked here.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousA11yViolations(page)).toEqual([]);
  }
});

test('has no serious or critical axe violations in Chinese', async ({ hutong, server }) => {
  test.slow();
  const page = await panelBesideTaobao(hutong, server);
  await page.setViewport(400, 900);
  await selectOption(page, '#hutong-language', 'zh');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === '互通');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  expect(await seriousA11yViolations(page)).toEqual([]);
  if (hutong.browser === 'chromium') await page.screenshot(screenshotPath('sidepanel-zh.png'));
  expect(page.errors).toEqual([]);
});

test('This site shows the active tab’s entity and follows tab switches and navigation', async ({
  hutong,
  server,
}) => {
  const taobao = await hutong.newPage();
  await taobao.goto(server.url(`www.${firstDomain('taobao')}`, '/'));
  const panel = await openPanel(hutong);
  expect(await thisSiteEntity(panel)).toBe('taobao');
  expect(await panel.text('#this-site .site-entity')).toContain('淘宝');
  expect(await panel.count('#this-site [data-capability]')).toBeGreaterThan(0);

  const jd = await hutong.newPage();
  await jd.goto(server.url(`www.${firstDomain('jd')}`, '/'));
  // Switch to the JD tab, as a user would.
  if (hutong.browser === 'chromium') {
    await (jd.raw as PwPage).bringToFront();
  } else {
    await panel.evaluate(async (port) => {
      const [tab] = await extensionApi().tabs.query({ url: `*://*.jd.com/*` });
      if (tab?.id === undefined) throw new Error(`no JD tab on port ${port}`);
      await extensionApi().tabs.update(tab.id, { active: true });
    }, server.port);
  }
  await panel.waitForFunction(
    () => document.querySelector('#this-site [data-entity]')?.getAttribute('data-entity') === 'jd',
  );

  // Navigating the described tab to a site Hutong does not cover says so plainly.
  await jd.goto(server.url('www.example.org', '/'));
  await panel.waitForFunction(
    () => document.querySelector('#this-site [data-entity]')?.getAttribute('data-entity') === '',
  );
  expect(await panel.text('#this-site')).toContain('No entry for this site');
});

test('searches in English and Chinese, highlighting matches as text', async ({ hutong }) => {
  const page = await openPanel(hutong);
  await page.fill('#panel-search', 'WeChat Pay');
  await page.waitForFunction(() => document.querySelectorAll('#timeline mark').length > 0);
  const count = await page.count(VISIBLE_EVENT);
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(events.length);
  expect((await page.text(`${VISIBLE_EVENT} mark`)).toLowerCase()).toContain('wechat');

  await page.fill('#panel-search', '微信支付');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#timeline mark')].some((m) => m.textContent === '微信支付'),
  );
  // The UI is in English, so the Chinese match is shown next to the English text.
  expect(await page.count('#timeline .other-match mark')).toBeGreaterThan(0);

  // Markup typed into the search box stays text.
  await page.fill('#panel-search', '<img src=x onerror=alert(1)>');
  await page.waitFor('#timeline .result-count');
  expect(await page.count('#timeline img')).toBe(0);
  expect(page.errors).toEqual([]);
});

test('filters by entity and era', async ({ hutong }) => {
  const page = await openPanel(hutong);
  await selectOption(page, '#panel-era', 'dispute-2017');
  await page.waitForFunction(
    ({ selector, n }) => document.querySelectorAll(selector).length === n,
    { selector: VISIBLE_EVENT, n: events.filter((e) => e.era === 'dispute-2017').length },
  );
  expect(await page.count('#timeline .era:not([hidden]) h3')).toBe(1);
  await selectOption(page, '#panel-era', '');
  await selectOption(page, '#panel-entity', 'cainiao');
  await page.waitForFunction(
    ({ selector, n }) => document.querySelectorAll(selector).length === n,
    { selector: VISIBLE_EVENT, n: events.filter((e) => e.entities.includes('cainiao')).length },
  );
});

test('deep links focus an event, from the address and from the stored request', async ({
  hutong,
}) => {
  const target = events[Math.floor(events.length / 2)];
  if (!target) throw new Error('no events');
  const page = await openPanel(hutong, `#event=${target.id}`);
  await page.waitForFunction((id) => document.activeElement?.id === `event-${id}`, target.id);

  const other = events[events.length - 1];
  if (!other) throw new Error('no events');
  // The hint's "More" and the context menu leave their request in session storage.
  await page.evaluate(
    (id) => extensionApi().storage.session.set({ panelFocus: { event: id, at: Date.now() } }),
    other.id,
  );
  await page.waitForFunction((id) => document.activeElement?.id === `event-${id}`, other.id);

  await page.evaluate(() => {
    location.hash = '#q=Cainiao';
  });
  await page.waitForFunction(
    () => (document.querySelector('#panel-search') as HTMLInputElement | null)?.value === 'Cainiao',
  );
});

/**
 * Where the event's title sits once the page has stopped moving (ten frames without change),
 * against the bottom of what sticks at the top of the view (the section navigation and the
 * period's heading).
 */
function landing(page: TestPage, id: string) {
  return page.evaluate(async (eventId) => {
    const card = document.getElementById(`event-${eventId}`);
    const title = document.getElementById(`event-${eventId}-title`);
    if (!card || !title) throw new Error(`no card for ${eventId}`);
    let last = Number.NaN;
    let still = 0;
    while (still < 10) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const top = title.getBoundingClientRect().top;
      still = Math.abs(top - last) < 0.5 ? still + 1 : 0;
      last = top;
    }
    const nav = document.querySelector('.section-nav')?.getBoundingClientRect();
    const era = card.closest('.era')?.querySelector('h3')?.getBoundingClientRect();
    return {
      focused: document.activeElement === card,
      titleTop: title.getBoundingClientRect().top,
      stickyBottom: Math.max(nav?.bottom ?? 0, era?.bottom ?? 0),
      navTop: nav?.top ?? Number.NaN,
      viewport: innerHeight,
    };
  }, id);
}

async function expectAtTop(page: TestPage, id: string) {
  await page.waitForFunction((eventId) => document.activeElement?.id === `event-${eventId}`, id);
  const where = await landing(page, id);
  expect(where.focused).toBe(true);
  // Below the sticky headings, not under them, and right there: at the top of the view.
  expect(where.titleTop).toBeGreaterThanOrEqual(where.stickyBottom - 1);
  expect(where.titleTop).toBeLessThanOrEqual(where.stickyBottom + 60);
  // The section navigation stays in reach, thousands of pixels down.
  expect(where.navTop).toBe(0);
}

for (const [width, height, where] of [
  [360, 800, 'a side panel'],
  [1280, 800, 'a tab'],
] as const) {
  test(`deep links put the event’s title at the top of the view, in ${where}`, async ({
    hutong,
  }) => {
    // Far from the top: the cards above it have not been laid out yet when the link is followed.
    const target = events[Math.floor(events.length * 0.6)];
    const other = events[Math.floor(events.length * 0.3)];
    if (!target || !other) throw new Error('no events');
    if (where === 'a tab') {
      // A page opened on a link (the new-tab fallback, a bookmark), at the harness's 1280 px.
      const fresh = await openPanel(hutong, `#event=${target.id}`);
      await expectAtTop(fresh, target.id);
      await fresh.close();
    }
    const page = await openPanel(hutong);
    await page.setViewport(width, height);
    await page.evaluate((id) => {
      location.hash = `#event=${id}`;
    }, target.id);
    await expectAtTop(page, target.id);
    // The hint's "More": a stored request, to an event above the current one.
    await page.evaluate(
      (id) => extensionApi().storage.session.set({ panelFocus: { event: id, at: Date.now() } }),
      other.id,
    );
    await expectAtTop(page, other.id);
    expect(page.errors).toEqual([]);
  });
}

test('the map shows statuses in words and leads to their events', async ({ hutong }) => {
  const page = await openPanel(hutong);
  const cell = '#map [data-capability]';
  expect(await page.count(cell)).toBeGreaterThan(0);
  expect(await page.text(`${cell} .status`)).toMatch(/Blocked|Partial|Available/);
  const eventId = await page.attribute(cell, 'data-event');
  // By keyboard: cards above lay out as they near the viewport (content-visibility), so a click
  // at coordinates taken before scrolling could land on a neighbouring cell.
  await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)?.focus(), cell);
  await page.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === `event-${id}`, eventId);
});

test('statuses read as dated reports, About shows how fresh they are, in both languages', async ({
  hutong,
  server,
}) => {
  const page = await panelBesideTaobao(hutong, server);
  const status = (where: string, id: string) =>
    page.text(`${where} [data-capability="${id}"] .status`);
  // This site (Taobao): a status that held in every report since, with its day.
  expect(await status('#this-site', 'wechat-pay-on-taobao')).toBe('✓Available · since 27 Sep 2024');
  // The map: a partial opening is dated by the newest report that still found it partial.
  expect(await status('#map', 'wechat-pay-on-tmall')).toBe('◐Partial · last reported 27 Sep 2024');
  expect(await status('#map', 'alipay-on-jd')).toBe('◐Partial · last reported Jan 2025');
  expect(await page.attribute('#map [data-capability="alipay-on-jd"] time', 'datetime')).toBe(
    '2025-01',
  );
  expect(await page.text('#map')).not.toMatch(/today/i);
  expect(await page.text('#this-site')).not.toMatch(/today/i);
  // About: the day last checked and the newest confirmed fact.
  expect(await page.text('[data-meta="as-of"]')).toBe(
    'Knowledge base last checked against its sources on 30 November 2026, version 1.1.0.',
  );
  expect(await page.text('[data-meta="newest-fact"]')).toBe(
    'Newest confirmed fact in it: 15 October 2025. Statuses are only as fresh as that.',
  );

  await selectOption(page, '#hutong-language', 'zh');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === '互通');
  expect(await status('#map', 'alipay-on-jd')).toBe('◐部分开放 · 最近报道于2025年1月');
  expect(await status('#this-site', 'wechat-pay-on-taobao')).toBe('✓已开放 · 自2024年9月27日起');
  expect(await page.text('[data-meta="newest-fact"]')).toBe(
    '其中最新的已证实事实：2025年10月15日。各项状态的时效以此为限。',
  );
  expect(page.errors).toEqual([]);
});

test('a source shows its headline and publisher link, or says plainly that it has neither', async ({
  hutong,
}) => {
  const page = await openPanel(hutong);
  // Confirmed headline, linked to the publisher's own page.
  const linked =
    '[data-event="jd-drops-alipay"] [data-source="shanghaidaily-2011-05-online-payment-battle"]';
  expect(await page.text(`${linked} cite`)).toBe('Let online payment battle commence');
  expect(await page.attribute(`${linked} a`, 'href')).toBe(
    'https://archive.shine.cn/business/biz-commentary/Let-online-payment-battle-commence/shdaily.shtml',
  );
  expect(await page.count(`${linked} [data-flag]`)).toBe(0);
  // A description, not a headline, and no link: both said in words.
  const plain = '[data-event="ndrc-cites-payment-interoperability"] [data-source]';
  expect(await page.count(`${plain} cite`)).toBe(0);
  expect(await page.count(`${plain} a`)).toBe(0);
  expect(await page.text(`${plain} [data-flag="headline-unconfirmed"]`)).toBe(
    ' (headline not confirmed; this describes the piece)',
  );
  expect(await page.text(`${plain} [data-flag="no-link"]`)).toBe(
    ' (no link to the publisher’s page)',
  );

  await selectOption(page, '#hutong-language', 'zh');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === '互通');
  expect(await page.text(`${plain} [data-flag="headline-unconfirmed"]`)).toBe(
    ' (原标题未能核实，此为内容说明)',
  );
  expect(await page.text(`${plain} [data-flag="no-link"]`)).toBe(' (无发布方原文链接)');
  expect(page.errors).toEqual([]);
});

test('the timeline is keyboard navigable', async ({ hutong }) => {
  const page = await openPanel(hutong);
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#timeline .event')].map((e) => e.id),
  );
  await page.evaluate(() => document.getElementById('panel-era')?.focus());
  // Tab leaves the filters for the timeline's single tab stop, the first event.
  await page.press('Tab');
  await page.waitForFunction((id) => document.activeElement?.id === id, ids[0]);
  await page.press('ArrowDown');
  await page.waitForFunction((id) => document.activeElement?.id === id, ids[1]);
  await page.press('End');
  await page.waitForFunction((id) => document.activeElement?.id === id, ids[ids.length - 1]);
  await page.press('Home');
  await page.waitForFunction((id) => document.activeElement?.id === id, ids[0]);
});

test('the language switch applies to other open Hutong pages at once and is remembered', async ({
  hutong,
}) => {
  const panel = await openPanel(hutong);
  const other = await openPanel(hutong);
  await selectOption(panel, '#hutong-language', 'zh');
  await other.waitForFunction(
    () => document.querySelector('#timeline h2')?.textContent === '时间线',
  );
  expect(
    await hutong.inExtension(async () => {
      const { settings } = await extensionApi().storage.local.get('settings');
      return (settings as { language?: string } | undefined)?.language;
    }),
  ).toBe('zh');
  // A page opened afterwards starts in the remembered language.
  const later = await openPanel(hutong);
  await later.waitForFunction(() => document.querySelector('h1')?.textContent === '互通');
});
