import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { pickSiteTab, type TabInfo } from '../../lib/panel/siteTab';

export interface SiteTab {
  /** False until the first answer, so the panel does not flash "No entry" while it asks. */
  loaded: boolean;
  /** The tab's address when Hutong may see it (covered sites only), else undefined. */
  url?: string;
}

/** The address of the tab "This site" describes (./siteTab.ts), kept up to date as tabs change. */
export function useSiteTab(): SiteTab {
  const [site, setSite] = useState<SiteTab>({ loaded: false });
  useEffect(() => {
    let alive = true;
    let ownTabId: number | undefined;
    let windowId: number | undefined;
    let tracked: number | undefined;
    const extensionOrigin = browser.runtime.getURL('/');
    const show = (tab: TabInfo | undefined) => {
      if (!alive) return;
      tracked = tab?.id;
      setSite({ loaded: true, url: tab?.url });
    };
    const refresh = async () => {
      const tabs =
        ownTabId === undefined
          ? await browser.tabs.query({ active: true, windowId })
          : await browser.tabs.query({});
      show(pickSiteTab(tabs, { ownTabId, windowId, extensionOrigin }));
    };
    const onActivated = ({ tabId, windowId: window }: Browser.tabs.OnActivatedInfo) => {
      if (tabId === ownTabId) return;
      // A side panel belongs to one window; a panel open as a tab follows the user anywhere.
      if (ownTabId === undefined && window !== windowId) return;
      tracked = tabId;
      void browser.tabs.get(tabId).then(
        (tab) => tracked === tabId && show(tab),
        () => undefined,
      );
    };
    const onUpdated = (
      tabId: number,
      change: Browser.tabs.OnUpdatedInfo,
      tab: Browser.tabs.Tab,
    ) => {
      if (tabId === tracked && (change.url !== undefined || change.status === 'complete'))
        show(tab);
    };
    const onRemoved = (tabId: number) => {
      if (tabId === tracked) void refresh();
    };
    void (async () => {
      const own = await browser.tabs.getCurrent();
      ownTabId = own?.id;
      windowId = own?.windowId ?? (await browser.windows.getCurrent()).id;
      if (!alive) return;
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.tabs.onRemoved.addListener(onRemoved);
      await refresh();
    })();
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, []);
  return site;
}
