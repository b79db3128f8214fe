import { describe, expect, it } from 'vitest';
import { hashFor, parseHash, storedRequest } from '../../../../lib/panel/deepLink';
import { pickSiteTab, type TabInfo } from '../../../../lib/panel/siteTab';

const ORIGIN = 'chrome-extension://abc/';

describe('pickSiteTab', () => {
  const tabs: TabInfo[] = [
    { id: 1, windowId: 1, active: false, url: 'https://www.taobao.com/', lastAccessed: 300 },
    { id: 2, windowId: 1, active: true, url: `${ORIGIN}sidepanel.html`, lastAccessed: 400 },
    { id: 3, windowId: 1, active: false, url: undefined, lastAccessed: 100 },
    { id: 4, windowId: 2, active: true, url: 'https://www.jd.com/', lastAccessed: 500 },
  ];

  it('in the side panel: the active tab of the panel’s window', () => {
    expect(pickSiteTab(tabs, { windowId: 2, extensionOrigin: ORIGIN })?.id).toBe(4);
    expect(pickSiteTab(tabs, { windowId: 9, extensionOrigin: ORIGIN })).toBeUndefined();
  });

  it('open as a tab: the most recently used other tab, same window first', () => {
    expect(pickSiteTab(tabs, { ownTabId: 2, windowId: 1, extensionOrigin: ORIGIN })?.id).toBe(1);
  });

  it('open as a tab alone in its window: the most recent tab of any window', () => {
    const alone = [...tabs, { id: 5, windowId: 3, active: true, url: `${ORIGIN}sidepanel.html` }];
    expect(pickSiteTab(alone, { ownTabId: 5, windowId: 3, extensionOrigin: ORIGIN })?.id).toBe(4);
  });

  it('never picks Hutong’s own pages', () => {
    const own = [{ id: 6, windowId: 1, active: true, url: `${ORIGIN}popup.html` }];
    expect(pickSiteTab(own, { windowId: 1, extensionOrigin: ORIGIN })).toBeUndefined();
  });
});

describe('deep links', () => {
  it.each([
    ['#event=cainiao-founded', { event: 'cainiao-founded' }],
    ['#entity=taobao', { entity: 'taobao' }],
    ['#q=%E5%BE%AE%E4%BF%A1%E6%94%AF%E4%BB%98', { query: '微信支付' }],
    ['#event=a&entity=b&q=c', { event: 'a', entity: 'b', query: 'c' }],
    ['#event=Bad%20Id', undefined],
    ['#q=%20%20', undefined],
    ['#this-site', undefined],
    ['', undefined],
  ])('parseHash(%s)', (hash, expected) => {
    expect(parseHash(hash)).toEqual(expected);
  });

  it('round-trips through hashFor', () => {
    const request = { event: 'x-1', entity: 'taobao', query: 'WeChat Pay & 支付' };
    expect(parseHash(hashFor(request))).toEqual(request);
  });

  it('accepts only fresh, well-formed stored requests', () => {
    const now = 1_000_000;
    expect(storedRequest({ event: 'a', at: now - 1000 }, now)).toEqual({ event: 'a' });
    expect(storedRequest({ event: 'a', at: now - 60_000 }, now)).toBeUndefined();
    expect(storedRequest({ event: 'a' }, now)).toBeUndefined();
    expect(storedRequest(null, now)).toBeUndefined();
    expect(storedRequest({ event: '<script>', at: now }, now)).toBeUndefined();
    expect(storedRequest({ query: 'x'.repeat(500), at: now }, now)?.query).toHaveLength(200);
  });
});
