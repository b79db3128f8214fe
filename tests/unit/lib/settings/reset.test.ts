/**
 * Reset and clear-all (lib/settings/reset.ts), over fakeBrowser with the background's real
 * history handler: what each removes, what each keeps, and that they take their turn.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearEverything, resetSettings } from '../../../../lib/settings/reset';
import { historyHandlers, recordShown, resetVisitLimits } from '../../../../lib/history/background';
import { getHistory } from '../../../../lib/history/store';
import {
  DEFAULT_SETTINGS,
  getSettings,
  updateSettings,
} from '../../../../lib/platform/storage/settings';
import { getSiteSwitches, setSiteEnabled } from '../../../../lib/platform/storage/sites';
import {
  markShown,
  requestPanelFocus,
  setHintHidden,
  setWriteFailure,
} from '../../../../lib/platform/storage/session';

const ANY_SITE = { origins: ['<all_urls>'] };
let remove: ReturnType<typeof vi.fn>;

beforeEach(() => {
  resetVisitLimits();
  remove = vi.fn().mockResolvedValue(true);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(remove as never);
  // The options page's messages reach the background's history handlers.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: {
    type: string;
  }) => {
    if (message.type !== 'history:clear') throw new Error(`unexpected ${message.type}`);
    return historyHandlers['history:clear']({ type: 'history:clear' }, {});
  }) as never);
});

async function setUp() {
  await updateSettings({ hintsEnabled: false, language: 'zh', anySiteDetection: true });
  await setSiteEnabled('jd.com', false);
  await recordShown(
    { url: 'https://www.jd.com/', title: 'JD', site: 'jd.com', entities: ['jd'] },
    { tab: { id: 1 } },
  );
  await markShown('jd.com');
  await requestPanelFocus({ entity: 'jd' });
  await setWriteFailure({ error: 'quota', at: 1 });
  await setHintHidden({ tabId: 1, site: 'jd.com', at: 1 });
}

describe('resetSettings', () => {
  it('puts settings and site switches back to defaults, keeps history, gives access back', async () => {
    await setUp();
    await resetSettings();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    const local = await fakeBrowser.storage.local.get(['settings', 'siteSwitches']);
    expect(local).toEqual({ settings: DEFAULT_SETTINGS, siteSwitches: {} });
    expect(await getHistory()).toHaveLength(1);
    expect(Object.keys(await fakeBrowser.storage.session.get()).sort()).toEqual([
      'hintHidden',
      'historyWriteError',
      'panelFocus',
      'shownThisSession',
    ]);
    expect(remove).toHaveBeenCalledWith(ANY_SITE);
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('leaves the permission alone when "on any site" was off', async () => {
    await updateSettings({ hintsEnabled: false });
    await resetSettings();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(remove).not.toHaveBeenCalled();
  });

  it('waits for a change already under way, and one asked for after it lands after it', async () => {
    await Promise.all([
      setSiteEnabled('jd.com', false),
      resetSettings(),
      updateSettings({ hintsEnabled: false }),
    ]);
    expect(await getSiteSwitches()).toEqual({});
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, hintsEnabled: false });
  });
});

describe('clearEverything', () => {
  it('removes history, site switches and the session marks, and resets settings', async () => {
    await setUp();
    await clearEverything();
    expect(await getHistory()).toEqual([]);
    const local = await fakeBrowser.storage.local.get();
    expect(local).toMatchObject({ settings: DEFAULT_SETTINGS });
    expect(local.siteSwitches).toBeUndefined();
    // As before, only the last "Hide on this site" is left, for its Undo, which expires.
    expect(Object.keys(await fakeBrowser.storage.session.get())).toEqual(['hintHidden']);
    expect(remove).toHaveBeenCalledWith(ANY_SITE);
    // The background reads the settings afresh for each page: it is told only to clear history.
    expect(vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls).toEqual([
      [{ type: 'history:clear' }],
    ]);
  });

  it('stops, changing nothing else, when history cannot be cleared', async () => {
    await setUp();
    vi.mocked(fakeBrowser.runtime.sendMessage).mockResolvedValue({ error: 'quota' } as never);
    await expect(clearEverything()).rejects.toThrow('quota');
    expect((await getSettings()).hintsEnabled).toBe(false);
    expect(await getSiteSwitches()).toEqual({ 'jd.com': false });
    expect(remove).not.toHaveBeenCalled();
  });
});
