/**
 * Chrome stops an idle extension service worker at any moment and starts a fresh one on the next
 * event. Everything Hutong keeps lives in storage, not in the worker's globals, so a stop in the
 * middle of a session must change nothing the user can see: hints, history, popup.
 *
 * Chromium only (Firefox MV2 has a persistent background page). Driven with puppeteer-core, whose
 * WebWorker.close() stops the worker the way Chrome does; Playwright's context does not survive it.
 */
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { test, expect } from './support/fixtures';
import { CHROMIUM_ARGS } from './support/chromium';
import { browserPath, CHROME_ID, extensionDir } from './support/harness';

const isOurWorker = (target: Target) =>
  target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${CHROME_ID}/`);

function launchWithHutong(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: browserPath('chromium'),
    headless: true,
    enableExtensions: [extensionDir('chromium')],
    args: CHROMIUM_ARGS,
  });
}

/** Stops Hutong's worker as Chrome does when idle, after running `last` in it, if given. */
async function stopWorker(browser: Browser, last?: () => Promise<void>): Promise<void> {
  const target = await browser.waitForTarget(isOurWorker);
  const worker = await target.worker();
  if (!worker) throw new Error('no extension service worker');
  if (last) await worker.evaluate(last);
  const gone = new Promise<void>((resolve) =>
    browser.on('targetdestroyed', (t: Target) => t === target && resolve()),
  );
  await worker.close();
  await gone;
}

async function storedHistoryUrls(browser: Browser): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto(`chrome-extension://${CHROME_ID}/onboarding.html`);
    return await page.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      return Object.entries(all)
        .filter(([key]) => key.startsWith('historyChunk:'))
        .flatMap(([, chunk]) => (Array.isArray(chunk) ? (chunk as { url: string }[]) : []))
        .map((entry) => entry.url);
    });
  } finally {
    await page.close();
  }
}

async function visitWithHint(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('hutong-hint', { timeout: 15_000 });
  return page;
}

test('a stopped service worker wakes up: hints, history and popup keep working', async ({
  server,
}) => {
  const browser = await launchWithHutong();
  try {
    const first = server.url('www.taobao.com', '/before-stop');
    await visitWithHint(browser, first);
    await expect.poll(() => storedHistoryUrls(browser)).toContain(first);

    await stopWorker(browser);
    expect(browser.targets().some(isOurWorker)).toBe(false);

    // The next event starts a fresh worker, which must know everything the old one did.
    const second = server.url('item.jd.com', '/after-stop.html');
    await visitWithHint(browser, second);
    await expect
      .poll(() => storedHistoryUrls(browser))
      .toEqual(expect.arrayContaining([first, second]));

    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${CHROME_ID}/popup.html#history`);
    await popup.waitForSelector('main');
  } finally {
    await browser.close();
  }
});

/**
 * What Hutong does when a new instance starts (enabled again, updated, reloaded: the browser then
 * empties session storage, done here by hand because a command-line extension cannot be reloaded
 * in this browser): a hint an old instance left on a page is dead, so the new worker replaces it,
 * and leaves alone a page whose hint is alive.
 */
test('a new instance replaces a dead hint left on an open page, and only that one', async ({
  server,
}) => {
  const browser = await launchWithHutong();
  try {
    const live = await visitWithHint(browser, server.url('www.taobao.com', '/live'));
    await live.evaluate(() => document.querySelector('hutong-hint')?.setAttribute('data-live', ''));
    // Shown once this session: the next taobao.com page gets no UI. Left on it: the element a dead
    // instance's hint leaves behind.
    const dead = await browser.newPage();
    await dead.goto(server.url('item.taobao.com', '/dead'), { waitUntil: 'load' });
    await dead.evaluate(() => {
      const old = document.createElement('hutong-hint');
      old.setAttribute('data-old', '');
      document.documentElement.append(old);
    });

    await stopWorker(browser, () => chrome.storage.session.remove('hintsSwept'));

    // Any event starts the new worker; a settings change is one a user makes.
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${CHROME_ID}/options.html`);
    await options.evaluate(() => chrome.storage.local.set({ wake: Date.now() }));
    // An empty element counts as hidden to the driver, so wait for it to leave the document;
    // polled by time, as a background tab gets no animation frames.
    await dead.waitForFunction(() => document.querySelector('hutong-hint[data-old]') === null, {
      polling: 100,
    });
    // The new UI took over: the hint is on screen once, alive. (Its shadow root is closed: asked
    // through Hutong's isolated world of the tab, as the background asks.)
    await dead.waitForSelector('hutong-hint');
    await expect
      .poll(() =>
        options.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ url: '*://item.taobao.com/*' });
          if (tab?.id === undefined) return false;
          const [found] = await chrome.scripting.executeScript({
            target: { tabId: tab.id },
            func: () => {
              const handle = (globalThis as { __hutongHint?: { shadow(): ShadowRoot | undefined } })
                .__hutongHint;
              return handle?.shadow()?.querySelector('.hint') != null;
            },
          });
          return found?.result === true;
        }),
      )
      .toBe(true);
    expect(await dead.evaluate(() => document.querySelectorAll('hutong-hint').length)).toBe(1);
    // The live page was looked at too, but its UI answered the probe: untouched.
    expect(
      await live.evaluate(() => document.querySelectorAll('hutong-hint[data-live]').length),
    ).toBe(1);
  } finally {
    await browser.close();
  }
});
