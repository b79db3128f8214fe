import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entities, events } from '../../../../data';
import {
  articleHintContent,
  relatedEvents,
  shouldShow,
  siteHintContent,
} from '../../../../lib/hint/content';
import {
  setupHintCommand,
  setupHints,
  sweepDeadHints,
  visitTab,
} from '../../../../lib/hint/background';
import { hintHandlers, UNDO_WINDOW_MS } from '../../../../lib/hint/handlers';
import { setHintStylesheet } from '../../../../lib/hint/decide';
import { FOCUS_COMMAND, injectUi } from '../../../../lib/hint/inject';
import type { Browser } from 'wxt/browser';
import { handlers } from '../../../../lib/handlers';
import { LEGACY_DETECTOR_ID, syncDetector } from '../../../../lib/news/detector';
import { parseMessage } from '../../../../lib/platform/protocol';
import { WATCHED_KEYS } from '../../../../lib/hint/constants';
import {
  DEFAULT_SETTINGS,
  settingsItem,
  updateSettings,
} from '../../../../lib/platform/storage/settings';
import { getSiteSwitches, siteSwitchesItem } from '../../../../lib/platform/storage/sites';
import { hintsSweptItem, shownThisSessionItem } from '../../../../lib/platform/storage/session';
import { hintBackgroundStrings, hintStrings } from '../../../../lib/platform/i18n/strings/hint';

/** A content script's sender: the page is the sender's top frame, never the message. */
const from = (url: string, id = 1, incognito = false, title = '') => ({
  url,
  frameId: 0,
  tab: { id, incognito, url, title },
});

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

  it('an article names its entities and the event it is about, from its headline', () => {
    const content = articleHintContent(
      ['sf-express', 'cainiao', 'alibaba'],
      'reuters.com',
      'en',
      { entities, events },
      "China's postal regulator urges SF Express, Alibaba's Cainiao to end spat | Reuters",
    );
    expect(content?.title).toMatch(/^This article is about SF Express, Cainiao/);
    expect(content?.line).toBe('Related: The State Post Bureau steps in');
    expect(content?.eventId).toBe('post-bureau-steps-in');
    // Without a headline: still an event the entities share.
    const bare = articleHintContent(['sf-express', 'cainiao'], 'reuters.com', 'en', {
      entities,
      events,
    });
    const first = relatedEvents(['sf-express', 'cainiao'], events)[0];
    expect(first?.entities).toEqual(expect.arrayContaining(['sf-express', 'cainiao']));
    expect(bare?.eventId).toBeDefined();
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
      { type: 'page:context' },
      from('https://item.taobao.com/item.htm?id=1', 1),
    );
    expect(reply).toMatchObject({ show: true, content: { site: 'taobao.com', lang: 'zh' } });
    // An answer the page never displayed (e.g. its script was replaced meanwhile) counts for nothing.
    expect(await shownThisSessionItem.getValue()).toEqual({});

    await handlers['hint:shown'](
      { type: 'hint:shown', entityIds: ['taobao'] },
      from('https://item.taobao.com/item.htm?id=1', 1, false, '商品'),
    );
    expect(await shownThisSessionItem.getValue()).toEqual({ 'taobao.com': true });
    const again = await hintHandlers['page:context'](
      { type: 'page:context' },
      from('https://www.taobao.com/', 2),
    );
    expect(again).toMatchObject({ show: false, content: { site: 'taobao.com' } });
    const visible = await hintHandlers['page:context'](
      { type: 'page:context', visible: true },
      from('https://www.taobao.com/', 2),
    );
    expect(visible).toMatchObject({ show: true });
  });

  it('two tabs reporting at once both keep their "shown this session" mark', async () => {
    await Promise.all([
      handlers['hint:shown'](
        { type: 'hint:shown', entityIds: ['jd'] },
        from('https://www.jd.com/', 11),
      ),
      handlers['hint:shown'](
        { type: 'hint:shown', entityIds: ['tmall'] },
        from('https://www.tmall.com/', 12),
      ),
      handlers['hint:shown'](
        { type: 'hint:shown', entityIds: ['cainiao'] },
        from('https://www.cainiao.com/', 13),
      ),
    ]);
    expect(await shownThisSessionItem.getValue()).toEqual({
      'jd.com': true,
      'tmall.com': true,
      'cainiao.com': true,
    });
  });

  it('no hint on a payment page, but context for the toolbar icon', async () => {
    const reply = await hintHandlers['page:context'](
      { type: 'page:context' },
      from('https://cashier.alipay.com/standard/lightpay/lightPayCashier.htm'),
    );
    expect(reply).toMatchObject({ show: false, content: { site: 'alipay.com' } });
  });

  it('"Hide on this site" with storage full answers an error the hint can show', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(
      await hintHandlers['hint:hide-site']({ type: 'hint:hide-site' }, from('https://www.jd.com/')),
    ).toEqual({ error: 'quota' });
  });

  it('records nothing from private windows', async () => {
    await handlers['hint:shown'](
      { type: 'hint:shown', entityIds: ['jd'] },
      from('https://jd.com/', 1, true, 'JD'),
    );
    expect(await shownThisSessionItem.getValue()).toEqual({});
  });

  it('has nothing for uncovered or look-alike hosts', async () => {
    for (const url of [
      'https://example.org/',
      'https://nottaobao.com/',
      'https://taobao.com.evil.net/',
    ]) {
      expect(await hintHandlers['page:context']({ type: 'page:context' }, from(url))).toEqual({
        show: false,
      });
    }
  });

  it('keeps content (for the toolbar icon) but does not show when the site is off', async () => {
    await siteSwitchesItem.setValue({ 'jd.com': false });
    const reply = await hintHandlers['page:context'](
      { type: 'page:context' },
      from('https://item.jd.com/1.html', 3),
    );
    expect(reply).toMatchObject({ show: false, content: { site: 'jd.com' } });
    expect(reply).not.toHaveProperty('look');
  });

  it('a hint due comes with its stylesheet and labels in its language (not bundled in pages)', async () => {
    await updateSettings({ language: 'zh' });
    // The entry point hands the hint's stylesheet over at start-up (Vitest does not process CSS:
    // the built extension's own stylesheet is checked end to end).
    setHintStylesheet('.hint{}');
    const reply = await hintHandlers['page:context'](
      { type: 'page:context' },
      from('https://item.jd.com/1.html', 3),
    );
    expect(reply).toMatchObject({
      show: true,
      look: { css: '.hint{}', strings: hintStrings.zh },
    });
  });

  describe('Undo after "Hide on this site"', () => {
    const hide = (url: string, tab: number) =>
      hintHandlers['hint:hide-site']({ type: 'hint:hide-site' }, from(url, tab));
    const undo = (url: string, tab: number) =>
      hintHandlers['hint:undo-hide-site']({ type: 'hint:undo-hide-site' }, from(url, tab));

    it('turns the site back on, from the tab that hid it, once', async () => {
      await siteSwitchesItem.setValue({ 'jd.com': false });
      await hide('https://item.taobao.com/item.htm', 4);
      expect(await getSiteSwitches()).toEqual({ 'jd.com': false, 'taobao.com': false });
      expect(await undo('https://www.taobao.com/', 4)).toEqual({ ok: true });
      expect(await getSiteSwitches()).toEqual({ 'jd.com': false });
      expect(await undo('https://www.taobao.com/', 4)).toEqual({ error: 'nothing to undo' });
    });

    it('refuses another tab, another site, and a late undo', async () => {
      await hide('https://item.taobao.com/item.htm', 4);
      expect(await undo('https://item.taobao.com/item.htm', 5)).toEqual({
        error: 'nothing to undo',
      });
      expect(await undo('https://item.jd.com/1.html', 4)).toEqual({ error: 'nothing to undo' });
      // A site switched off in Settings, not by this hint, stays off.
      await siteSwitchesItem.setValue({ 'jd.com': false, 'taobao.com': false });
      expect(await undo('https://item.jd.com/1.html', 4)).toEqual({ error: 'nothing to undo' });
      const now = Date.now();
      vi.spyOn(Date, 'now').mockReturnValue(now + UNDO_WINDOW_MS + 1);
      expect(await undo('https://item.taobao.com/item.htm', 4)).toEqual({
        error: 'nothing to undo',
      });
      expect(await getSiteSwitches()).toEqual({ 'jd.com': false, 'taobao.com': false });
    });

    it('is a strict, empty message', () => {
      expect(parseMessage({ type: 'hint:undo-hide-site' })).toEqual({
        type: 'hint:undo-hide-site',
      });
      expect(parseMessage({ type: 'hint:undo-hide-site', site: 'taobao.com' })).toBeUndefined();
    });
  });

  it('hint:hide-site switches the covered domain off', async () => {
    await hintHandlers['hint:hide-site'](
      { type: 'hint:hide-site' },
      from('https://s.taobao.com/x'),
    );
    expect(await getSiteSwitches()).toEqual({ 'taobao.com': false });
  });

  it('page:article with entities found answers with a hint for the outlet', async () => {
    const reply = await hintHandlers['page:article'](
      { type: 'page:article', entityIds: ['alipay', 'jd'] },
      from('https://www.reuters.com/x'),
    );
    expect(reply).toMatchObject({ show: true, content: { site: 'reuters.com' } });
    const none = await hintHandlers['page:article'](
      { type: 'page:article', entityIds: [] },
      from('https://www.scmp.com/y'),
    );
    expect(none).toEqual({ show: false });
  });

  it('validates the optional visible flag', () => {
    expect(parseMessage({ type: 'page:context', visible: true })).toBeTruthy();
    expect(parseMessage({ type: 'page:context', visible: 'yes' })).toBeUndefined();
  });

  it('takes no address, site or title from a message: a page would forge them', () => {
    expect(parseMessage({ type: 'page:context', url: 'https://www.taobao.com/' })).toBeUndefined();
    expect(parseMessage({ type: 'hint:hide-site', site: 'taobao.com' })).toBeUndefined();
    expect(
      parseMessage({ type: 'hint:shown', entityIds: [], url: 'https://a.com/', title: 'x' }),
    ).toBeUndefined();
  });
});

/** A page's Hutong world: the probe sees a live UI once the UI script was injected. */
function fakeTabWorld() {
  /** A live hint UI runs in the tab's Hutong world. */
  let running = false;
  /** A hint element is on the page (in the page's own world), live or left by a dead instance. */
  const page = { hint: false };
  /** Tabs the hint's UI script went into, in order; tabs looked at from the page's world. */
  const files: number[] = [];
  const mainWorld: number[] = [];
  const inject = vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockImplementation((async (injection: {
      target: { tabId: number };
      files?: string[];
      world?: string;
    }) => {
      // Another event may arrive while the browser is still injecting.
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (injection.files) {
        expect(injection.files).toEqual(['/hint-site.js']);
        files.push(injection.target.tabId);
        running = true;
        page.hint = true;
        return [];
      }
      // Never the page's own world, where its scripts could see the look or lie to it.
      expect(injection.world).toBeUndefined();
      const args = (injection as { args?: unknown[] }).args ?? [];
      if (args[0] === 'hutong-hint') {
        mainWorld.push(injection.target.tabId);
        return [{ frameId: 0, result: page.hint }];
      }
      return [{ frameId: 0, result: running }];
    }) as unknown as typeof fakeBrowser.scripting.executeScript);
  /** The extension was reloaded: the UI died, its hint stays on the page. */
  const reload = () => {
    running = false;
  };
  return { inject, files, mainWorld, page, reload };
}
const badge = () => vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
/** An English browser whose toolbar calls succeed (the fake browser has none of its own). */
function englishToolbar() {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
}

describe('visitTab: the background starts the hint UI only when a hint is due', () => {
  beforeEach(englishToolbar);

  it('first covered visit: toolbar icon set, UI injected once however many events arrive', async () => {
    const { files } = fakeTabWorld();
    const title = badge();
    const tab = { id: 7, url: 'https://item.taobao.com/item.htm?id=1', status: 'complete' };
    // Load complete and an address change, back to back (both browsers can send both).
    await Promise.all([visitTab(tab), visitTab(tab), visitTab(tab)]);
    expect(files).toEqual([7]);
    expect(title).toHaveBeenCalledWith({ tabId: 7, title: 'Hutong has context for this page' });
  });

  it('hint already shown this session: toolbar icon only, no script in the page', async () => {
    const { inject } = fakeTabWorld();
    const title = badge();
    await shownThisSessionItem.setValue({ 'jd.com': true });
    await visitTab({ id: 3, url: 'https://item.jd.com/100012043978.html' });
    expect(inject).not.toHaveBeenCalled();
    expect(title).toHaveBeenCalledWith({ tabId: 3, title: 'Hutong has context for this page' });
  });

  it('site switched off: the icon says so, nothing is injected', async () => {
    const { inject } = fakeTabWorld();
    const title = badge();
    await siteSwitchesItem.setValue({ 'sf-express.com': false });
    await visitTab({ id: 4, url: 'https://www.sf-express.com/chn/sc' });
    expect(inject).not.toHaveBeenCalled();
    expect(title).toHaveBeenCalledWith({
      tabId: 4,
      title: hintBackgroundStrings.en.badgeContextHidden,
    });
  });

  it('leaves uncovered, look-alike, discarded and address-less tabs alone', async () => {
    const { inject } = fakeTabWorld();
    const title = badge();
    for (const tab of [
      { id: 1, url: 'https://www.example.org/' },
      { id: 1, url: 'https://taobao.com.evil.net/' },
      { id: 1, url: 'https://www.taobao.com/', discarded: true },
      { id: 1 },
    ]) {
      await visitTab(tab);
    }
    expect(inject).not.toHaveBeenCalled();
    expect(title).not.toHaveBeenCalled();
  });

  it('a tab that closes meanwhile is no error', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('No tab'));
    badge();
    await expect(visitTab({ id: 9, url: 'https://www.cainiao.com/' })).resolves.toBeUndefined();
    await expect(injectUi(9)).resolves.toBe(false);
  });
});

describe('setupHints: the browser events that make the background look at a tab', () => {
  beforeEach(englishToolbar);

  it('page loaded, address changed after load, settings changed', async () => {
    const { files } = fakeTabWorld();
    const title = badge();
    const open = { id: 5, url: 'https://www.taobao.com/', status: 'complete' } as Browser.tabs.Tab;
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    setupHints();
    query.mockResolvedValue([open] as never);
    const update = (change: Browser.tabs.OnUpdatedInfo, status: string) =>
      fakeBrowser.tabs.onUpdated.trigger(5, change, { ...open, status } as Browser.tabs.Tab);

    // Still loading, or a title change: nothing yet.
    await update({ status: 'loading', url: open.url }, 'loading');
    await update({ title: 'Taobao' }, 'complete');
    expect(title).not.toHaveBeenCalled();
    // Loaded: icon and, on the first visit this session, the hint's UI.
    await update({ status: 'complete' }, 'complete');
    await vi.waitFor(() => expect(files).toEqual([5]));
    expect(title).toHaveBeenCalledTimes(1);
    // A single-page app changed its address: the icon is set again; the running UI follows itself.
    await update({ url: 'https://www.taobao.com/?q=1' }, 'complete');
    await vi.waitFor(() => expect(title).toHaveBeenCalledTimes(2));
    expect(files).toEqual([5]);

    // Hints turned off (anywhere): every open covered tab's icon follows at once.
    await updateSettings({ hintsEnabled: false });
    await vi.waitFor(() =>
      expect(title).toHaveBeenLastCalledWith({
        tabId: 5,
        title: hintBackgroundStrings.en.badgeContextHidden,
      }),
    );
    expect(query).toHaveBeenCalledWith({ url: expect.arrayContaining(['*://*.taobao.com/*']) });
  });

  it('a new instance (enabled, updated, reloaded) replaces dead hints, once, where there are any', async () => {
    const world = fakeTabWorld();
    badge();
    const tabs = [
      { id: 1, url: 'https://www.taobao.com/' },
      { id: 2, url: 'https://item.jd.com/1.html' },
      { id: 3, url: 'https://www.cainiao.com/', discarded: true },
    ] as Browser.tabs.Tab[];
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tabs as never);
    // Tab 1 shows a hint of the instance that is about to go.
    await injectUi(1);
    world.reload();
    world.files.length = 0;
    // Tab 2 has no hint: nothing to replace, so nothing is started there.
    const inject = world.inject;
    inject.mockClear();

    await sweepDeadHints();
    expect(world.mainWorld).toEqual([1, 2]);
    expect(world.files).toEqual([1]);
    // Session storage keeps the mark until the next instance: a worker restart does not sweep.
    await sweepDeadHints();
    expect(world.mainWorld).toEqual([1, 2]);
    expect(await hintsSweptItem.getValue()).toBe(true);
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
  function fakeScripting(granted: boolean, registered: { id: string }[] = []) {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
      async (filter?: { ids?: string[] }) =>
        registered.filter((s) => filter?.ids?.includes(s.id) ?? true) as never,
    );
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts');
    const unregister = vi
      .spyOn(fakeBrowser.scripting, 'unregisterContentScripts')
      .mockImplementation(async () => {
        registered.length = 0;
      });
    return { registered, register, unregister };
  }

  it('is on only with the setting and the permission, and registers nothing either way', async () => {
    fakeScripting(true);
    expect(await syncDetector()).toBe(false);
    await updateSettings({ anySiteDetection: true });
    fakeScripting(false);
    expect(await syncDetector()).toBe(false);
    const fake = fakeScripting(true);
    expect(await syncDetector()).toBe(true);
    expect(fake.register).not.toHaveBeenCalled();
  });

  it('removes the every-page script 1.0 registered (Chrome keeps it across updates)', async () => {
    const fake = fakeScripting(true, [{ id: LEGACY_DETECTOR_ID }]);
    await syncDetector();
    expect(fake.unregister).toHaveBeenCalledWith({ ids: [LEGACY_DETECTOR_ID] });
    expect(fake.registered).toEqual([]);
  });
});

describe("the hint's keyboard shortcut", () => {
  it("runs the focus toggle in the tab's Hutong world, only for its own command", async () => {
    let listener: ((command: string, tab?: { id?: number }) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((
      fn: typeof listener,
    ) => {
      listener = fn;
    }) as never);
    const run = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, result: true }] as never);
    setupHintCommand();
    listener?.('open-side-panel', { id: 7 });
    expect(run).not.toHaveBeenCalled();
    listener?.(FOCUS_COMMAND, { id: 7 });
    await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1));
    expect(run.mock.calls[0]?.[0]).toMatchObject({ target: { tabId: 7 }, args: ['__hutongHint'] });
  });
});
