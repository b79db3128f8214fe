/**
 * The opt-in "on any site" article detector: registered at run time only while the setting is on
 * AND the optional <all_urls> host permission is granted, and unregistered as soon as either goes.
 * The registration itself is the only state, and the browser keeps it, so every event just
 * recomputes what it should be (sync) and the service worker may stop at any time.
 */
import { browser } from 'wxt/browser';
import matches from '../generated/matches.json';
import { getSettings, settingsItem } from '../../utils/storage';
import type { Handler } from './router';
import { HINT_ARTICLE_JS } from '../../components/hint/constants';

export const DETECTOR_ID = 'hutong-any-site-detector';
export const DETECTOR_JS = HINT_ARTICLE_JS.slice(1);
export const ANY_SITE = { origins: ['<all_urls>'] };

/** Whether the detector should be registered now. */
export async function detectorWanted(): Promise<boolean> {
  const { anySiteDetection } = await getSettings();
  if (!anySiteDetection) return false;
  return browser.permissions.contains(ANY_SITE);
}

async function isRegistered(): Promise<boolean> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [DETECTOR_ID] });
  return scripts.length > 0;
}

/** Brings the registration in line with the setting and the permission; returns the result. */
export async function syncDetector(): Promise<boolean> {
  const wanted = await detectorWanted();
  const registered = await isRegistered();
  if (wanted && !registered) {
    try {
      await browser.scripting.registerContentScripts([
        {
          id: DETECTOR_ID,
          matches: ['http://*/*', 'https://*/*'],
          // Covered sites and news outlets have their own scripts; never run twice on one page.
          excludeMatches: [...matches.site, ...matches.news],
          js: [DETECTOR_JS],
          runAt: 'document_start',
        },
      ]);
    } catch (error) {
      // Two syncs raced and the other registered first: that is the state we wanted.
      if (!(await isRegistered())) throw error;
    }
  } else if (!wanted && registered) {
    try {
      await browser.scripting.unregisterContentScripts({ ids: [DETECTOR_ID] });
    } catch (error) {
      if (await isRegistered()) throw error;
    }
  }
  return wanted;
}

function syncQuietly(): void {
  syncDetector().catch((error: unknown) => console.error('Hutong: detector sync failed', error));
}

export const detectorHandlers: { 'detector:sync': Handler<'detector:sync'> } = {
  'detector:sync': async () => ({ registered: await syncDetector() }),
};

/** Re-syncs whenever the permission or the setting changes, and at start-up. */
export function setupDetector(): void {
  browser.permissions.onAdded.addListener(syncQuietly);
  browser.permissions.onRemoved.addListener(syncQuietly);
  settingsItem.watch((next, previous) => {
    if (next?.anySiteDetection !== previous?.anySiteDetection) syncQuietly();
  });
  browser.runtime.onStartup.addListener(syncQuietly);
  browser.runtime.onInstalled.addListener(syncQuietly);
}
