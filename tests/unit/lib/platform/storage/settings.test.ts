/**
 * Stored settings from older versions migrate, and damaged values fall back to defaults field by
 * field without a crash and without touching the other keys. Uses the real item of
 * lib/platform/storage/settings.ts over fakeBrowser.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  parseSettings,
  settingsItem,
  updateSettings,
} from '../../../../../lib/platform/storage/settings';
import { getSiteSwitches } from '../../../../../lib/platform/storage/sites';
import { getHistory } from '../../../../../lib/history/store';

const goodHistory = [
  {
    id: 'a',
    url: 'https://www.taobao.com/',
    title: 'Taobao',
    site: 'taobao.com',
    entities: ['taobao'],
    time: 1,
  },
];

describe('settings migrations', () => {
  it('migrates a stored v1 settings fixture to v2', async () => {
    await fakeBrowser.storage.local.set({
      settings: { hints: false, lang: 'zh-CN' },
      siteSwitches: { 'jd.com': false },
    });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      hintsEnabled: false,
      language: 'zh',
    });
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$', 'siteSwitches']);
    expect(raw['settings$']).toEqual({ v: 2 });
    expect(raw.siteSwitches).toEqual({ 'jd.com': false });
    // Running again changes nothing: the version is recorded.
    await settingsItem.migrate();
    expect((await getSettings()).hintsEnabled).toBe(false);
  });

  it.each([
    [
      { hints: true, lang: 'en' },
      { hintsEnabled: true, language: 'en' },
    ],
    [{ hints: 'yes', lang: 'fr' }, {}],
    ['{"hints":fal', {}],
    [42, {}],
  ])('v1 value %j migrates to defaults plus %j', async (old, expected) => {
    await fakeBrowser.storage.local.set({ settings: old });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, ...expected });
  });

  it('keeps a v2-shaped value whose version marker was lost', async () => {
    const current = { ...DEFAULT_SETTINGS, hintsEnabled: false, language: 'zh' };
    await fakeBrowser.storage.local.set({ settings: current });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual(current);
  });

  it.each(['auto', 'en', 'zh', 'zh-Hant'])(
    'keeps the language %s written by this or an older version',
    async (language) => {
      const stored = { ...DEFAULT_SETTINGS, language };
      await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: 2 } });
      await settingsItem.migrate();
      expect(await getSettings()).toEqual(stored);
    },
  );

  it.each(['zh-TW', 'zh-hant', 'Traditional', null, 7])(
    'resets an unknown language %j to automatic, keeping the other settings',
    async (language) => {
      await fakeBrowser.storage.local.set({
        settings: { ...DEFAULT_SETTINGS, hintsEnabled: false, language },
        settings$: { v: 2 },
      });
      expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, hintsEnabled: false });
    },
  );

  it('leaves a current v2 value alone', async () => {
    const current = { ...DEFAULT_SETTINGS, hintFrequency: 'never' };
    await fakeBrowser.storage.local.set({ settings: current, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual(current);
  });
});

describe('damaged settings', () => {
  it.each([
    ['a truncated JSON string', '{"hintsEnabled":tr'],
    ['null', null],
    ['a number', 7],
    ['an array', [true, 'en']],
    [
      'wrong types and oversized strings',
      { hintsEnabled: 'yes', language: 'x'.repeat(100_000), historyCap: -1, hintFrequency: null },
    ],
  ])('settings as %s give defaults and keep the other keys', async (_, bad) => {
    await fakeBrowser.storage.local.set({
      settings: bad,
      settings$: { v: 2 },
      siteSwitches: { 'jd.com': false },
      history: goodHistory,
    });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getSiteSwitches()).toEqual({ 'jd.com': false });
    expect(await getHistory()).toEqual(goodHistory);
  });

  it('keeps the good fields of a partly damaged settings value', async () => {
    await fakeBrowser.storage.local.set({
      settings: { hintsEnabled: false, language: 42, historyCap: 1e12 },
      settings$: { v: 2 },
    });
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      hintsEnabled: false,
      historyCap: 20_000,
    });
  });

  it('keeps every good value as it is, and parses to a new object each time', () => {
    const good = { ...DEFAULT_SETTINGS, hintFrequency: 'never', historyCap: 20_000 };
    expect(parseSettings(good)).toEqual(good);
    expect(parseSettings(null)).not.toBe(parseSettings(null));
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });

  it('drops fields it does not know', () => {
    expect(parseSettings({ ...DEFAULT_SETTINGS, extra: 1 })).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings changed at the same moment', () => {
  it('two quick settings changes both land', async () => {
    await Promise.all([
      updateSettings({ hintsEnabled: false }),
      updateSettings({ historyEnabled: false }),
    ]);
    expect(await getSettings()).toMatchObject({ hintsEnabled: false, historyEnabled: false });
  });
});
