/**
 * Steps many specs share: what they ask of Hutong through its own extension page
 * (`hutong.inExtension`, where the WebExtension API is at hand), and the in-page hint's selector.
 * Functions handed to `inExtension` or `evaluate` run in the browser, so they close over nothing
 * (globals.d.ts).
 */
import type { ExtensionHarness, TestPage } from './harness';

/** The hint's box, inside its closed shadow root (hintWorld.ts). */
export const HINT = 'hutong-hint >>> .hint';

/** Writes settings as the options page would (value plus WXT's version meta key). */
export async function setSettings(
  hutong: ExtensionHarness,
  patch: Record<string, unknown>,
): Promise<void> {
  await hutong.inExtension(async (p) => {
    const api = extensionApi();
    const { settings } = await api.storage.local.get('settings');
    const current = typeof settings === 'object' && settings !== null ? settings : {};
    await api.storage.local.set({ settings$: { v: 2 }, settings: { ...current, ...p } });
  }, patch);
}

/** The id of the tab showing `pattern` (match pattern), seen from the extension; -1 if none. */
export function tabId(hutong: ExtensionHarness, pattern: string): Promise<number> {
  return hutong.inExtension(async (url) => {
    const [tab] = await extensionApi().tabs.query({ url });
    return tab?.id ?? -1;
  }, pattern);
}

/** Opens the popup for the tab showing `pattern`, as its toolbar button would, once `ready` shows. */
export async function openPopupFor(
  hutong: ExtensionHarness,
  pattern: string,
  ready = '[data-state="entry"]',
): Promise<TestPage> {
  const id = await tabId(hutong, pattern);
  return hutong.openExtensionPage(`/popup.html?tab=${id}`, ready);
}

export interface Badge {
  text: string;
  title: string;
}

/** The toolbar button's badge and title for the tab whose URL matches `pattern`. */
export function badge(hutong: ExtensionHarness, pattern: string): Promise<Badge | null> {
  return hutong.inExtension(async (p) => {
    const api = extensionApi();
    const [tab] = await api.tabs.query({ url: p });
    if (tab?.id === undefined) return null;
    const action = api.action ?? api.browserAction;
    return {
      text: await action.getBadgeText({ tabId: tab.id }),
      title: await action.getTitle({ tabId: tab.id }),
    };
  }, pattern);
}

/** The toolbar button's title for the tab whose URL matches `pattern` ('' while there is none). */
export function toolbarTitle(hutong: ExtensionHarness, pattern: string): Promise<string> {
  return hutong.inExtension(async (url) => {
    const api = extensionApi();
    const [tab] = await api.tabs.query({ url });
    const action = api.action ?? api.browserAction;
    return tab?.id === undefined ? '' : action.getTitle({ tabId: tab.id });
  }, pattern);
}

/** What is stored as the per-site switches (undefined while nothing is). */
export async function siteSwitches(hutong: ExtensionHarness): Promise<unknown> {
  const { siteSwitches } = await hutong.inExtension(() =>
    extensionApi().storage.local.get('siteSwitches'),
  );
  return siteSwitches as unknown;
}

/** Every stored visit, oldest first, read the way the store lays it out (index + chunks). */
export function storedHistory<T = { url: string; title: string }>(
  hutong: ExtensionHarness,
): Promise<T[]> {
  return hutong.inExtension(async () => {
    const all = await extensionApi().storage.local.get(null);
    const index = all.historyIndex as { chunks: { id: number }[] } | undefined;
    return (index?.chunks ?? []).flatMap(({ id }) => (all[`historyChunk:${id}`] ?? []) as T[]);
  });
}

/** Addresses of the open tabs showing the extension page `path` (e.g. '/sidepanel.html'). */
export function extensionTabs(hutong: ExtensionHarness, path: string): Promise<string[]> {
  return hutong.inExtension(async (prefix) => {
    const tabs = await extensionApi().tabs.query({});
    return tabs.map((tab) => tab.url ?? '').filter((url) => url.startsWith(prefix));
  }, hutong.extensionUrl(path));
}

/** Whether Firefox's sidebar is open (sidebarAction.isOpen). */
export function sidebarOpen(hutong: ExtensionHarness): Promise<boolean> {
  return hutong.inExtension(() =>
    (
      extensionApi() as unknown as { sidebarAction: { isOpen(details: object): Promise<boolean> } }
    ).sidebarAction.isOpen({}),
  );
}

/**
 * `typeof` the hint UI's handle in Hutong's isolated world of the tab: 'object' once a hint UI
 * started in this document, 'undefined' if none ever did. The look opens that world if no Hutong
 * script ran there yet, so a spec proving that none did takes it last.
 */
export function hintHandle(page: TestPage): Promise<string> {
  return page.inHint(() => typeof (globalThis as { __hutongHint?: unknown }).__hutongHint);
}

/** Resolves once the page has been idle: loaded, and what it started has had its turn. */
export async function pageIdle(page: TestPage): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(true))));
}

/** Moves the pointer off the hint (a resting pointer keeps "Hints hidden on …" up). */
export async function pointerAway(page: TestPage): Promise<void> {
  await (
    page.raw as unknown as { mouse: { move(x: number, y: number): Promise<void> } }
  ).mouse.move(1, 1);
}
