/**
 * The options page's two ways back to a clean start: reset the settings (and site switches) to
 * their defaults, and clear everything Hutong stored. Each write goes through the stored item's
 * own write path (lib/platform/storage/); history is cleared by its one writer, the background.
 *
 * Neither tells the background about the change: it reads the settings and the <all_urls>
 * permission afresh for every page it decides on (lib/news/detector.ts), and watches the settings
 * and site switches for the tabs already open (lib/hint/background.ts).
 */
import { browser } from 'wxt/browser';
import { ANY_SITE } from '../news/detector';
import { isErrorReply, send } from '../platform/protocol';
import { DEFAULT_SETTINGS, getSettings, saveSettings } from '../platform/storage/settings';
import { saveSiteSwitches } from '../platform/storage/sites';
import { forgetSession } from '../platform/storage/session';
import { writeInTurn } from '../platform/storage/writes';

/**
 * Settings back to their defaults and every site switched on, in one turn so no other writer
 * lands in between. "On any site" goes off with them, so its access is given back.
 */
export async function resetSettings(): Promise<void> {
  const before = await writeInTurn(async (turn) => {
    const old = await getSettings();
    await saveSettings(turn, DEFAULT_SETTINGS);
    await saveSiteSwitches(turn, {});
    return old;
  });
  if (before.anySiteDetection) await browser.permissions.remove(ANY_SITE);
}

/**
 * History, site switches and the session's marks removed, settings back to their defaults (not
 * removed, so the stored version stays), and the optional access given back.
 */
export async function clearEverything(): Promise<void> {
  const reply = await send({ type: 'history:clear' });
  if (isErrorReply(reply)) throw new Error(reply.error);
  await writeInTurn((turn) =>
    Promise.all([saveSettings(turn, DEFAULT_SETTINGS), saveSiteSwitches(turn, undefined)]),
  );
  await forgetSession();
  await browser.permissions.remove(ANY_SITE);
}
