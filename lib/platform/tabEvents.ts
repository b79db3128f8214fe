/**
 * `tabs.onUpdated` with an address filter where the browser has one. Firefox filters events by
 * address and property itself, so the background hears only of pages it may see; Chrome has no
 * filter and sends every tab's updates (its types, which WXT uses for both, lack the argument).
 */
import { browser } from 'wxt/browser';

type Listener = Parameters<typeof browser.tabs.onUpdated.addListener>[0];

export function onTabUpdated(
  listener: Listener,
  filter: { urls: string[]; properties: ('status' | 'url' | 'title')[] },
): void {
  if (import.meta.env.FIREFOX) {
    const addFiltered = browser.tabs.onUpdated.addListener as (
      listener: Listener,
      filter: { urls: string[]; properties: string[] },
    ) => void;
    addFiltered.call(browser.tabs.onUpdated, listener, filter);
  } else {
    browser.tabs.onUpdated.addListener(listener);
  }
}
