/**
 * The background's pre-screen of news tabs (lib/news/articles.ts): an off-topic visit runs
 * no Hutong script in the page, an article that may be on topic gets the detector.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { visitArticleTab } from '../../../../lib/news/articles';
import { updateSettings } from '../../../../lib/platform/storage/settings';
import { hintBackgroundStrings } from '../../../../lib/platform/i18n/strings/hint';

/** What went into tabs: script files, and probes of Hutong's world (a live detector answers). */
function fakeTabs(running: ReadonlySet<number> = new Set()) {
  const files: [number, string][] = [];
  const probes: number[] = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: {
    target: { tabId: number };
    files?: string[];
  }) => {
    if (injection.files) {
      for (const file of injection.files) files.push([injection.target.tabId, file]);
      return [];
    }
    probes.push(injection.target.tabId);
    return [{ frameId: 0, result: running.has(injection.target.tabId) }];
  }) as unknown as typeof fakeBrowser.scripting.executeScript);
  const title = vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
  return { files, probes, title };
}

const NONE = hintBackgroundStrings.en.badgeNone;
let nextTab = 100;
const tab = (url: string, title: string) => ({ id: nextTab++, url, title, status: 'complete' });

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
});

describe('news tabs are pre-screened from their title and address', () => {
  it('an article naming the parties gets the detector', async () => {
    const world = fakeTabs();
    const t = tab('https://www.reuters.com/article/x', 'SF Express and Cainiao trade blame');
    await visitArticleTab(t);
    expect(world.files).toEqual([[t.id, '/hint-article.js']]);
    expect(world.title).not.toHaveBeenCalled();
  });

  it('an off-topic article runs nothing in the page and the icon says "no context"', async () => {
    const world = fakeTabs();
    const t = tab('https://www.reuters.com/sports/nba', 'Celtics win the NBA finals');
    await visitArticleTab(t);
    expect(world.files).toEqual([]);
    expect(world.probes).toEqual([]);
    expect(world.title).toHaveBeenCalledWith({ tabId: t.id, title: NONE });
  });

  it("the outlet's own brand is no party: Tencent News on its own portal", async () => {
    const world = fakeTabs();
    await visitArticleTab(
      tab('https://news.qq.com/rain/a/1', '春运收官：全国铁路发送旅客创新高_腾讯新闻'),
    );
    expect(world.files).toEqual([]);
    await visitArticleTab(tab('https://news.qq.com/rain/a/2', '淘宝天猫已支持微信支付_腾讯新闻'));
    expect(world.files).toHaveLength(1);
  });

  it('a title that cannot decide lets the detector read the page', async () => {
    const world = fakeTabs();
    await visitArticleTab(
      tab('https://www.thepaper.cn/newsDetail_forward_1693093', '+1_10%公司_澎湃新闻-The Paper'),
    );
    await visitArticleTab(tab('https://www.ft.com/content/1', ''));
    expect(world.files).toHaveLength(2);
  });

  it('decides once per address and title, however many events a load sends', async () => {
    const world = fakeTabs();
    const t = tab('https://www.reuters.com/a', 'Alipay returns to JD.com');
    await visitArticleTab(t);
    await visitArticleTab(t);
    expect(world.files).toHaveLength(1);
  });

  it('a single-page app moving off topic: a live detector decides, else "no context"', async () => {
    const t = tab('https://www.scmp.com/a', 'JD.com to accept Alipay');
    const world = fakeTabs(new Set([t.id]));
    await visitArticleTab(t);
    // Already running there: told of the change, not injected again.
    expect(world.files).toEqual([]);
    await visitArticleTab({
      ...t,
      url: 'https://www.scmp.com/b',
      title: 'Typhoon nears Hong Kong',
    });
    expect(world.probes).toEqual([t.id, t.id]);
    expect(world.title).not.toHaveBeenCalled();
  });

  it('shopping sites and uncovered sites are not its business (without the opt-in)', async () => {
    const world = fakeTabs();
    await visitArticleTab(tab('https://www.taobao.com/', 'SF Express and Cainiao'));
    await visitArticleTab(tab('https://blog.example.net/a', 'SF Express and Cainiao'));
    await visitArticleTab({ id: 1, title: 'x' });
    expect([world.files, world.probes]).toEqual([[], []]);
    expect(world.title).not.toHaveBeenCalled();
  });

  it('with "on any site" on and allowed, any page is pre-screened the same way', async () => {
    await updateSettings({ anySiteDetection: true });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const world = fakeTabs();
    await visitArticleTab(tab('https://blog.example.net/a', 'SF Express and Cainiao trade blame'));
    const off = tab(
      'https://blog.example.net/b',
      'Copper prices rise as mines report lower output',
    );
    await visitArticleTab(off);
    expect(world.files).toHaveLength(1);
    expect(world.title).toHaveBeenCalledWith({ tabId: off.id, title: NONE });
    // Not granted: nothing, as before.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    await visitArticleTab(tab('https://blog.example.net/c', 'SF Express and Cainiao trade blame'));
    expect(world.files).toHaveLength(1);
  });
});
