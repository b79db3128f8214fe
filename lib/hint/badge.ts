/**
 * The toolbar icon of a tab: whether Hutong has context for its page, in the reader's language.
 * Set per tab (from the address on covered sites, from the background's pre-screen or the page's
 * own reading on news pages); the only global state is the badge's colour.
 */
import { browser } from 'wxt/browser';
import type { Language } from '../../data/schema';
import { hintBackgroundStrings } from '../platform/i18n/strings/hint';

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

/** The badge's colour for every tab, once at start-up. */
export function initBadge(): void {
  void toolbarAction()
    .setBadgeBackgroundColor({ color: BADGE_COLOR })
    .catch(() => undefined);
}
