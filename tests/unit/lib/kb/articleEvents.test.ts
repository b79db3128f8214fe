import { describe, expect, it } from 'vitest';
import { events } from '../../../../data';
import { articleEvents, terms } from '../../../../lib/kb/articleEvents';
import { relatedEvents } from '../../../../lib/hint/content';

describe('articleEvents: the event a news article is about (issue 14)', () => {
  it.each([
    // [entities the page found, tab title, the event, what counting entities alone picked]
    [
      ['sf-express', 'cainiao', 'alibaba'],
      "China's postal regulator urges SF Express, Alibaba's Cainiao to end spat | Reuters",
      'post-bureau-steps-in',
    ],
    [
      ['wechat-pay', 'taobao', 'tmall'],
      '淘宝天猫已支持微信支付_腾讯新闻',
      'wechat-pay-officially-on-taobao',
    ],
    [
      ['alibaba'],
      'Alibaba fined record $2.8 billion in China antitrust probe - Reuters',
      'samr-fines-alibaba-exclusive-dealing',
    ],
    [
      ['sf-express', 'cainiao'],
      'SF Express and Cainiao resume data sharing after government mediation',
      'data-sharing-resumes',
    ],
    [
      ['wechat', 'taobao'],
      'WeChat to let users open Taobao links in private chats | SCMP',
      'wechat-direct-links-one-to-one',
    ],
    [['cainiao', 'hive-box'], '菜鸟与丰巢达成数据共享协议_新浪科技', 'cainiao-hive-box-settle'],
    [
      ['douyin', 'tencent'],
      'Douyin sues Tencent for monopoly over blocked content | CNBC',
      'douyin-sues-tencent',
    ],
  ] as const)('%j %s → %s', (ids, title, expected) => {
    expect(articleEvents(ids, title, events)[0]?.id).toBe(expected);
  });

  it('counting shared entities alone picked side events (what this replaces)', () => {
    const byCount = relatedEvents(['sf-express', 'cainiao', 'alibaba'], events)
      .slice(0, 2)
      .map((e) => e.id);
    expect(byCount).not.toContain('post-bureau-steps-in');
  });

  it('only events sharing an entity with the article', () => {
    const found = articleEvents(['jd'], 'Douyin sues Tencent', events);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((e) => e.entities.includes('jd'))).toBe(true);
    expect(articleEvents([], 'Douyin sues Tencent', events)).toEqual([]);
  });

  it('terms: English stems and Chinese pairs, possessives and short words dropped', () => {
    expect([...terms("China's postal regulator, to 淘宝天猫")]).toEqual([
      '淘宝',
      '宝天',
      '天猫',
      'chin',
      'post',
      'regu',
    ]);
  });
});
