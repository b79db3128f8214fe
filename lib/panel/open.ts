/**
 * Opening Hutong's side panel from a user action, in both browsers. Browsers only allow it during
 * the user's gesture, so callers must call this synchronously in their click/command handler with
 * nothing awaited before it (have the window id ready beforehand).
 */
import { browser } from 'wxt/browser';
import { hashFor } from './deepLink';
import { requestPanelFocus, type PanelFocus } from '../platform/storage/session';

interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

function panelApis(): { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction } {
  return browser as unknown as {
    sidePanel?: ChromeSidePanel;
    sidebarAction?: FirefoxSidebarAction;
  };
}

export function canOpenSidePanel(): boolean {
  const { sidePanel, sidebarAction } = panelApis();
  return Boolean(sidePanel ?? sidebarAction);
}

/** Opens the panel (and, if given, asks it to focus an entity, event or search). */
export function openSidePanel(
  target: { windowId?: number; tabId?: number },
  focus?: Omit<PanelFocus, 'at'>,
): Promise<void> {
  const { sidePanel, sidebarAction } = panelApis();
  // Started first and not awaited: awaiting would end the user gesture before open().
  const focused = focus ? requestPanelFocus(focus) : undefined;
  const opened = sidebarAction
    ? sidebarAction.open()
    : sidePanel
      ? sidePanel.open(target)
      : Promise.reject(new Error('This browser has no side panel API.'));
  return Promise.all([opened, focused]).then(() => undefined);
}

/**
 * The panel where the browser has one; where it has none at all (Firefox for Android: no sidebar),
 * the panel's page opens in a tab on what was asked for, so the button is never dead.
 */
export function openPanelAnywhere(
  target: { windowId?: number; tabId?: number },
  focus?: Omit<PanelFocus, 'at'>,
): Promise<void> {
  if (canOpenSidePanel()) return openSidePanel(target, focus);
  const url = browser.runtime.getURL(`/sidepanel.html${focus ? hashFor(focus) : ''}`);
  return browser.tabs.create({ url }).then(() => undefined);
}
