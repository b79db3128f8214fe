/**
 * Decides what a page's hint says and whether it shows now, and keeps the toolbar icon telling,
 * per tab, whether Hutong has context for the page.
 *
 * Covered shopping sites run no Hutong script on a page until a hint is due: the background
 * watches its tabs (a page loaded, an address changed, a setting changed), sets the toolbar icon
 * from the address alone, and injects the hint's UI script (entrypoints/site.content) only when
 * the answer is "show". A script declared for every covered page cost a 20,000-node page ~5 ms of
 * main thread per visit for nothing on most visits, ~2.7 ms of it the browser setting up the
 * script's isolated world (docs/PERFORMANCE.md).
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { entities, events } from '../../data';
import { createSiteIndex, hostOf } from '../kb/siteIndex';
import { articleHintContent, shouldShow, siteHintContent } from './content';
import { resolveLanguage } from '../platform/i18n/i18n';
import { browserLanguages } from '../platform/i18n/browserLanguages';
import type { HintContent, PageContext } from '../platform/protocol';
import type { Language } from '../../data/schema';
import { getSettings, type Settings } from '../platform/storage/settings';
import { getSiteSwitches, setSiteEnabled } from '../platform/storage/sites';
import { hintHiddenItem, hintsSweptItem, shownThisSessionItem } from '../platform/storage/session';
import { writeInTurn } from '../platform/storage/writes';
import { isSensitivePage } from './sensitivePages';
import { loadTraditional } from '../../data/text';
import { hintBackgroundStrings, hintStrings } from '../platform/i18n/strings/hint';
// The hint's stylesheet goes to the page with the answer (HintLook), inlined here as text: pages
// cannot probe for a web-accessible file.
import hintCss from '../../components/hint/hint.css?inline';
import type { Handler, Sender } from '../platform/router';
import { HINT_ELEMENT, HINT_UI_JS, UI_HANDLE, WATCHED_KEYS, type HintUiHandle } from './constants';
import { writeError } from '../history/background';
import { onTabUpdated } from '../platform/tabEvents';
import { site as siteMatches } from '../../data/generated/matches.json';

// Derived from bundled data, never mutated: safe to keep across service worker restarts.
const siteIndex = createSiteIndex(entities);

const BADGE_TEXT = 'i';
const BADGE_COLOR = '#1d4ed8';

/** MV3 has `action`, Firefox MV2 `browserAction`; both take the same per-tab calls. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

export type BadgeState = 'context' | 'context-hidden' | 'none';

/** Sets the toolbar icon of one tab; Chrome and Firefox reset it when the tab navigates away. */
export async function setBadge(tabId: number, state: BadgeState, lang: Language): Promise<void> {
  const action = toolbarAction();
  const strings = hintBackgroundStrings[lang];
  const title =
    state === 'context'
      ? strings.badgeContext
      : state === 'context-hidden'
        ? strings.badgeContextHidden
        : strings.badgeNone;
  try {
    await Promise.all([
      action.setBadgeText({ tabId, text: state === 'none' ? '' : BADGE_TEXT }),
      action.setTitle({ tabId, title }),
      ...(state === 'none' ? [] : [action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR })]),
    ]);
  } catch {
    // The tab closed while we answered: nothing to update.
  }
}

async function language(): Promise<{ lang: Language; settings: Settings }> {
  const settings = await getSettings();
  const lang = resolveLanguage(settings.language, browserLanguages());
  // The hint names companies in Traditional for its readers (the background bundles the text).
  if (lang === 'zh-Hant') await loadTraditional();
  return { settings, lang };
}

/** Shared tail of page:context and page:article: decide and set the badge. */
async function answer(
  content: HintContent | undefined,
  visible: boolean,
  sender: Sender,
  settings: Settings,
  lang: Language,
  url: string,
): Promise<PageContext> {
  const tabId = sender.tab?.id;
  if (content === undefined) {
    if (tabId !== undefined) await setBadge(tabId, 'none', lang);
    return { show: false };
  }
  const [switches, shown] = await Promise.all([getSiteSwitches(), shownThisSessionItem.getValue()]);
  // Payment and sign-in pages get the toolbar icon's context, never a hint on the page.
  const show =
    !isSensitivePage(url, content.site) &&
    shouldShow({ settings, switches, shown, site: content.site, visible });
  if (tabId !== undefined) {
    const hidden = !settings.hintsEnabled || switches[content.site] === false;
    await setBadge(tabId, hidden ? 'context-hidden' : 'context', lang);
  }
  return show
    ? { show, content, look: { css: hintCss, strings: hintStrings[content.lang] } }
    : { show, content };
}

/** The per-site key for pages outside the knowledge base (any-site detection): the host without www. */
function siteKey(url: string): string | undefined {
  const covered = siteIndex.lookup(url)?.domain;
  if (covered !== undefined) return covered;
  return hostOf(url)?.replace(/^www\./, '');
}

/** The page a content script's message is about, from its sender: a page cannot forge this. */
export interface SenderPage {
  url: string;
  /** The covered domain, or for pages outside the knowledge base the host without www. */
  site: string;
  title: string;
}

const entityIds = new Set(entities.map((entity) => entity.id));

/**
 * The sender's page: the top frame's address as the browser reports it, an http(s) page with a
 * site key. Hutong's scripts run only in top frames; anything else is not a page Hutong serves.
 */
export function senderPage(sender: Sender): SenderPage | undefined {
  if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
  const url = sender.url ?? sender.tab?.url;
  if (url === undefined || !/^https?:\/\//i.test(url) || url.length > 2048) return undefined;
  const site = siteKey(url);
  if (site === undefined) return undefined;
  return { url, site, title: sender.tab?.title ?? '' };
}

/** Only ids the knowledge base has: the page's scoring runs where the page could meddle with it. */
export function knownEntityIds(ids: readonly string[]): string[] {
  return ids.filter((id) => entityIds.has(id));
}

/** How long after "Hide on this site" its Undo is accepted (the hint offers it for 6 s or more). */
export const UNDO_WINDOW_MS = 60_000;

export const hintHandlers: {
  'page:context': Handler<'page:context'>;
  'page:article': Handler<'page:article'>;
  'hint:hide-site': Handler<'hint:hide-site'>;
  'hint:undo-hide-site': Handler<'hint:undo-hide-site'>;
} = {
  'page:context': async ({ visible }, sender) => {
    const { settings, lang } = await language();
    const page = senderPage(sender);
    const match = page === undefined ? undefined : siteIndex.lookup(page.url);
    const content =
      match === undefined ? undefined : siteHintContent(match.entity, match.domain, lang);
    return answer(content, visible === true, sender, settings, lang, page?.url ?? '');
  },
  'page:article': async ({ entityIds: ids, visible }, sender) => {
    const { settings, lang } = await language();
    const page = senderPage(sender);
    const content =
      page === undefined
        ? undefined
        : articleHintContent(
            knownEntityIds(ids),
            page.site,
            lang,
            { entities, events },
            page.title,
          );
    return answer(content, visible === true, sender, settings, lang, page?.url ?? '');
  },
  'hint:hide-site': async (_message, sender) => {
    const page = senderPage(sender);
    if (page === undefined) return { error: 'no page' };
    try {
      await setSiteEnabled(page.site, false);
      const tabId = sender.tab?.id;
      if (tabId !== undefined)
        await hintHiddenItem.setValue({ tabId, site: page.site, at: Date.now() });
    } catch (error) {
      // Storage full: the hint stays and tells the user it could not be saved.
      return writeError(error);
    }
    return { ok: true };
  },
  // A content script may switch back on only what its own tab's hint just switched off: any other
  // site, tab or a late undo is refused (Settings turns a site back on at any time).
  'hint:undo-hide-site': async (_message, sender) => {
    const now = Date.now();
    const page = senderPage(sender);
    const hidden = await hintHiddenItem.getValue();
    if (
      page === undefined ||
      hidden === null ||
      hidden.tabId !== sender.tab?.id ||
      hidden.site !== page.site ||
      !(now - hidden.at >= 0 && now - hidden.at <= UNDO_WINDOW_MS)
    ) {
      return { error: 'nothing to undo' };
    }
    try {
      await setSiteEnabled(page.site, true);
      await hintHiddenItem.setValue(null);
    } catch (error) {
      return writeError(error);
    }
    return { ok: true };
  },
};

/** The part of a tabs.Tab the background reads. */
export interface TabLike {
  id?: number;
  url?: string;
  status?: string;
  incognito?: boolean;
  discarded?: boolean;
}

/**
 * A covered page in `tab` loaded, changed address or saw a setting change: set its toolbar icon
 * and, when a hint is due, make sure the hint's UI runs in it. Pages of other sites are left alone
 * (news pages set their icon from their own article reading).
 */
export async function visitTab(tab: TabLike): Promise<void> {
  const { id: tabId, url } = tab;
  if (tabId === undefined || url === undefined || tab.discarded === true) return;
  const match = siteIndex.lookup(url);
  if (match === undefined) return;
  const { settings, lang } = await language();
  const content = siteHintContent(match.entity, match.domain, lang);
  const reply = await answer(content, false, { tab: { id: tabId, ...tab } }, settings, lang, url);
  if (reply.show) await injectUi(tabId, { unlessRunning: true });
}

/** Injections into one tab run one after another, so two events cannot start two UIs. */
const injecting = new Map<number, Promise<boolean>>();

export interface InjectOptions {
  /** The script: the hint UI (HINT_UI_JS, the default) or the article detector (HINT_ARTICLE_JS). */
  file?: ScriptPublicPath;
  /** First ask whether a live UI already runs in the tab; if so, tell it and inject nothing. */
  unlessRunning?: boolean;
  /** Only tell a live UI; never inject. */
  onlyIfRunning?: boolean;
}

/**
 * Injects a hint script into the top frame of `tabId`. With `unlessRunning`, first asks the tab's
 * Hutong world whether a live UI already runs there (it then follows the change itself). Resolves
 * to whether a live UI was found.
 */
export function injectUi(
  tabId: number,
  { file = HINT_UI_JS, unlessRunning = false, onlyIfRunning = false }: InjectOptions = {},
): Promise<boolean> {
  const run = async () => {
    const scripting = browser.scripting;
    try {
      if (unlessRunning || onlyIfRunning) {
        const [probe] = await scripting.executeScript({
          target: { tabId },
          // Runs in Hutong's isolated world of the page, where the UI script leaves its handle. A
          // live UI is told the address may have changed (browsers without the Navigation API).
          func: (key: string) => {
            const handle = (globalThis as Record<string, unknown>)[key] as
              Partial<HintUiHandle> | undefined;
            if (typeof handle?.alive !== 'function' || handle.alive() !== true) return false;
            handle.locationChanged?.();
            return true;
          },
          args: [UI_HANDLE],
        });
        if (probe?.result === true) return true;
        if (onlyIfRunning) return false;
      }
      await scripting.executeScript({ target: { tabId }, files: [file] });
    } catch {
      // The tab closed or navigated away meanwhile, or shows a page we may not script.
    }
    return false;
  };
  const next = (injecting.get(tabId) ?? Promise.resolve(false)).then(run);
  injecting.set(tabId, next);
  void next.then(() => {
    if (injecting.get(tabId) === next) injecting.delete(tabId);
  });
  return next;
}

/** The keyboard command that moves focus into the page's hint and back (wxt.config.ts). */
export const FOCUS_COMMAND = 'focus-hint';

/**
 * Runs the shortcut in the tab's hint, in Hutong's isolated world where its UI keeps its handle.
 * A command, not a key listener in the page: a page cannot fire it, swallow it or see it, it does
 * not type a character into the page's fields (Option+Shift+J on a Mac), and users can rebind it.
 */
export async function focusHint(tabId: number): Promise<boolean> {
  const [result] = await browser.scripting
    .executeScript({
      target: { tabId },
      func: (key: string) => {
        const handle = (globalThis as Record<string, unknown>)[key] as
          Partial<HintUiHandle> | undefined;
        return typeof handle?.focus === 'function' && handle.focus();
      },
      args: [UI_HANDLE],
    })
    .catch(() => []);
  return result?.result === true;
}

/** Every open tab on a covered site (host permissions cover exactly these, no `tabs` needed). */
async function coveredTabs(): Promise<TabLike[]> {
  return browser.tabs.query({ url: siteMatches }).catch(() => []);
}

/**
 * Registers this concern's browser listeners. The badge is set per tab (from the address on
 * covered sites, from page:article replies on news pages), so the only global state is its colour.
 */
export function setupHints(): void {
  void toolbarAction()
    .setBadgeBackgroundColor({ color: BADGE_COLOR })
    .catch(() => undefined);
  const onUpdated = (_tabId: number, change: { status?: string; url?: string }, tab: TabLike) => {
    // A page finished loading, or a single-page app (taobao.com, jd.com) changed its address.
    if (change.status === 'complete' || (change.url !== undefined && tab.status === 'complete')) {
      visitTab(tab).catch(ignore);
    }
  };
  onTabUpdated(onUpdated, { urls: siteMatches, properties: ['status', 'url'] });
  // A setting changed (here, in the popup or on the options page): already-open tabs follow at
  // once. A UI already running in a tab follows by itself; visitTab starts one where due.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && WATCHED_KEYS.some((key) => key in changes)) {
      visitOpenTabs().catch(ignore);
    }
  });
  // Just installed: open covered tabs get their toolbar icon (and their hint) without a reload.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') visitOpenTabs().catch(ignore);
  });
  sweepDeadHints().catch(ignore);
}

/** The hint's keyboard shortcut (FOCUS_COMMAND). Firefox for Android has no commands API. */
export function setupHintCommand(): void {
  browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
    if (command !== FOCUS_COMMAND) return;
    const active =
      tab?.id !== undefined
        ? Promise.resolve(tab.id)
        : browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t?.id);
    active.then((id) => id !== undefined && focusHint(id)).catch(ignore);
  });
}

const ignore = () => undefined;

async function visitOpenTabs(): Promise<void> {
  await Promise.all((await coveredTabs()).map(visitTab));
}

/**
 * Once per life of this Hutong instance (session storage empties when it is enabled, updated or
 * reloaded): a hint that a previous instance left on an open page is dead, its buttons answer
 * nothing. A look from Hutong's isolated world finds such hints (never from the page's own world,
 * where the page's scripts could see the look or lie to it); a new UI goes only into those tabs,
 * where it replaces the hint or takes it down.
 */
export async function sweepDeadHints(): Promise<void> {
  if (await hintsSweptItem.getValue()) return;
  await hintsSweptItem.setValue(true);
  for (const tab of await coveredTabs()) {
    if (tab.id === undefined || tab.discarded === true) continue;
    const [found] = await browser.scripting
      .executeScript({
        target: { tabId: tab.id },
        func: (name: string) =>
          [...document.documentElement.children].some((el) => el.localName === name),
        args: [HINT_ELEMENT],
      })
      .catch(() => []);
    if (found?.result === true) await injectUi(tab.id, { unlessRunning: true });
  }
}

/**
 * "Once per session" counts hints the page really displayed (it says so with hint:shown), not
 * answers: a content script can be replaced between our answer and its render (an extension update
 * re-injects scripts), and counting the answer would then hide the hint everywhere for the session.
 * Private windows leave no trace, not even this mark; hints there follow every page.
 */
export async function markShownThisSession(site: string, sender: Sender): Promise<void> {
  if (sender.tab?.incognito === true) return;
  // Through the one settings writer: two tabs marking at once must not lose one mark.
  await writeInTurn(async () => {
    const shown = await shownThisSessionItem.getValue();
    if (shown[site] !== true) await shownThisSessionItem.setValue({ ...shown, [site]: true });
  });
}
