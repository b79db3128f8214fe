/**
 * The opt-in "on any site" article detection: on only while the setting is on AND the optional
 * <all_urls> host permission is granted. Nothing is registered in the browser: while it is on,
 * the background pre-screens every page's title and address as it does the news outlets'
 * (lib/news/articles.ts), so turning it on costs unrelated pages nothing.
 */
import { browser } from 'wxt/browser';
import { getSettings } from '../platform/storage/settings';
import type { Handler } from '../platform/protocol';

/** Hutong 1.0 registered a content script for every page under this id; 1.1 removes it. */
export const LEGACY_DETECTOR_ID = 'hutong-any-site-detector';
export const ANY_SITE = { origins: ['<all_urls>'] };

/** Whether "on any site" detection is on now: the setting and the permission. */
export async function detectorWanted(): Promise<boolean> {
  const { anySiteDetection } = await getSettings();
  if (!anySiteDetection) return false;
  return browser.permissions.contains(ANY_SITE);
}

/**
 * Removes the every-page registration an earlier version left (Chrome keeps registrations across
 * updates), and says whether detection is on.
 */
export async function syncDetector(): Promise<boolean> {
  const legacy = await browser.scripting
    .getRegisteredContentScripts({ ids: [LEGACY_DETECTOR_ID] })
    .catch(() => []);
  if (legacy.length > 0) {
    await browser.scripting
      .unregisterContentScripts({ ids: [LEGACY_DETECTOR_ID] })
      .catch(() => undefined);
  }
  return detectorWanted();
}

function syncQuietly(): void {
  syncDetector().catch((error: unknown) => console.error('Hutong: detector sync failed', error));
}

export const detectorHandlers: { 'detector:sync': Handler<'detector:sync'> } = {
  'detector:sync': async () => ({ active: await syncDetector() }),
};

/** At start-up and on update, clears what an earlier version registered. */
export function setupDetector(): void {
  browser.runtime.onStartup.addListener(syncQuietly);
  browser.runtime.onInstalled.addListener(syncQuietly);
}
