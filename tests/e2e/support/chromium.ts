/**
 * Chromium, driven by Playwright: a persistent context that loads the built extension with
 * `--load-extension`, a `TestPage` over Playwright's page, and what only Chromium has (its side
 * panel found over CDP, a service worker to stop). README.md in this folder and docs/TESTING.md
 * explain the flags.
 */
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from '@playwright/test';
import {
  browserPath,
  defineExtensionApi,
  ensureDir,
  extensionDir,
  extensionRunner,
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

// Lets Playwright report the service worker's own requests too (the zero-network test needs them).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

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
    return inHint(hintRunner(this.hint), this, fn, arg);
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
      await waitInHint(hintRunner(this.hint), this, inner, options.state, options.timeout);
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
      const { x, y } = await hintPoint(hintRunner(this.hint), this, inner);
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
    if (inner !== undefined) return hintText(hintRunner(this.hint), this, inner);
    return (await this.raw.textContent(selector)) ?? '';
  }
  async attribute(selector: string, name: string) {
    const inner = hintInner(selector);
    if (inner !== undefined) return hintAttribute(hintRunner(this.hint), this, inner, name);
    return this.raw.getAttribute(selector, name);
  }
  async count(selector: string) {
    const inner = hintInner(selector);
    if (inner !== undefined) return hintCount(hintRunner(this.hint), this, inner);
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

export async function launchChromium(locale?: string): Promise<ExtensionHarness> {
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
