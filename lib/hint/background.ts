/**
 * The hint's browser events: which tabs the background looks at, and when.
 *
 * Covered shopping sites run no Hutong script on a page until a hint is due: the background
 * watches its tabs (a page loaded, an address changed, a setting changed), sets the toolbar icon
 * from the address alone, and injects the hint's UI script (entrypoints/site.content) only when
 * the answer is "show". A script declared for every covered page cost a 20,000-node page ~5 ms of
 * main thread per visit for nothing on most visits, ~2.7 ms of it the browser setting up the
 * script's isolated world (docs/PERFORMANCE.md).
 */
import { browser } from 'wxt/browser';
import { claimHintsSweep } from '../platform/storage/session';
import { onTabUpdated } from '../platform/tabEvents';
import { site as siteMatches } from '../../data/generated/matches.json';
import { HINT_ELEMENT, WATCHED_KEYS } from './constants';
import { answer, language, siteHintContent, siteIndex } from './decide';
import { initBadge } from './badge';
import { FOCUS_COMMAND, focusHint, injectUi } from './inject';

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

/** Every open tab on a covered site (host permissions cover exactly these, no `tabs` needed). */
async function coveredTabs(): Promise<TabLike[]> {
  return browser.tabs.query({ url: siteMatches }).catch(() => []);
}

/**
 * Registers this concern's browser listeners. The badge is set per tab (from the address on
 * covered sites, from page:article replies on news pages), so the only global state is its colour.
 */
export function setupHints(): void {
  initBadge();
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
  if (!(await claimHintsSweep())) return;
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
