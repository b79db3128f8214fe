import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export interface CurrentTab {
  id?: number;
  url?: string;
  windowId?: number;
}

/**
 * The tab the popup is about, and the popup's window (needed synchronously by "Open side panel").
 * `currentWindow: true` matters: `active: true` alone returns the active tab of every window.
 * `?tab=ID` describes a given tab instead, for the popup opened as a page (keyboard users who
 * open it from a shortcut, and the end-to-end tests).
 */
export function useCurrentTab(): { tab: CurrentTab | undefined; windowId: number | undefined } {
  const [tab, setTab] = useState<CurrentTab | undefined>(undefined);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  useEffect(() => {
    // Firefox for Android has no windows API (nor a side panel that would need the window).
    const { windows } = browser as { windows?: typeof browser.windows };
    void windows?.getCurrent().then((win) => setWindowId(win.id));
    const param = Number(new URLSearchParams(location.search).get('tab'));
    const lookup =
      Number.isInteger(param) && param > 0
        ? browser.tabs.get(param).then((found) => [found])
        : browser.tabs.query({ active: true, currentWindow: true });
    void lookup
      .then(([found]) => setTab({ id: found?.id, url: found?.url, windowId: found?.windowId }))
      .catch(() => setTab({}));
  }, []);
  return { tab, windowId };
}
