import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entities, events } from '../../data';
import {
  articleHintContent,
  relatedEvents,
  shouldShow,
  siteHintContent,
} from '../../lib/hintContent';
import { hintHandlers } from '../../lib/background/hints';
import { handlers } from '../../lib/background/handlers';
import { DETECTOR_ID, syncDetector } from '../../lib/background/detector';
import { parseMessage } from '../../lib/background/validate';
import { WATCHED_KEYS } from '../../components/hint/runHint';
import {
  DEFAULT_SETTINGS,
  getSiteSwitches,
  settingsItem,
  shownThisSessionItem,
  siteSwitchesItem,
  updateSettings,
} from '../../utils/storage';
import { hintBackgroundStrings, hintStrings } from '../../utils/strings/hint';

const tab = (id: number, incognito = false) => ({ tab: { id, incognito } });

describe('shouldShow', () => {
  const base = {
    settings: DEFAULT_SETTINGS,
    switches: {},
    shown: {},
    site: 'taobao.com',
    visible: false,
  };
  it.each([
    ['defaults, first visit', {}, true],
    ['already shown this session', { shown: { 'taobao.com': true as const } }, false],
    [
      'shown, but on screen already',
      { shown: { 'taobao.com': true as const }, visible: true },
      true,
    ],
    ['another site was shown', { shown: { 'jd.com': true as const } }, true],
    ['site switched off', { switches: { 'taobao.com': false } }, false],
    ['hints off', { settings: { ...DEFAULT_SETTINGS, hintsEnabled: false } }, false],
    ['never', { settings: { ...DEFAULT_SETTINGS, hintFrequency: 'never' as const } }, false],
    [
      'every page, already shown',
      {
        settings: { ...DEFAULT_SETTINGS, hintFrequency: 'every-page' as const },
        shown: { 'taobao.com': true as const },
      },
      true,
    ],
  ])('%s', (_, patch, expected) => {
    expect(shouldShow({ ...base, ...patch })).toBe(expected);
  });
});

describe('hint content', () => {
  it('every entity with a domain has a hint line in both languages', () => {
    for (const entity of entities.filter((e) => e.domains.length > 0 && e.kind !== 'news')) {
      const domain = entity.domains[0] ?? '';
      expect(siteHintContent(entity, domain, 'en')?.line, entity.id).toBe(entity.hint?.en);
      expect(siteHintContent(entity, domain, 'zh')?.line, entity.id).toBe(entity.hint?.zh);
    }
  });

  it('an article names its entities and the events they share', () => {
    const content = articleHintContent(['sf-express', 'cainiao'], 'reuters.com', 'en', {
      entities,
      events,
    });
    expect(content?.title).toMatch(/^This article is about SF Express, Cainiao/);
    expect(content?.line).toMatch(/^Related: /);
    const first = relatedEvents(['sf-express', 'cainiao'], events)[0];
    expect(first?.entities).toEqual(expect.arrayContaining(['sf-express', 'cainiao']));
    expect(content?.eventId).toBe(first?.id);
  });

  it('ignores unknown ids and news outlets', () => {
    const kb = { entities, events };
    expect(articleHintContent(['no-such-entity', 'reuters'], 'x.com', 'en', kb)).toBeUndefined();
  });

  it('string tables have the same keys in both languages', () => {
    expect(Object.keys(hintStrings.zh).sort()).toEqual(Object.keys(hintStrings.en).sort());
    expect(Object.keys(hintBackgroundStrings.zh).sort()).toEqual(
      Object.keys(hintBackgroundStrings.en).sort(),
    );
  });
});

describe('page:context', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  });

  it('answers in the chosen language; only a displayed hint counts for the session', async () => {
    await updateSettings({ language: 'zh' });
    const reply = await hintHandlers['page:context'](
      { type: 'page:context', url: 'https://item.taobao.com/item.htm?id=1' },
      tab(1),
    );
    expect(reply).toMatchObject({ show: true, content: { site: 'taobao.com', lang: 'zh' } });
    // An answer the page never displayed (e.g. its script was replaced meanwhile) counts for nothing.
    expect(await shownThisSessionItem.getValue()).toEqual({});

    await handlers['hint:shown'](
      {
        type: 'hint:shown',
        url: 'https://item.taobao.com/item.htm?id=1',
        title: '商品',
        site: 'taobao.com',
        entityIds: ['taobao'],
      },
      tab(1),
    );
    expect(await shownThisSessionItem.getValue()).toEqual({ 'taobao.com': true });
    const again = await hintHandlers['page:context'](
      { type: 'page:context', url: 'https://www.taobao.com/' },
      tab(2),
    );
    expect(again).toMatchObject({ show: false, content: { site: 'taobao.com' } });
    const visible = await hintHandlers['page:context'](
      { type: 'page:context', url: 'https://www.taobao.com/', visible: true },
      tab(2),
    );
    expect(visible).toMatchObject({ show: true });
  });

  it('records nothing from private windows', async () => {
    await handlers['hint:shown'](
      {
        type: 'hint:shown',
        url: 'https://jd.com/',
        title: 'JD',
        site: 'jd.com',
        entityIds: ['jd'],
      },
      tab(1, true),
    );
    expect(await shownThisSessionItem.getValue()).toEqual({});
  });

  it('has nothing for uncovered or look-alike hosts', async () => {
    for (const url of [
      'https://example.org/',
      'https://nottaobao.com/',
      'https://taobao.com.evil.net/',
    ]) {
      expect(await hintHandlers['page:context']({ type: 'page:context', url }, tab(1))).toEqual({
        show: false,
      });
    }
  });

  it('keeps content (for the toolbar icon) but does not show when the site is off', async () => {
    await siteSwitchesItem.setValue({ 'jd.com': false });
    const reply = await hintHandlers['page:context'](
      { type: 'page:context', url: 'https://item.jd.com/1.html' },
      tab(3),
    );
    expect(reply).toMatchObject({ show: false, content: { site: 'jd.com' } });
  });

  it('hint:hide-site switches the covered domain off', async () => {
    await hintHandlers['hint:hide-site']({ type: 'hint:hide-site', site: 'taobao.com' }, tab(1));
    expect(await getSiteSwitches()).toEqual({ 'taobao.com': false });
  });

  it('page:article with entities found answers with a hint for the outlet', async () => {
    const reply = await hintHandlers['page:article'](
      { type: 'page:article', url: 'https://www.reuters.com/x', entityIds: ['alipay', 'jd'] },
      tab(1),
    );
    expect(reply).toMatchObject({ show: true, content: { site: 'reuters.com' } });
    const none = await hintHandlers['page:article'](
      { type: 'page:article', url: 'https://www.scmp.com/y', entityIds: [] },
      tab(1),
    );
    expect(none).toEqual({ show: false });
  });

  it('hint:load injects the UI script into the asking frame of a covered page only', async () => {
    const inject = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockImplementation(async () => []);
    const from = (url: string, frameId = 0) => ({ url, frameId, tab: { id: 4, url } });
    expect(
      await hintHandlers['hint:load']({ type: 'hint:load' }, from('https://item.jd.com/1.html', 3)),
    ).toEqual({ loaded: true });
    expect(inject).toHaveBeenCalledWith({
      target: { tabId: 4, frameIds: [3] },
      files: ['/content-scripts/site.js'],
    });
    inject.mockClear();
    for (const sender of [from('https://www.example.org/'), from('https://taobao.com.evil.net/')]) {
      expect(await hintHandlers['hint:load']({ type: 'hint:load' }, sender)).toEqual({
        loaded: false,
      });
    }
    expect(
      await hintHandlers['hint:load']({ type: 'hint:load' }, { url: 'https://jd.com/' }),
    ).toEqual({ loaded: false });
    expect(inject).not.toHaveBeenCalled();
    inject.mockRejectedValueOnce(new Error('No tab with id: 4'));
    expect(
      await hintHandlers['hint:load']({ type: 'hint:load' }, from('https://www.jd.com/')),
    ).toEqual({ loaded: false });
    expect(parseMessage({ type: 'hint:load' })).toEqual({ type: 'hint:load' });
    expect(parseMessage({ type: 'hint:load', files: ['/x.js'] })).toBeUndefined();
  });

  it('validates the optional visible flag', () => {
    expect(
      parseMessage({ type: 'page:context', url: 'https://a.com/', visible: true }),
    ).toBeTruthy();
    expect(
      parseMessage({ type: 'page:context', url: 'https://a.com/', visible: 'yes' }),
    ).toBeUndefined();
  });
});

describe('content scripts watch the right storage keys', () => {
  it('WATCHED_KEYS are the keys settings and site switches are stored under', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS });
    await siteSwitchesItem.setValue({ 'jd.com': false });
    const stored = Object.keys(await fakeBrowser.storage.local.get(null));
    for (const key of WATCHED_KEYS) expect(stored).toContain(key);
  });
});

describe('any-site detector', () => {
  function fakeScripting(granted: boolean) {
    const registered: { id: string }[] = [];
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
      async (filter?: { ids?: string[] }) =>
        registered.filter((s) => filter?.ids?.includes(s.id) ?? true) as never,
    );
    const register = vi
      .spyOn(fakeBrowser.scripting, 'registerContentScripts')
      .mockImplementation(async (scripts) => {
        registered.push(...scripts.map((s) => ({ id: s.id })));
      });
    const unregister = vi
      .spyOn(fakeBrowser.scripting, 'unregisterContentScripts')
      .mockImplementation(async () => {
        registered.length = 0;
      });
    return { registered, register, unregister };
  }

  it('registers nothing while the setting is off, even with the permission', async () => {
    const fake = fakeScripting(true);
    expect(await syncDetector()).toBe(false);
    expect(fake.register).not.toHaveBeenCalled();
  });

  it('registers nothing without the permission, even with the setting on', async () => {
    await updateSettings({ anySiteDetection: true });
    const fake = fakeScripting(false);
    expect(await syncDetector()).toBe(false);
    expect(fake.registered).toEqual([]);
  });

  it('registers once with both, excluding covered sites, and unregisters when turned off', async () => {
    await updateSettings({ anySiteDetection: true });
    const fake = fakeScripting(true);
    expect(await syncDetector()).toBe(true);
    expect(await syncDetector()).toBe(true);
    expect(fake.register).toHaveBeenCalledTimes(1);
    const [scripts] = fake.register.mock.calls[0] ?? [];
    expect(scripts?.[0]).toMatchObject({ id: DETECTOR_ID, matches: ['http://*/*', 'https://*/*'] });
    expect(scripts?.[0]?.excludeMatches).toContain('*://*.taobao.com/*');
    expect(scripts?.[0]?.excludeMatches).toContain('*://*.reuters.com/*');
    await updateSettings({ anySiteDetection: false });
    expect(await syncDetector()).toBe(false);
    expect(fake.registered).toEqual([]);
  });
});
