/**
 * News tabs, and every page while the opt-in "on any site" detection is on: the background reads
 * the tab's address and title (which the host permissions let it see without a script in the
 * page) and runs the article detector (entrypoints/hint-article.ts) only when they may be about
 * the story (lib/news/prescreen.ts). An off-topic visit runs no Hutong script at all: the background
 * sets the toolbar icon to "no context" itself.
 *
 * The detector, once running, follows the page's own navigation (lib/hint/life.ts); the
 * background tells it of address changes it sees, as it does for the shopping sites' hint.
 */
import { browser } from 'wxt/browser';
import { entities } from '../../data';
import aliases from '../../data/generated/aliases.json';
import publishers from '../../data/generated/publishers.json';
import { news as newsMatches } from '../../data/generated/matches.json';
import { createSiteIndex, hostOf } from '../kb/siteIndex';
import { outletNames, prescreen } from './prescreen';
import { publisherOf, type AliasEntry } from '../kb/relevance';
import { resolveLanguage } from '../platform/i18n/i18n';
import { browserLanguages } from '../platform/i18n/browserLanguages';
import { getSettings } from '../platform/storage/settings';
import { HINT_ARTICLE_JS } from '../hint/constants';
import { injectUi } from '../hint/inject';
import { setBadge } from '../hint/badge';
import type { TabLike } from '../hint/background';
import { detectorWanted } from './detector';
import { onTabUpdated } from '../platform/tabEvents';

const siteIndex = createSiteIndex(entities);
const table = aliases as AliasEntry[];
const publisherTable = publishers as [string, string][];

export interface ArticleTab extends TabLike {
  title?: string;
}

/**
 * Per tab, the address and title last decided on, so that the events of one load (title, then
 * complete) decide once; and the tabs that got the detector, which may still be running there.
 * Memory only: after a restart a tab is simply decided again.
 */
const decided = new Map<number, string>();
const detected = new Set<number>();

/** Where the detector may run: a covered news outlet, or any page while the opt-in is on. */
async function articlePage(url: string) {
  const match = siteIndex.lookup(url);
  if (match !== undefined) return match.entity.kind === 'news' ? match.entity : null;
  if (hostOf(url) === undefined) return null;
  return (await detectorWanted()) ? undefined : null;
}

/**
 * A news tab (or, with the opt-in, any tab) loaded or changed its address or title: pre-screen it
 * from its title and address, then either start the detector in it or say "no context".
 */
export async function visitArticleTab(tab: ArticleTab): Promise<void> {
  const { id: tabId, url } = tab;
  if (tabId === undefined || url === undefined || tab.discarded === true) return;
  const title = tab.title ?? '';
  const key = `${url}\n${title}`;
  if (decided.get(tabId) === key) return;
  const outlet = await articlePage(url);
  if (outlet === null) return;
  decided.set(tabId, key);
  const host = hostOf(url) ?? '';
  const publisher = publisherOf(host, publisherTable);
  if (prescreen(url, title, table, publisher, outletNames(outlet))) {
    detected.add(tabId);
    await injectUi(tabId, { file: HINT_ARTICLE_JS, unlessRunning: true });
    return;
  }
  if (detected.has(tabId)) {
    // The detector went into this tab before: if it still runs (a single-page app moved on), it
    // reads the new page itself and sets the icon; otherwise the tab is a new page now.
    if (await injectUi(tabId, { file: HINT_ARTICLE_JS, onlyIfRunning: true })) return;
    detected.delete(tabId);
  }
  const { language } = await getSettings();
  await setBadge(tabId, 'none', resolveLanguage(language, browserLanguages()));
}

/** Tabs that may hold articles now: news outlets, and every page while the opt-in is on. */
async function articleTabs(): Promise<ArticleTab[]> {
  const urls = (await detectorWanted()) ? ['http://*/*', 'https://*/*'] : newsMatches;
  return browser.tabs.query({ url: urls }).catch(() => []);
}

const ignore = () => undefined;

/** Registers the listeners; called synchronously at start-up. */
export function setupArticles(): void {
  const onUpdated = (
    tabId: number,
    change: { status?: string; url?: string; title?: string },
    tab: ArticleTab,
  ) => {
    // A new load (or a single-page app's navigation, which Chrome reports as one) is decided anew.
    if (change.status === 'loading') decided.delete(tabId);
    // Loaded, or a single-page app changed its address or title after load.
    const settled =
      change.status === 'complete' ||
      (tab.status === 'complete' && (change.url !== undefined || change.title !== undefined));
    if (settled) visitArticleTab({ ...tab, id: tabId }).catch(ignore);
  };
  // In Firefox: the outlets, and every page once "on any site" has its permission.
  onTabUpdated(onUpdated, {
    urls: ['http://*/*', 'https://*/*'],
    properties: ['status', 'url', 'title'],
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    decided.delete(tabId);
    detected.delete(tabId);
  });
  // Installed, updated or reloaded: tabs already open get their detector without a reload.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') visitOpenArticleTabs().catch(ignore);
  });
}

export async function visitOpenArticleTabs(): Promise<void> {
  await Promise.all((await articleTabs()).map(visitArticleTab));
}
