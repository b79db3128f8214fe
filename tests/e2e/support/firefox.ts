/**
 * Firefox, driven by puppeteer-core over WebDriver BiDi: `installExtension` as a temporary add-on,
 * the prefs that pin its moz-extension:// UUID and keep an offline browser quiet, and a `TestPage`
 * over Puppeteer's page that works around the driver's trouble with moz-extension:// navigation.
 * README.md in this folder and docs/TESTING.md explain why.
 */
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import {
  browserPath,
  defineExtensionApi,
  ensureDir,
  extensionDir,
  extensionRunner,
  FIREFOX_UUID,
  GECKO_ID,
  hintRunner,
  type ExtensionHarness,
  type HintAccess,
  type TestPage,
  type WaitOptions,
} from './harness';
import {
  hintAttribute,
  hintCount,
  hintInner,
  hintPoint,
  hintText,
  inHint,
  waitInHint,
} from './hintWorld';

/**
 * Errors Firefox's driver raises when its polling script runs in a document that is being replaced
 * (a page that has just started to navigate). The condition being waited for is unaffected, so the
 * wait carries on in the new document, within the same overall timeout.
 */
const DOCUMENT_SWAP =
  /right-hand side of 'in'|Execution context was destroyed|no such frame|navigated/i;

async function acrossDocumentSwap<T>(wait: () => Promise<T>, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await wait();
    } catch (error) {
      const cause = error instanceof Error ? String(error.cause ?? '') : '';
      if (!DOCUMENT_SWAP.test(`${String(error)} ${cause}`) || Date.now() > deadline) throw error;
    }
  }
}

class PuppeteerPage implements TestPage {
  readonly browser = 'firefox' as const;
  readonly errors: string[] = [];
  #raw: PpPage;
  /** Opens a fresh tab; used to replace a tab the driver can no longer talk to (see goto). */
  readonly #open: () => Promise<PpPage>;
  constructor(
    raw: PpPage,
    open: () => Promise<PpPage>,
    readonly hint: HintAccess = {},
  ) {
    this.#raw = raw;
    this.#open = open;
    this.#watch(raw);
  }
  inHint<R, A>(fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return inHint(hintRunner(this.hint), this, fn, arg);
  }
  get raw(): PpPage {
    return this.#raw;
  }
  #watch(raw: PpPage) {
    raw.on('pageerror', (error) => this.errors.push(String(error)));
  }
  async goto(url: string) {
    if (url.startsWith('moz-extension:')) {
      // page.goto() on moz-extension:// never resolves although the page loads (docs/TESTING.md),
      // so we navigate without awaiting and wait for the document. Now and then Firefox's driver
      // loses the tab's new document ("right-hand side of 'in' should be an object, got null")
      // and every later call on that tab fails; the navigation then starts over in a fresh tab.
      // This recovers the harness's own navigation step; tests themselves are never retried.
      // The driver can lose several tabs in a row (a CI run lost three twice): up to eight tabs,
      // three seconds each; a normal navigation takes well under one.
      for (let attempt = 1; ; attempt++) {
        this.#raw.goto(url).catch(() => undefined);
        try {
          await acrossDocumentSwap(
            () =>
              this.#raw.waitForFunction(
                (target: string) => location.href === target && document.readyState === 'complete',
                { timeout: 15_000 },
                url,
              ),
            3_000,
          );
          await this.#raw.evaluate(defineExtensionApi);
          return;
        } catch (error) {
          const cause = error instanceof Error ? String(error.cause ?? '') : '';
          if (attempt >= 8 || !DOCUMENT_SWAP.test(`${String(error)} ${cause}`)) throw error;
          const stale = this.#raw;
          this.#raw = await this.#open();
          this.#watch(this.#raw);
          await stale.close().catch(() => undefined);
        }
      }
    }
    await this.raw.goto(url, { waitUntil: 'load' });
  }
  async reload() {
    await this.raw.reload({ waitUntil: 'load' });
  }
  url() {
    return this.raw.url();
  }
  async waitFor(selector: string, options: WaitOptions = {}) {
    const state = options.state ?? 'visible';
    const inner = hintInner(selector);
    if (inner !== undefined) {
      await waitInHint(hintRunner(this.hint), this, inner, state, options.timeout);
      return;
    }
    await acrossDocumentSwap(() =>
      this.raw.waitForSelector(selector, {
        visible: state === 'visible' ? true : undefined,
        hidden: state === 'hidden' || state === 'detached' ? true : undefined,
        timeout: options.timeout,
      }),
    );
  }
  async click(selector: string) {
    const inner = hintInner(selector);
    if (inner !== undefined) {
      const { x, y } = await hintPoint(hintRunner(this.hint), this, inner);
      await this.raw.mouse.click(x, y);
      return;
    }
    await this.raw.waitForSelector(selector, { visible: true });
    await this.raw.click(selector);
  }
  async fill(selector: string, value: string) {
    await this.raw.waitForSelector(selector, { visible: true });
    await this.raw.$eval(selector, (el) => {
      (el as HTMLInputElement).value = '';
    });
    await this.raw.type(selector, value);
  }
  async press(key: string) {
    await this.raw.keyboard.press(key as Parameters<PpPage['keyboard']['press']>[0]);
  }
  async text(selector: string) {
    const inner = hintInner(selector);
    if (inner !== undefined) return hintText(hintRunner(this.hint), this, inner);
    await this.raw.waitForSelector(selector);
    return this.raw.$eval(selector, (el) => el.textContent ?? '');
  }
  async attribute(selector: string, name: string) {
    const inner = hintInner(selector);
    if (inner !== undefined) return hintAttribute(hintRunner(this.hint), this, inner, name);
    await this.raw.waitForSelector(selector);
    return this.raw.$eval(selector, (el, attr) => el.getAttribute(attr as string), name);
  }
  async count(selector: string) {
    const inner = hintInner(selector);
    if (inner !== undefined) return hintCount(hintRunner(this.hint), this, inner);
    return (await this.raw.$$(selector)).length;
  }
  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.raw.evaluate(fn as (arg: unknown) => R, arg)) as R;
  }
  async waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, timeout?: number) {
    await acrossDocumentSwap(() =>
      this.raw.waitForFunction(fn as (arg: unknown) => unknown, { timeout }, arg),
    );
  }
  async setViewport(width: number, height: number) {
    await this.raw.setViewport({ width, height });
  }
  async emulateMedia(options: {
    colorScheme?: 'light' | 'dark';
    reducedMotion?: 'reduce' | 'no-preference';
  }) {
    const features = [];
    if (options.colorScheme)
      features.push({ name: 'prefers-color-scheme', value: options.colorScheme });
    if (options.reducedMotion)
      features.push({ name: 'prefers-reduced-motion', value: options.reducedMotion });
    await this.raw.emulateMediaFeatures(features);
  }
  async screenshot(path: string) {
    ensureDir(path);
    await this.raw.screenshot({ path: path as `${string}.png` });
  }
  async close() {
    await this.raw.close();
  }
  isClosed() {
    return this.raw.isClosed();
  }
}

/** Resolves once the extension's background answers a ping sent from `page`, an extension page. */
function backgroundAnswers(page: TestPage): Promise<void> {
  return page.waitForFunction(() =>
    extensionApi()
      .runtime.sendMessage({ type: 'ping' })
      .then(
        () => true,
        () => false,
      ),
  );
}

export async function launchFirefox(
  build?: string,
  prefs: Record<string, unknown> = {},
): Promise<ExtensionHarness> {
  const dir = extensionDir('firefox', build);
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // Grants optional permissions asked for in a user gesture without the doorhanger, which a
      // headless browser cannot show: the "on any site" switch can then be driven end to end.
      'extensions.webextOptionalPermissionPrompts': false,
      ...prefs,
    },
  });
  await browser.installExtension(dir);
  const origin = `moz-extension://${FIREFOX_UUID}/`;
  const requests: string[] = [];
  const openRaw = async () => {
    const raw = await browser.newPage();
    raw.on('request', (request) => requests.push(request.url()));
    return raw;
  };
  const hint: HintAccess = {};
  const newPage = async () => new PuppeteerPage(await openRaw(), openRaw, hint);
  // installExtension() resolves before the background page listens; wait until it answers.
  const openHelper = async () => {
    const page = await newPage();
    await page.goto(new URL('/onboarding.html', origin).href);
    return page;
  };
  // Kept open as the page that runs inExtension calls (extensionRunner).
  const probe = await openHelper();
  await backgroundAnswers(probe);
  const runner = extensionRunner(openHelper, Promise.resolve(probe));
  hint.run = runner.evaluate;
  const harness: ExtensionHarness = {
    browser: 'firefox',
    origin,
    extensionUrl: (path) => new URL(path, origin).href,
    newPage,
    openExtensionPage: async (path, readySelector = 'main') => {
      const page = await newPage();
      await page.goto(harness.extensionUrl(path));
      await page.waitFor(readySelector);
      return page;
    },
    backgroundErrors: [],
    requests,
    waitForExtensionPage: () =>
      Promise.reject(new Error('waitForExtensionPage: Firefox sidebars are not driver pages.')),
    stopBackground: () => Promise.reject(new Error('Firefox MV2 has a persistent background page')),
    waitForBackground: async () => {
      // Right after runtime.reload() the extension may not be back yet, and a page opened on its
      // address then never becomes the extension's page: open another until one does.
      const deadline = Date.now() + 40_000;
      for (;;) {
        const page = await newPage();
        try {
          await page.goto(new URL('/onboarding.html', origin).href);
          await backgroundAnswers(page);
          return;
        } catch (error) {
          if (Date.now() > deadline) throw error;
        } finally {
          await page.close().catch(() => undefined);
        }
      }
    },
    inExtension: runner.run,
    close: () => browser.close(),
  };
  return harness;
}
