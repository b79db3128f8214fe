/**
 * What every end-to-end test sees of a browser running the BUILT extension, whichever browser it
 * is: the `TestPage` and `ExtensionHarness` interfaces, where the builds and browsers are, the
 * pinned extension ids, and the pieces both browsers' code shares. chromium.ts (Playwright) and
 * firefox.ts (puppeteer-core over WebDriver BiDi) implement it; launch.ts picks one. README.md in
 * this folder says how each browser is driven.
 *
 * Selectors are CSS; ` >>> ` crosses into the in-page hint's closed shadow root, e.g.
 * `hutong-hint >>> [data-action="more"]`, through Hutong's own isolated world (hintWorld.ts).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page as PwPage } from '@playwright/test';
import type { Page as PpPage } from 'puppeteer-core';
import type { ExtensionEval } from './hintWorld';

export type BrowserName = 'chromium' | 'firefox';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const OUT_DIR = resolve(ROOT, process.env.HUTONG_OUT_DIR ?? '.output');
export const GECKO_ID = 'hutong@hutong-extension.org';
/** Pinned by the extensions.webextensions.uuids pref (firefox.ts). */
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
export interface HintAccess {
  run?: ExtensionEval;
}

export function hintRunner(access: HintAccess): ExtensionEval {
  if (!access.run) throw new Error('The harness has no extension page to reach the hint from.');
  return access.run;
}

/** Gives extension pages a global `extensionApi()` (tests/e2e/support/globals.d.ts). */
export function defineExtensionApi(): void {
  globalThis.extensionApi = () => globalThis.browser ?? globalThis.chrome;
}

export function ensureDir(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
}

/**
 * One extension page, opened when the browser starts and kept for its life, runs every
 * `inExtension` call. Opening a tab per call made each poll step slow, and in Firefox a poll step
 * could hang on its new tab until the poll's timeout ran out. It is opened before any test page,
 * so that it never becomes the active tab: a page in a background tab gets no idle callbacks
 * until their timeout, and Hutong waits for one. An extension reload closes the page; the next
 * call then opens a new one.
 */
export function extensionRunner(
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
