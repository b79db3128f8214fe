/**
 * How Hutong's own pages read (issue 14): type large enough in both browsers (Chrome's
 * extension-page stylesheet once shrank it to 10.5 px), a clear size hierarchy, the popup's mark
 * and switch, and the map at the narrowest side panel.
 */
import { test, expect } from './support/fixtures';
import type { TestPage } from './support/harness';
import { openPopupFor, siteSwitches } from './support/extension';
import { seriousA11yViolations } from './support/axe';
import { openPanel, selectOption } from './support/panelPage';

/**
 * The body's font size, and the smallest font size of any visible text on the page with the
 * element that has it (controls' own text included; screen-reader-only text left out).
 */
function fontSizes(page: TestPage) {
  return page.evaluate(() => {
    const px = (element: Element) => Number.parseFloat(getComputedStyle(element).fontSize);
    let smallest = { size: Infinity, where: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || node.textContent?.trim() === '') continue;
      if (element.closest('option, script, style, [hidden], .visually-hidden')) continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const size = px(element);
      if (size < smallest.size) {
        smallest = {
          size,
          where: `${element.tagName.toLowerCase()}.${element.className}: ${node.textContent?.trim().slice(0, 30)}`,
        };
      }
    }
    return { body: px(document.body), smallest };
  });
}

async function expectReadable(page: TestPage) {
  const { body, smallest } = await fontSizes(page);
  expect(body, 'body text').toBeGreaterThanOrEqual(14);
  expect(smallest.size, `smallest text: ${smallest.where}`).toBeGreaterThanOrEqual(13);
}

test('every Hutong page sets body text of at least 14 px, none under 13 px', async ({
  hutong,
  server,
}) => {
  const site = await hutong.newPage();
  await site.goto(server.url('item.jd.com', '/1.html'));
  const popup = await openPopupFor(hutong, '*://item.jd.com/*');
  await expectReadable(popup);
  // The site's name outranks its description.
  const size = (selector: string) =>
    popup.evaluate(
      (s) => Number.parseFloat(getComputedStyle(document.querySelector(s) as Element).fontSize),
      selector,
    );
  expect(await size('#site-name')).toBeGreaterThan(await size('.site .line'));
  // One Hutong page at a time, as a user sees them (the popup closes when it loses focus).
  await popup.close();

  const panel = await openPanel(hutong);
  await expectReadable(panel);
  await panel.close();
  const options = await hutong.openExtensionPage('/options.html', '[data-site="jd.com"]');
  await expectReadable(options);
  await options.close();
  const onboarding = await hutong.openExtensionPage('/onboarding.html', 'h1');
  await expectReadable(onboarding);
  await onboarding.close();
  const privacy = await hutong.openExtensionPage('/privacy.html', 'article h1');
  await expectReadable(privacy);
});

test('the popup has Hutong’s mark and a real switch, operable by keyboard', async ({
  hutong,
  server,
}) => {
  const site = await hutong.newPage();
  await site.goto(server.url('item.jd.com', '/1.html'));
  const popup = await openPopupFor(hutong, '*://item.jd.com/*');
  const mark = await popup.evaluate(() => {
    const img = document.querySelector<HTMLImageElement>('header .mark');
    return { loaded: img?.complete === true && img.naturalWidth > 0, alt: img?.alt };
  });
  // Decorative beside the name "Hutong", so it says nothing to a screen reader.
  expect(mark).toEqual({ loaded: true, alt: '' });

  const toggle = '[data-action="site-switch"]';
  await popup.waitFor(`${toggle}:not([disabled])`);
  expect(await popup.attribute(toggle, 'role')).toBe('switch');
  // Drawn as a track, not the bare checkbox: wider than tall.
  const box = await popup.evaluate((s) => {
    const rect = document.querySelector(s)?.getBoundingClientRect();
    return { width: rect?.width ?? 0, height: rect?.height ?? 0 };
  }, toggle);
  expect(box.width).toBeGreaterThan(box.height * 1.5);
  const checked = () =>
    popup.evaluate((s) => (document.querySelector(s) as HTMLInputElement).checked, toggle);
  expect(await checked()).toBe(true);
  await popup.evaluate((s) => (document.querySelector(s) as HTMLElement).focus(), toggle);
  await popup.press(' ');
  await expect.poll(checked).toBe(false);
  await expect.poll(() => siteSwitches(hutong)).toEqual({ 'jd.com': false });
  await popup.press(' ');
  await expect.poll(checked).toBe(true);
  expect(await seriousA11yViolations(popup)).toEqual([]);
  expect(popup.errors).toEqual([]);
});

for (const lang of ['en', 'zh'] as const) {
  test(`the map reads at 320 px without sideways scrolling (${lang})`, async ({ hutong }) => {
    const panel = await openPanel(hutong);
    await panel.setViewport(320, 800);
    if (lang === 'zh') {
      await selectOption(panel, '#hutong-language', 'zh');
      await panel.waitForFunction(() => document.querySelector('h1')?.textContent === '互通');
    }
    const layout = await panel.evaluate(() => {
      const scroller = document.querySelector('#map .map-scroll') as HTMLElement;
      document.querySelector('#map')?.scrollIntoView();
      const lineHeight = (element: Element) => {
        const style = getComputedStyle(element);
        return Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5;
      };
      // The tallest platform name and provider name, in lines.
      const lines = [...document.querySelectorAll('#map tbody th, #map .map-provider')].map(
        (element) => Math.round(element.getBoundingClientRect().height / lineHeight(element)),
      );
      return {
        scrollWidth: scroller.scrollWidth,
        clientWidth: scroller.clientWidth,
        pageScrollWidth: document.documentElement.scrollWidth,
        pageWidth: document.documentElement.clientWidth,
        maxLines: Math.max(...lines),
        categoryShown: getComputedStyle(document.querySelector('#map .map-category') as Element)
          .display,
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.pageScrollWidth).toBeLessThanOrEqual(layout.pageWidth);
    // Names stay on a line or two, never one character per line.
    expect(layout.maxLines).toBeLessThanOrEqual(2);
    // As cards, each kind of interconnection is named in the card.
    expect(layout.categoryShown).toBe('block');
    expect(panel.errors).toEqual([]);
  });
}

test('the map is a table where the panel is wide', async ({ hutong }) => {
  const panel = await openPanel(hutong);
  await panel.setViewport(900, 800);
  const layout = await panel.evaluate(() => ({
    table: getComputedStyle(document.querySelector('#map table') as Element).display,
    scrollWidth: (document.querySelector('#map .map-scroll') as HTMLElement).scrollWidth,
    clientWidth: (document.querySelector('#map .map-scroll') as HTMLElement).clientWidth,
  }));
  expect(layout.table).toBe('table');
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
});
