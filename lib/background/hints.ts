/**
 * Decides what a page's hint says and whether it shows now, and keeps the toolbar icon telling,
 * per tab, whether Hutong has context for the page.
 *
 * On a covered site a small loader asks first (components/hint/loader.ts); only when the answer
 * is "show" does it ask for the hint's UI script (hint:load), which asks again and renders.
 */
import { browser } from 'wxt/browser';
import { entities, events } from '../../data';
import { createSiteIndex, hostOf } from '../siteIndex';
import { articleHintContent, shouldShow, siteHintContent } from '../hintContent';
import { resolveLanguage } from '../../utils/i18n';
import type { HintContent, PageContext } from '../../utils/messages';
import {
  getSettings,
  getSiteSwitches,
  setSiteEnabled,
  shownThisSessionItem,
  type Language,
  type Settings,
} from '../../utils/storage';
import { hintBackgroundStrings } from '../../utils/strings/hint';
import type { Handler, Sender } from './router';
import { HINT_UI_JS } from '../../components/hint/constants';

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
  return { settings, lang: resolveLanguage(settings.language, browser.i18n.getUILanguage()) };
}

/** Shared tail of page:context and page:article: decide and set the badge. */
async function answer(
  content: HintContent | undefined,
  visible: boolean,
  sender: Sender,
  settings: Settings,
  lang: Language,
): Promise<PageContext> {
  const tabId = sender.tab?.id;
  if (content === undefined) {
    if (tabId !== undefined) await setBadge(tabId, 'none', lang);
    return { show: false };
  }
  const [switches, shown] = await Promise.all([getSiteSwitches(), shownThisSessionItem.getValue()]);
  const show = shouldShow({ settings, switches, shown, site: content.site, visible });
  if (tabId !== undefined) {
    const hidden = !settings.hintsEnabled || switches[content.site] === false;
    await setBadge(tabId, hidden ? 'context-hidden' : 'context', lang);
  }
  return { show, content };
}

/** The per-site key for pages outside the knowledge base (any-site detection): the host without www. */
function siteKey(url: string): string | undefined {
  const covered = siteIndex.lookup(url)?.domain;
  if (covered !== undefined) return covered;
  return hostOf(url)?.replace(/^www\./, '');
}

export const hintHandlers: {
  'page:context': Handler<'page:context'>;
  'page:article': Handler<'page:article'>;
  'hint:hide-site': Handler<'hint:hide-site'>;
  'hint:load': Handler<'hint:load'>;
} = {
  'page:context': async ({ url, visible }, sender) => {
    const { settings, lang } = await language();
    const match = siteIndex.lookup(url);
    const content =
      match === undefined ? undefined : siteHintContent(match.entity, match.domain, lang);
    return answer(content, visible === true, sender, settings, lang);
  },
  'page:article': async ({ url, entityIds, visible }, sender) => {
    const { settings, lang } = await language();
    const site = siteKey(url);
    const content =
      site === undefined
        ? undefined
        : articleHintContent(entityIds, site, lang, { entities, events });
    return answer(content, visible === true, sender, settings, lang);
  },
  'hint:hide-site': async ({ site }) => {
    await setSiteEnabled(site, false);
    return { ok: true };
  },
  'hint:load': async (_message, sender) => {
    const tabId = sender.tab?.id;
    // Only into a covered site's page, and only into the frame that asked.
    if (tabId === undefined || sender.url === undefined || !siteIndex.lookup(sender.url)) {
      return { loaded: false };
    }
    try {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: [HINT_UI_JS],
      });
      return { loaded: true };
    } catch {
      // The tab navigated away or closed meanwhile.
      return { loaded: false };
    }
  },
};

/**
 * Registers this concern's browser listeners. The badge is set per tab from page:context and
 * page:article replies, so the only global state is its colour; hints already on screen react to
 * settings changes themselves (they watch storage and ask again, which updates the badge too).
 */
export function setupHints(): void {
  void toolbarAction()
    .setBadgeBackgroundColor({ color: BADGE_COLOR })
    .catch(() => undefined);
  // Chrome does not inject content scripts into open tabs after an update or reload (Firefox
  // does): inject them, so the new script replaces the old, now dead, hint at once.
  // Only on update (a reload counts as one): at first install no tab has an old hint to replace.
  if (!import.meta.env.FIREFOX) {
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason === 'update') void reinjectOpenTabs();
    });
  }
}

async function reinjectOpenTabs(): Promise<void> {
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    if (script.matches === undefined || script.js === undefined) continue;
    // Paths from our own manifest: WXT's PublicPath type cannot know them statically.
    const files = script.js as NonNullable<
      Parameters<typeof browser.scripting.executeScript>[0]['files']
    >;
    // Host permissions cover exactly these patterns, so the query needs no `tabs` permission.
    const tabs = await browser.tabs.query({ url: script.matches }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded === true) continue;
      await browser.scripting
        .executeScript({ target: { tabId: tab.id }, files })
        .catch(() => undefined);
    }
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
  const shown = await shownThisSessionItem.getValue();
  if (shown[site] !== true) await shownThisSessionItem.setValue({ ...shown, [site]: true });
}
