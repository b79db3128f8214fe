/**
 * Opening the side panel from outside it (issue 5): the hint's "More" (a message), the keyboard
 * command and the context menu on selected text (Chrome).
 *
 * Browsers only open a panel during a user gesture, so each path calls open() synchronously, before
 * anything is awaited (lib/panel/open.ts). Chrome honours a content script's message sent from a click
 * as such a gesture; Firefox does not (sidebarAction.open() rejects), and then the panel's page
 * opens in a new tab instead, so "More" always does something. Either way the panel learns what to
 * show from panelFocusItem, and the tab also from its address.
 */
import { browser } from 'wxt/browser';
import { hashFor } from './deepLink';
import { resolveLanguage } from '../platform/i18n/i18n';
import { browserLanguages } from '../platform/i18n/browserLanguages';
import { openSidePanel } from './open';
import { getSettings, settingsItem, parseSettings } from '../platform/storage/settings';
import type { PanelFocus } from '../platform/storage/session';
import { contextMenuStrings } from '../platform/i18n/strings/panel';
import type { Handler } from '../platform/protocol';

const MENU_ID = 'hutong-look-up';
const COMMAND = 'open-side-panel';
/** Longest selection the context menu searches for: a search box, not a document. */
const MAX_QUERY = 100;

type Focus = Omit<PanelFocus, 'at'>;

async function openInTab(focus: Focus, near?: { windowId?: number; index?: number }) {
  const url = browser.runtime.getURL(`/sidepanel.html${hashFor(focus)}`);
  try {
    await browser.tabs.create({
      url,
      windowId: near?.windowId,
      index: near?.index === undefined ? undefined : near.index + 1,
    });
  } catch {
    // A private window may not hold extension pages (Chrome's "spanning" mode): any window will do.
    await browser.tabs.create({ url });
  }
}

export const panelHandlers: { 'panel:open': Handler<'panel:open'> } = {
  'panel:open': async ({ entityId, eventId }, sender) => {
    const focus: Focus = { entity: entityId, event: eventId };
    const tab = sender.tab;
    // Called before any await: the user's gesture ends at the first one.
    const opening = openSidePanel(
      tab?.id !== undefined ? { tabId: tab.id } : { windowId: tab?.windowId },
      focus,
    );
    try {
      await opening;
      return { opened: 'panel' };
    } catch {
      await openInTab(focus, { windowId: tab?.windowId, index: tabIndex(sender) });
      return { opened: 'tab' };
    }
  },
};

function tabIndex(sender: { tab?: unknown }): number | undefined {
  const tab = sender.tab as { index?: unknown } | undefined;
  return typeof tab?.index === 'number' ? tab.index : undefined;
}

interface ContextMenus {
  create(properties: { id: string; title: string; contexts: string[] }): void;
  update(id: string, properties: { title: string }): Promise<void>;
  onClicked: {
    addListener(
      listener: (
        info: { menuItemId: string | number; selectionText?: string },
        tab?: TabRef,
      ) => void,
    ): void;
  };
}
interface TabRef {
  id?: number;
  windowId?: number;
  index?: number;
}

/** Chrome only: the permission is not requested in Firefox (wxt.config.ts). */
function contextMenus(): ContextMenus | undefined {
  return (browser as unknown as { contextMenus?: ContextMenus }).contextMenus;
}

async function menuTitle(): Promise<string> {
  const { language } = await getSettings();
  return contextMenuStrings[resolveLanguage(language, browserLanguages())].lookUp;
}

function openFor(tab: TabRef | undefined, focus?: Focus): void {
  const target = tab?.id !== undefined ? { tabId: tab.id } : { windowId: tab?.windowId };
  openSidePanel(target, focus).catch(() =>
    openInTab(focus ?? {}, { windowId: tab?.windowId, index: tab?.index }),
  );
}

/** Registers the keyboard command and (Chrome) the context menu. Called synchronously at start-up. */
export function setupPanel(): void {
  // Firefox's shortcut is `_execute_sidebar_action`, which the browser handles itself.
  browser.commands?.onCommand.addListener((command: string, tab?: TabRef) => {
    if (command === COMMAND) openFor(tab);
  });

  const menus = contextMenus();
  if (!menus) return;
  // Menu items persist across service-worker restarts; they are (re)made on install and update.
  browser.runtime.onInstalled.addListener(() => {
    void menuTitle().then((title) => menus.create({ id: MENU_ID, title, contexts: ['selection'] }));
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const query = (info.selectionText ?? '').trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY);
    openFor(tab, query ? { query } : undefined);
  });
  // The menu speaks the UI language, which the user can switch at any time.
  settingsItem.watch((value) => {
    const lang = resolveLanguage(parseSettings(value).language, browserLanguages());
    menus.update(MENU_ID, { title: contextMenuStrings[lang].lookUp }).catch(() => undefined);
  });
}
