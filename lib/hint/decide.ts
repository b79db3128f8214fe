/**
 * What a page's hint says and whether it shows now: the answer to page:context and page:article,
 * also given to tabs the background looks at itself (lib/hint/background.ts). Which page a
 * message is about comes from its sender's tab, never from the message.
 */
import { entities } from '../../data';
import { createSiteIndex, hostOf } from '../kb/siteIndex';
import { articleHintContent, shouldShow, siteHintContent } from './content';
import { resolveLanguage } from '../platform/i18n/i18n';
import { browserLanguages } from '../platform/i18n/browserLanguages';
import { hintStrings } from '../platform/i18n/strings/hint';
import type { HintContent, HintLook, PageContext } from '../platform/protocol';
import type { Sender } from '../platform/protocol';
import { getSettings, type Settings } from '../platform/storage/settings';
import { getSiteSwitches } from '../platform/storage/sites';
import {
  markShown,
  parseShownThisSession,
  shownThisSessionItem,
} from '../platform/storage/session';
import type { Language } from '../../data/schema';
import { loadTraditional } from '../../data/text';
import { isSensitivePage } from './sensitivePages';
import { setBadge } from './badge';

// Derived from bundled data, never mutated: safe to keep across service worker restarts.
export const siteIndex = createSiteIndex(entities);

/**
 * The hint's stylesheet goes to the page with the answer (HintLook), as text: pages cannot probe
 * for a web-accessible file. It is the hint UI's own file (components/hint/hint.css); the
 * background's entry point hands it over at start-up, so this layer imports no UI.
 */
let hintCss = '';
export function setHintStylesheet(css: string): void {
  hintCss = css;
}

function look(lang: Language): HintLook {
  return { css: hintCss, strings: hintStrings[lang] };
}

export async function language(): Promise<{ lang: Language; settings: Settings }> {
  const settings = await getSettings();
  const lang = resolveLanguage(settings.language, browserLanguages());
  // The hint names companies in Traditional for its readers (the background bundles the text).
  if (lang === 'zh-Hant') await loadTraditional();
  return { settings, lang };
}

/** Shared tail of page:context and page:article: decide and set the badge. */
export async function answer(
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
  const [switches, shown] = await Promise.all([
    getSiteSwitches(),
    shownThisSessionItem.getValue().then(parseShownThisSession),
  ]);
  // Payment and sign-in pages get the toolbar icon's context, never a hint on the page.
  const show =
    !isSensitivePage(url, content.site) &&
    shouldShow({ settings, switches, shown, site: content.site, visible });
  if (tabId !== undefined) {
    const hidden = !settings.hintsEnabled || switches[content.site] === false;
    await setBadge(tabId, hidden ? 'context-hidden' : 'context', lang);
  }
  return show ? { show, content, look: look(content.lang) } : { show, content };
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

/**
 * "Once per session" counts hints the page really displayed (it says so with hint:shown), not
 * answers: a content script can be replaced between our answer and its render (an extension update
 * re-injects scripts), and counting the answer would then hide the hint everywhere for the session.
 * Private windows leave no trace, not even this mark; hints there follow every page.
 */
export async function markShownThisSession(site: string, sender: Sender): Promise<void> {
  if (sender.tab?.incognito === true) return;
  // Through the item's one writer: two tabs marking at once must not lose one mark.
  await markShown(site);
}

export { articleHintContent, siteHintContent };
