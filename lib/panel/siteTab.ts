/**
 * Which tab "This site" describes. In the side panel (Chrome) or sidebar (Firefox) it is the
 * active tab of the panel's window. When the panel page is open as a tab of its own (the fallback
 * when the browser refuses to open the panel, or a bookmark), its own tab is the active one, so it
 * describes the tab the user looked at last before it: the most recently accessed other tab,
 * preferring the same window. Tab URLs are only visible for covered sites (host permissions, no
 * `tabs` permission), which is exactly when there is something to show.
 */
export interface TabInfo {
  id?: number;
  windowId?: number;
  active?: boolean;
  url?: string;
  lastAccessed?: number;
}

export function pickSiteTab(
  tabs: readonly TabInfo[],
  context: { ownTabId?: number; windowId?: number; extensionOrigin: string },
): TabInfo | undefined {
  const isOther = (tab: TabInfo) =>
    tab.id !== undefined &&
    tab.id !== context.ownTabId &&
    !(tab.url ?? '').startsWith(context.extensionOrigin);
  if (context.ownTabId === undefined) {
    return tabs.find((tab) => tab.active && tab.windowId === context.windowId && isOther(tab));
  }
  const others = tabs.filter(isOther);
  const sameWindow = others.filter((tab) => tab.windowId === context.windowId);
  const pool = sameWindow.length > 0 ? sameWindow : others;
  let best: TabInfo | undefined;
  for (const tab of pool) {
    if (best === undefined || (tab.lastAccessed ?? 0) > (best.lastAccessed ?? 0)) best = tab;
  }
  return best;
}
