/**
 * Launches a real browser with the BUILT extension and wraps it in one small interface, so each
 * end-to-end test is written once and runs in Chromium (Playwright) and Firefox ESR (puppeteer-core
 * over WebDriver BiDi). docs/TESTING.md explains the flags and prefs.
 *
 * Selectors are CSS; ` >>> ` crosses into the in-page hint's closed shadow root, e.g.
 * `hutong-hint >>> [data-action="more"]`, through Hutong's own isolated world (hintWorld.ts).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from '@playwright/test';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import {
  hintAttribute,
  hintCount,
  hintInner,
  hintPoint,
  hintText,
  inHint,
  waitInHint,
  type ExtensionEval,
} from './hintWorld';

// Lets Playwright report the service worker's own requests too (the zero-network test needs them).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export type BrowserName = 'chromium' | 'firefox';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const OUT_DIR = resolve(ROOT, process.env.HUTONG_OUT_DIR ?? '.output');
export const GECKO_ID = 'hutong@hutong-extension.org';
/** Pinned by the extensions.webextensions.uuids pref below. */
export const FIREFOX_UUID = '6a0f3c52-2b1e-4c7e-9d55-4b7a9e0c1d2f';
/** Pinned by the manifest `key` (wxt.config.ts). */
export const CHROME_ID = 'nbedcldoejjgfofoohodimimdaahchih';

export function extensionDir(name: BrowserName, build?: string): string {
  const dir = resolve(OUT_DIR, build ?? (name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2'));
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}. Run \`npm run build\` first.`);
  }
  return dir;
}

export function browserPath(name: BrowserName): string {
  const [variable, fallback, pkg] =
    name === 'chromium'
      ? ['CHROMIUM_PATH', '/usr/bin/chromium', 'chromium']
      : ['FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr'];
  const path = process.env[variable] ?? fallback;
  if (!existsSync(path)) {
    throw new Error(
      `${name} not found at ${path}. Install it (Debian/Ubuntu: \`sudo apt-get install -y ${pkg}\`) ` +
        `or point ${variable} at the browser's executable.`,
    );
  }
  return path;
}

export interface WaitOptions {
  state?: 'visible' | 'hidden' | 'attached' | 'detached';
  timeout?: number;
}

/** The operations tests need, the same in both browsers. */
export interface TestPage {
  readonly browser: BrowserName;
  /** Navigates and waits for the load event (extension pages: until the document is complete). */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): string;
  waitFor(selector: string, options?: WaitOptions): Promise<void>;
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  press(key: string): Promise<void>;
  text(selector: string): Promise<string>;
  attribute(selector: string, name: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Runs `fn(shadowRoot, arg)` in Hutong's isolated world of this tab, on the hint's closed shadow
   * root (null while no hint is shown). `fn` must be self-contained.
   */
  inHint<R, A = undefined>(
    fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>,
    arg?: A,
  ): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value. */
  waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  emulateMedia(options: {
    colorScheme?: 'light' | 'dark';
    reducedMotion?: 'reduce' | 'no-preference';
  }): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Uncaught errors thrown in this page so far. */
  readonly errors: string[];
  close(): Promise<void>;
  isClosed(): boolean;
  /** The underlying Playwright or Puppeteer page, for the rare browser-specific test. */
  readonly raw: PwPage | PpPage;
}

export interface ExtensionHarness {
  readonly browser: BrowserName;
  /** chrome-extension://ID/ or moz-extension://UUID/ */
  readonly origin: string;
  extensionUrl(path: string): string;
  newPage(): Promise<TestPage>;
  /** Opens an extension page (e.g. '/popup.html') in a new tab and waits until it has rendered. */
  openExtensionPage(path: string, readySelector?: string): Promise<TestPage>;
  /** Console errors and uncaught exceptions from the background context (Chromium) so far. */
  readonly backgroundErrors: string[];
  /**
   * Waits until a page of the extension at `path` (e.g. '/sidepanel.html') is open anywhere in the
   * browser, as a tab or as Chrome's side panel, and returns its full URL. Chromium only: Firefox's
   * sidebar is not a page the driver can see (ask `sidebarAction.isOpen` instead).
   */
  waitForExtensionPage(path: string, timeout?: number): Promise<string>;
  /**
   * Every request URL the browser reported so far: in Chromium for all pages, extension pages and
   * the service worker; in Firefox for every page opened through this harness.
   */
  readonly requests: string[];
  /**
   * Chromium: stops the extension's service worker, as the browser does when it is idle, and waits
   * until it is gone. Firefox MV2 has a persistent background page, so this is Chromium-only.
   */
  stopBackground(): Promise<void>;
  /** Resolves when the background has started again (Chromium: a new service worker). */
  waitForBackground(): Promise<void>;
  /** Runs `fn` in an extension page, where `chrome` / `browser` APIs are available. */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

/** Set by the harness once its extension page runs: how pages reach the hint's isolated world. */
interface HintAccess {
  run?: ExtensionEval;
}

function runner(access: HintAccess): ExtensionEval {
  if (!access.run) throw new Error('The harness has no extension page to reach the hint from.');
  return access.run;
}

/** Gives extension pages a global `extensionApi()` (tests/e2e/support/globals.d.ts). */
function defineExtensionApi(): void {
  globalThis.extensionApi = () => globalThis.browser ?? globalThis.chrome;
}

function ensureDir(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
}

class PlaywrightPage implements TestPage {
  readonly browser = 'chromium' as const;
  readonly errors: string[] = [];
  constructor(
    readonly raw: PwPage,
    readonly hint: HintAccess = {},
  ) {
    raw.on('pageerror', (error) => this.errors.push(String(error)));
  }
  inHint<R, A>(fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return inHint(runner(this.hint), this, fn, arg);
  }
  async goto(url: string) {
    await this.raw.goto(url, { waitUntil: 'load' });
    if (url.startsWith('chrome-extension:')) await this.raw.evaluate(defineExtensionApi);
  }
  async reload() {
    await this.raw.reload({ waitUntil: 'load' });
  }
  url() {
    return this.raw.url();
  }
  async waitFor(selector: string, options: WaitOptions = {}) {
    const inner = hintInner(selector);
    if (inner !== undefined) {
      await waitInHint(runner(this.hint), this, inner, options.state, options.timeout);
      return;
    }
    await this.raw.waitForSelector(selector, {
      state: options.state ?? 'visible',
      timeout: options.timeout,
    });
  }
  async click(selector: string) {
    const inner = hintInner(selector);
    if (inner !== undefined) {
      const { x, y } = await hintPoint(runner(this.hint), this, inner);
      await this.raw.mouse.click(x, y);
      return;
    }
    await this.raw.click(selector);
  }
  async fill(selector: string, value: string) {
    await this.raw.fill(selector, value);
  }
  async press(key: string) {
    await this.raw.keyboard.press(key);
  }
  async text(selector: string) {
    const inner = hintInner(selector);
    if (inner !== undefined) return hintText(runner(this.hint), this, inner);
    return (await this.raw.textContent(selector)) ?? '';
  }
  async attribute(selector: string, name: string) {
    const inner = hintInner(selector);
    if (inner !== undefined) return hintAttribute(runner(this.hint), this, inner, name);
    return this.raw.getAttribute(selector, name);
  }
  async count(selector: string) {
    const inner = hintInner(selector);
    if (inner !== undefined) return hintCount(runner(this.hint), this, inner);
    return this.raw.locator(selector).count();
  }
  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.raw.evaluate(fn as (arg: unknown) => R, arg)) as R;
  }
  async waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, timeout?: number) {
    await this.raw.waitForFunction(fn as (arg: unknown) => unknown, arg, { timeout });
  }
  async setViewport(width: number, height: number) {
    await this.raw.setViewportSize({ width, height });
  }
  async emulateMedia(options: {
    colorScheme?: 'light' | 'dark';
    reducedMotion?: 'reduce' | 'no-preference';
  }) {
    await this.raw.emulateMedia(options);
  }
  async screenshot(path: string) {
    ensureDir(path);
    await this.raw.screenshot({ path });
  }
  async close() {
    await this.raw.close();
  }
  isClosed() {
    return this.raw.isClosed();
  }
}

/**
 * One extension page, opened when the browser starts and kept for its life, runs every
 * `inExtension` call. Opening a tab per call made each poll step slow, and in Firefox a poll step
 * could hang on its new tab until the poll's timeout ran out. It is opened before any test page,
 * so that it never becomes the active tab: a page in a background tab gets no idle callbacks
 * until their timeout, and Hutong waits for one. An extension reload closes the page; the next
 * call then opens a new one.
 */
function extensionRunner(
  open: () => Promise<TestPage>,
  first: Promise<TestPage>,
): { run: ExtensionHarness['inExtension']; evaluate: ExtensionEval } {
  let page: Promise<TestPage> | undefined = first;
  const current = async () => {
    page ??= open();
    let ready = await page.catch((error: unknown) => {
      page = undefined;
      throw error;
    });
    if (ready.isClosed()) {
      page = open();
      ready = await page;
    }
    return ready;
  };
  return {
    run: async (fn, arg) => (await current()).evaluate(fn, arg),
    // A source text, evaluated by the driver (not by eval() in the page, which its CSP forbids).
    evaluate: async (expression) => {
      const ready = await current();
      return ready.browser === 'chromium'
        ? (ready.raw as PwPage).evaluate(expression)
        : (ready.raw as PpPage).evaluate(expression);
    },
  };
}

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
    return inHint(runner(this.hint), this, fn, arg);
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
            5_000,
          );
          await this.#raw.evaluate(defineExtensionApi);
          return;
        } catch (error) {
          const cause = error instanceof Error ? String(error.cause ?? '') : '';
          if (attempt >= 3 || !DOCUMENT_SWAP.test(`${String(error)} ${cause}`)) throw error;
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
      await waitInHint(runner(this.hint), this, inner, state, options.timeout);
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
      const { x, y } = await hintPoint(runner(this.hint), this, inner);
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
    if (inner !== undefined) return hintText(runner(this.hint), this, inner);
    await this.raw.waitForSelector(selector);
    return this.raw.$eval(selector, (el) => el.textContent ?? '');
  }
  async attribute(selector: string, name: string) {
    const inner = hintInner(selector);
    if (inner !== undefined) return hintAttribute(runner(this.hint), this, inner, name);
    await this.raw.waitForSelector(selector);
    return this.raw.$eval(selector, (el, attr) => el.getAttribute(attr as string), name);
  }
  async count(selector: string) {
    const inner = hintInner(selector);
    if (inner !== undefined) return hintCount(runner(this.hint), this, inner);
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

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  // Every host name reaches the local test server, so a request to anywhere shows up in its log.
  '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
];

async function launchChromium(locale?: string): Promise<ExtensionHarness> {
  const dir = extensionDir('chromium');
  const context: BrowserContext = await chromium.launchPersistentContext('', {
    executablePath: browserPath('chromium'),
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      // The browser's language and the profile's preferred languages, service worker included;
      // Playwright's `locale` alone reaches only the pages it emulates.
      ...(locale ? [`--lang=${locale}`, `--accept-lang=${locale}`] : []),
    ],
    viewport: { width: 1280, height: 800 },
    ...(locale ? { locale } : {}),
  });
  const backgroundErrors: string[] = [];
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const watch = (worker: Worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error') backgroundErrors.push(message.text());
    });
  };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  watch(worker);
  context.on('serviceworker', watch);
  const id = new URL(worker.url()).host;
  const origin = `chrome-extension://${id}/`;
  const openHelper = async () => {
    const page = new PlaywrightPage(await context.newPage());
    await page.goto(new URL('/onboarding.html', origin).href);
    return page;
  };
  const helper = openHelper();
  await helper;
  const runner = extensionRunner(openHelper, helper);
  const hint: HintAccess = { run: runner.evaluate };
  // The persistent context opens with one blank tab; tests open their own.
  const harness: ExtensionHarness = {
    browser: 'chromium',
    origin,
    extensionUrl: (path) => new URL(path, origin).href,
    newPage: async () => new PlaywrightPage(await context.newPage(), hint),
    openExtensionPage: async (path, readySelector = 'main') => {
      const page = new PlaywrightPage(await context.newPage(), hint);
      await page.goto(harness.extensionUrl(path));
      await page.waitFor(readySelector);
      return page;
    },
    backgroundErrors,
    requests,
    waitForExtensionPage: async (path, timeout = 10_000) => {
      // Chrome's side panel is a page target that Playwright does not list among the context's
      // pages, so ask the browser for its targets over CDP.
      const wanted = (url: string) => url.startsWith(origin) && new URL(url).pathname === path;
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      try {
        const found = new Promise<string>((resolve) => {
          const check = ({ targetInfo }: { targetInfo: { url: string } }) => {
            if (wanted(targetInfo.url)) resolve(targetInfo.url);
          };
          cdp.on('Target.targetCreated', check);
          cdp.on('Target.targetInfoChanged', check);
        });
        await cdp.send('Target.setDiscoverTargets', { discover: true });
        const existing = (await cdp.send('Target.getTargets')).targetInfos.find((t) =>
          wanted(t.url),
        );
        if (existing) return existing.url;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timedOut = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`No ${path} page opened within ${timeout} ms`)),
            timeout,
          );
        });
        try {
          return await Promise.race([found, timedOut]);
        } finally {
          clearTimeout(timer);
        }
      } finally {
        await cdp.detach();
      }
    },
    stopBackground: async () => {
      const current = context.serviceWorkers().find((w) => w.url().startsWith(origin));
      if (!current) return;
      const closed = new Promise<void>((resolve) => current.once('close', () => resolve()));
      // The Stop button of Chrome's own service-worker page, as a developer would stop it. (CDP's
      // ServiceWorker.stopAllWorkers and Target.closeTarget leave Playwright's context hanging.)
      const internals = await context.newPage();
      await internals.goto('chrome://serviceworker-internals/');
      await internals
        .locator('.serviceworker-registration', { hasText: origin })
        .locator('[data-command="stop"]')
        .first()
        .click();
      await closed;
      await internals.close();
    },
    waitForBackground: async () => {
      if (context.serviceWorkers().some((w) => w.url().startsWith(origin))) return;
      await context.waitForEvent('serviceworker', (w) => w.url().startsWith(origin));
    },
    inExtension: runner.run,
    close: () => context.close(),
  };
  return harness;
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

async function launchFirefox(
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

/**
 * `build` picks another build folder in the output dir (e.g. 'firefox-mv3') or anywhere (an
 * absolute path); `firefoxPrefs` adds Firefox prefs (e.g. a touch screen's pointer); `locale`
 * makes a profile that prefers that language (e.g. 'zh-TW'): Chromium's `--lang`, Firefox's
 * `intl.accept_languages`.
 */
export function launchWithExtension(
  name: BrowserName,
  build?: string,
  firefoxPrefs?: Record<string, unknown>,
  locale?: string,
): Promise<ExtensionHarness> {
  if (name === 'chromium') return launchChromium(locale);
  const prefs = locale ? { 'intl.accept_languages': locale, ...firefoxPrefs } : firefoxPrefs;
  return launchFirefox(build, prefs);
}
