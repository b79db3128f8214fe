import { describe, expect, it } from 'vitest';
import { entities } from '../../../../data';
import type { Entity } from '../../../../data/schema';
import { coveredDomainFor, createSiteIndex, hostOf } from '../../../../lib/kb/siteIndex';
import { SITE_URLS } from '../../support/siteIndex.urls';

function entity(id: string, domains: string[]): Entity {
  return {
    id,
    kind: 'platform',
    name: { en: id, zh: id },
    aliases: [],
    description: { en: id, zh: id },
    domains,
  };
}

// A fixed miniature of the knowledge base, so the algorithm is pinned whatever the data says.
const fixture = createSiteIndex([
  entity('taobao', ['taobao.com']),
  entity('tencent', ['tencent.com']),
  entity('tencent-cloud', ['cloud.tencent.com']),
  // Listed before the more general domain on purpose: order must not matter.
  entity('wechat-pay', ['pay.weixin.qq.com']),
  entity('wechat', ['weixin.qq.com', 'wechat.com']),
  entity('ele-me', ['ele.me']),
  entity('china-plus', ['chinaplus.cri.cn']),
  entity('spb', ['spb.gov.cn']),
]);

describe('site index on fixture entities', () => {
  it.each([
    ['https://taobao.com/', 'taobao', 'taobao.com', 'taobao.com'],
    ['https://a.b.c.taobao.com/x', 'taobao', 'taobao.com', 'a.b.c.taobao.com'],
    ['https://TAOBAO.com./', 'taobao', 'taobao.com', 'taobao.com'],
    ['https://u:p@www.taobao.com:8443/', 'taobao', 'taobao.com', 'www.taobao.com'],
    ['http://www.tencent.com/', 'tencent', 'tencent.com', 'www.tencent.com'],
    ['https://cloud.tencent.com/', 'tencent-cloud', 'cloud.tencent.com', 'cloud.tencent.com'],
    ['https://x.cloud.tencent.com/', 'tencent-cloud', 'cloud.tencent.com', 'x.cloud.tencent.com'],
    ['https://cloudtencent.com/', undefined, undefined, undefined],
    ['https://weixin.qq.com/', 'wechat', 'weixin.qq.com', 'weixin.qq.com'],
    ['https://pay.weixin.qq.com/', 'wechat-pay', 'pay.weixin.qq.com', 'pay.weixin.qq.com'],
    ['https://a.pay.weixin.qq.com/', 'wechat-pay', 'pay.weixin.qq.com', 'a.pay.weixin.qq.com'],
    ['https://payweixin.qq.com/', undefined, undefined, undefined],
    ['https://www.wechat.com/', 'wechat', 'wechat.com', 'www.wechat.com'],
    ['https://qq.com/', undefined, undefined, undefined],
    ['https://www.ele.me/shop', 'ele-me', 'ele.me', 'www.ele.me'],
    ['https://ele.me.uk/', undefined, undefined, undefined],
    ['https://chinaplus.cri.cn/news', 'china-plus', 'chinaplus.cri.cn', 'chinaplus.cri.cn'],
    ['https://cri.cn/', undefined, undefined, undefined],
    ['https://www.spb.gov.cn/', 'spb', 'spb.gov.cn', 'www.spb.gov.cn'],
    ['https://gov.cn/', undefined, undefined, undefined],
    ['https://cn/', undefined, undefined, undefined],
    ['https://taobao.com.example.net/', undefined, undefined, undefined],
    ['https://nottaobao.com/', undefined, undefined, undefined],
    ['https://taobao.com-evil.net/', undefined, undefined, undefined],
    ['https://ｔａｏｂａｏ．ｃｏｍ/', 'taobao', 'taobao.com', 'taobao.com'],
    ['https://tаobao.com/', undefined, undefined, undefined],
    ['about:blank', undefined, undefined, undefined],
    ['javascript:void(0)', undefined, undefined, undefined],
    ['::', undefined, undefined, undefined],
  ])('%s → %s', (url, id, domain, host) => {
    const match = fixture.lookup(url);
    expect(match?.entity.id).toBe(id);
    expect(match?.domain).toBe(domain);
    expect(match?.host).toBe(host);
  });

  it('accepts URL objects as well as strings', () => {
    expect(fixture.lookup(new URL('https://pay.weixin.qq.com/'))?.entity.id).toBe('wechat-pay');
    expect(fixture.lookup(new URL('chrome://newtab/'))).toBeUndefined();
  });

  it('gives the covered domain a URL falls under', () => {
    expect(coveredDomainFor(fixture, 'https://item.taobao.com/item.htm')).toBe('taobao.com');
    expect(coveredDomainFor(fixture, 'https://example.com/')).toBeUndefined();
  });

  it('lets the first entity claiming a domain keep it', () => {
    const index = createSiteIndex([entity('first', ['a.com']), entity('second', ['a.com'])]);
    expect(index.lookup('https://a.com/')?.entity.id).toBe('first');
  });

  it.each([
    ['https://WWW.Taobao.COM:8080/path', 'www.taobao.com'],
    ['http://taobao.com./', 'taobao.com'],
    ['https://用户@淘宝.com/', 'xn--pbt173b.com'],
    ['moz-extension://abc/x.html', undefined],
    ['https://[2001:db8::1]/', undefined],
    [undefined, undefined],
  ])('hostOf(%s) is %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });
});

describe('site index on the real knowledge base', () => {
  const index = createSiteIndex(entities);

  it.each(SITE_URLS)('%s → %s', (url, id) => {
    expect(index.lookup(url)?.entity.id).toBe(id);
  });

  it('has no domain claimed by two entities', () => {
    const domains = entities.flatMap((e) => e.domains);
    expect(domains.filter((d, i) => domains.indexOf(d) !== i)).toEqual([]);
  });

  it('finds every entity by each of its domains', () => {
    for (const e of entities) {
      for (const domain of e.domains) {
        expect(index.lookup(`https://${domain}/`)?.entity.id, domain).toBe(e.id);
      }
    }
  });
});
