import { describe, expect, it } from 'vitest';
import { entities as realEntities, events as realEvents } from '../../../../data';
import type { Entity, Event } from '../../../../data/schema';
import { createSearchIndex } from '../../../../lib/kb/search';
import { highlightRanges } from '../../../../lib/kb/searchText';

function entity(id: string, en: string, zh: string, aliases: string[] = [], about = ''): Entity {
  return {
    id,
    kind: 'company',
    name: { en, zh },
    aliases,
    description: { en: about || `About ${id}.`, zh: about || `关于${id}。` },
    domains: [],
  };
}

function event(
  id: string,
  start: string,
  title: [string, string],
  summary: [string, string] = ['Summary.', '摘要。'],
): Event {
  return {
    id,
    ref: 'A1',
    date: { start },
    era: 'dispute-2017',
    title: { en: title[0], zh: title[1] },
    summary: { en: summary[0], zh: summary[1] },
    entities: ['x'],
    sources: ['s'],
    confidence: 'high',
  };
}

const entities = [
  entity('wechat', 'WeChat', '微信', ['Weixin']),
  entity('wechat-pay', 'WeChat Pay', '微信支付', ['Weixin Pay', 'Tenpay']),
  entity('alipay', 'Alipay', '支付宝', ['Zhifubao']),
  entity('cainiao', 'Cainiao', '菜鸟', ['Cainiao Network', '菜鸟网络']),
  entity('hive-box', 'Hive Box', '丰巢', ['Fengchao', 'FCBox', '丰巢科技']),
  entity('sf-express', 'SF Express', '顺丰速运', ['SF', 'Shunfeng', '顺丰']),
  entity('taobao', 'Taobao', '淘宝', ['淘宝网']),
];

const events: Event[] = [
  {
    ...event(
      'sf-cainiao-dispute',
      '2017-06-01',
      ['Cainiao and SF Express cut off data', '菜鸟与顺丰互停数据接口'],
      ['A fight over parcel data from Hive Box lockers.', '起因是丰巢快递柜的包裹数据。'],
    ),
    claims: [
      { party: 'cainiao', text: { en: 'SF shut the interface first.', zh: '顺丰先关闭了接口。' } },
      { party: 'sf-express', text: { en: 'Cainiao asked for data.', zh: '菜鸟索要数据。' } },
    ],
  },
  event(
    'taobao-wechat-pay',
    '2024-09-27',
    ['Taobao accepts WeChat Pay', '淘宝接入微信支付'],
    ['Shoppers can pay with WeChat on Taobao.', '消费者可在淘宝用微信付款。'],
  ),
  event('links-unblocked', '2021-09', [
    'MIIT orders platforms to unblock links',
    '工信部要求平台解除屏蔽网址链接',
  ]),
];

const index = createSearchIndex({ entities, events });
const ids = (query: string) => index.search(query).map((hit) => hit.id);

describe('search on fixture data', () => {
  it.each([
    ['wechat pay', 'wechat-pay'],
    ['WeChat Pay', 'wechat-pay'],
    ['微信支付', 'wechat-pay'],
    ['ＷｅＣｈａｔ', 'wechat'],
    ['wechat', 'wechat'],
    ['微信', 'wechat'],
    ['菜鸟', 'cainiao'],
    ['cainiao', 'cainiao'],
    ['Hive Box', 'hive-box'],
    ['hivebox', 'hive-box'],
    ['丰巢', 'hive-box'],
    ['Fengchao', 'hive-box'],
    ['fcbox', 'hive-box'],
    ['shunfeng', 'sf-express'],
    ['顺丰', 'sf-express'],
    ['ＳＦ', 'sf-express'],
    ['sf-express', 'sf-express'],
    ['支付宝', 'alipay'],
    ['zhifubao', 'alipay'],
    ['2017', 'sf-cainiao-dispute'],
    ['２０２４', 'taobao-wechat-pay'],
    ['工信部', 'links-unblocked'],
    ['unblock links', 'links-unblocked'],
    ['pay wechat', 'wechat-pay'],
    ['  wechat　pay  ', 'wechat-pay'],
  ])('%j ranks %s first', (query, first) => {
    expect(ids(query)[0]).toBe(first);
  });

  it.each([
    ['支付', ['wechat-pay', 'alipay', 'taobao-wechat-pay']],
    ['taobao wechat', ['taobao-wechat-pay']],
    ['淘宝 微信', ['taobao-wechat-pay']],
    ['丰巢', ['hive-box', 'sf-cainiao-dispute']],
    ['顺丰 菜鸟', ['sf-cainiao-dispute']],
    ['cainiao xyz', []],
    ['06', []],
    ['', []],
    ['   ', []],
    ['　', []],
  ])('%j finds exactly %j', (query, expected) => {
    expect(ids(query).sort()).toEqual([...expected].sort());
  });

  it('names the field of the best match', () => {
    expect(index.search('微信支付')[0]).toMatchObject({ kind: 'entity', field: 'name.zh' });
    expect(index.search('Fengchao')[0]).toMatchObject({ field: 'aliases' });
    expect(index.search('2017')[0]).toMatchObject({ kind: 'event', field: 'date' });
    expect(index.search('互停')[0]).toMatchObject({ kind: 'event', field: 'title.zh' });
    expect(index.search('接口')[0]).toMatchObject({ field: 'title.zh' });
    expect(index.search('索要')[0]).toMatchObject({ field: 'claims.zh' });
  });

  it('gives the same answers typed keystroke by keystroke as typed at once', () => {
    const typed = createSearchIndex({ entities, events });
    const query = 'wechat pay';
    for (let i = 1; i <= query.length; i++) {
      expect(typed.search(query.slice(0, i))).toEqual(
        createSearchIndex({ entities, events }).search(query.slice(0, i)),
      );
    }
    // Deleting and retyping must not reuse a narrower candidate set.
    expect(typed.search('we').map((h) => h.id)).toEqual(ids('we'));
    expect(typed.search('alipay').map((h) => h.id)).toEqual(['alipay']);
  });

  it('honours the limit', () => {
    expect(index.search('a', { limit: 2 })).toHaveLength(2);
    expect(index.search('a').length).toBeGreaterThan(2);
  });
});

describe('search ranking', () => {
  const ranked = createSearchIndex({
    entities: [
      entity('alias-substring', 'Lockers Inc', '储物柜', ['The Box Co', 'Lockbox']),
      entity('name-prefix', 'Box Office', '票房'),
      entity('exact', 'Box', '盒子'),
      entity('alias-exact', 'Crate', '板条箱', ['box']),
    ],
    events: [
      event('summary', '2017', ['Nothing here', '无'], ['A box arrived.', '盒子到了。']),
      event('title', '2017', ['A box arrives', '盒子来了']),
    ],
  });

  it('ranks exact name, exact alias, name prefix, title, alias substring, then summary', () => {
    expect(ranked.search('box').map((h) => h.id)).toEqual([
      'exact',
      'alias-exact',
      'name-prefix',
      'title',
      'alias-substring',
      'summary',
    ]);
    const scores = ranked.search('box').map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('ranks more matched fields higher, then by date, then by id', () => {
    const tie = createSearchIndex({
      entities: [],
      events: [
        event('b-late', '2021', ['Links', '链接']),
        event('a-late', '2021', ['Links', '链接']),
        event('early', '2017', ['Links', '链接']),
        event('also-summary', '2024', ['Links', '链接'], ['Links again.', '链接。']),
      ],
    });
    expect(tie.search('links').map((h) => h.id)).toEqual([
      'also-summary',
      'early',
      'a-late',
      'b-late',
    ]);
  });
});

describe('highlightRanges', () => {
  it.each<[string, string, [number, number][]]>([
    ['WeChat Pay', 'wechat', [[0, 6]]],
    ['WeChat Pay', 'ＷｅＣｈａｔ', [[0, 6]]],
    ['ＷｅＣｈａｔ Pay', 'wechat', [[0, 6]]],
    [
      'WECHAT wechat',
      'wechat',
      [
        [0, 6],
        [7, 13],
      ],
    ],
    [
      'WeChat Pay',
      'pay wechat',
      [
        [0, 6],
        [7, 10],
      ],
    ],
    // Latin terms match where words start, never inside one: "chat" is not marked in "WeChat".
    ['WeChat Pay', 'chat pay', [[7, 10]]],
    ['Alipay and WeChat Pay', 'pay', [[18, 21]]],
    ['WeChat payment', 'pay', [[7, 10]]],
    ['淘宝接入微信支付', '支付', [[6, 8]]],
    [
      '淘宝接入微信支付',
      '微信 淘宝',
      [
        [0, 2],
        [4, 6],
      ],
    ],
    ['微信支付', '微信 支付', [[0, 4]]],
    ['aaa', 'aa', [[0, 2]]],
    // Either script marks the other: 菜鳥 in Simplified text, 菜鸟 in Traditional text.
    [
      '菜鸟与顺丰',
      '菜鳥 順豐',
      [
        [0, 2],
        [3, 5],
      ],
    ],
    ['京東物流與菜鳥', '菜鸟', [[5, 7]]],
    ['２０１７年６月', '2017', [[0, 4]]],
    // Folding changes lengths; ranges still point into the original.
    [
      'ﬁle ﬁnder',
      'fi',
      [
        [0, 1],
        [4, 5],
      ],
    ],
    ['Cafe\u0301 Box', 'café', [[0, 5]]],
    [
      '平成 ㍻',
      '平成',
      [
        [0, 2],
        [3, 4],
      ],
    ],
    ['🙂微信', '微信', [[2, 4]]],
    ['WeChat Pay', '', []],
    ['', 'wechat', []],
    ['WeChat Pay', 'alipay', []],
  ])('%j with %j → %j', (text, query, ranges) => {
    expect(highlightRanges(text, query)).toEqual(ranges);
  });
});

describe('search on the real knowledge base', () => {
  const real = createSearchIndex({ entities: realEntities, events: realEvents });

  it.each([
    ['微信支付', 'wechat-pay'],
    ['WeChat Pay', 'wechat-pay'],
    ['ＷｅＣｈａｔ', 'wechat'],
    ['菜鸟', 'cainiao'],
    ['Hive Box', 'hive-box'],
    ['丰巢', 'hive-box'],
    ['顺丰', 'sf-express'],
    ['淘宝', 'taobao'],
    ['Fengchao', 'hive-box'],
    ['shunfeng', 'sf-express'],
    ['工信部', 'miit'],
    ['SPB', 'state-post-bureau'],
    ['tencent cloud', 'tencent-cloud'],
    ['jd', 'jd'],
  ])('%j ranks %s first', (query, first) => {
    expect(real.search(query)[0]?.id).toBe(first);
  });

  it('finds both payment services for 支付, and the AND of two terms', () => {
    const payIds = real.search('支付').map((h) => h.id);
    expect(payIds).toEqual(expect.arrayContaining(['alipay', 'wechat-pay']));
    const all = (q: string) => real.search(q, { limit: 1000 }).map((h) => h.id);
    const both = all('taobao wechat');
    expect(both.length).toBeGreaterThan(0);
    expect(all('taobao')).toEqual(expect.arrayContaining(both));
    expect(all('wechat')).toEqual(expect.arrayContaining(both));
    expect(both.length).toBeLessThan(Math.min(all('taobao').length, all('wechat').length));
  });

  it('finds every entity by its own names', () => {
    for (const e of realEntities) {
      expect(
        real.search(e.name.en).map((h) => h.id),
        e.name.en,
      ).toContain(e.id);
      expect(
        real.search(e.name.zh).map((h) => h.id),
        e.name.zh,
      ).toContain(e.id);
    }
  });

  it('finds every event by its own titles', () => {
    for (const e of realEvents) {
      expect(
        real.search(e.title.en, { limit: 1000 }).map((h) => h.id),
        e.title.en,
      ).toContain(e.id);
      expect(
        real.search(e.title.zh, { limit: 1000 }).map((h) => h.id),
        e.title.zh,
      ).toContain(e.id);
    }
  });
});

describe('search ranking on the real knowledge base (issue 14, item 5)', () => {
  const real = createSearchIndex({ entities: realEntities, events: realEvents });
  const all = (q: string) => real.search(q, { limit: 1000 });
  const text = (id: string) => {
    const e = realEvents.find((x) => x.id === id);
    return e ? [e.title.en, e.summary.en, ...(e.claims ?? []).map((c) => c.text.en)].join(' ') : '';
  };

  it('"wechat pay" never matches "pay" inside Alipay', () => {
    const ids = all('wechat pay').map((h) => h.id);
    expect(ids).not.toContain('wechat-blocks-alipay-red-envelopes');
    expect(ids).not.toContain('alipay-transfers-to-wechat-friends');
    for (const id of ids.filter((id) => realEvents.some((e) => e.id === id))) {
      expect(text(id), id).toMatch(/\bpay/i);
    }
  });

  it('"wechat pay" puts WeChat Pay itself first, then events titled with the whole phrase', () => {
    const hits = all('wechat pay');
    expect(hits[0]?.id).toBe('wechat-pay');
    const events = hits.filter((h) => h.kind === 'event');
    const titled = (id: string) =>
      /wechat pay\b/i.test(realEvents.find((e) => e.id === id)?.title.en ?? '');
    const firstOther = events.findIndex((h) => !titled(h.id));
    expect(firstOther).toBeGreaterThan(0);
    expect(events.slice(firstOther).some((h) => titled(h.id))).toBe(false);
    // The key 2024 event is among the first matches, not far down in date order.
    expect(
      events
        .slice(0, 5)
        .map((h) => h.id)
        .includes('wechat-pay-officially-on-taobao'),
    ).toBe(true);
  });

  it('"微信支付" puts WeChat Pay first, then events with 微信支付 in their titles', () => {
    const hits = all('微信支付');
    expect(hits[0]?.id).toBe('wechat-pay');
    const events = hits.filter((h) => h.kind === 'event');
    const titled = (id: string) =>
      (realEvents.find((e) => e.id === id)?.title.zh ?? '').includes('微信支付');
    const firstOther = events.findIndex((h) => !titled(h.id));
    expect(firstOther).toBeGreaterThan(0);
    expect(events.slice(firstOther).some((h) => titled(h.id))).toBe(false);
    expect(
      events
        .slice(0, firstOther)
        .map((h) => h.id)
        .includes('wechat-pay-officially-on-taobao'),
    ).toBe(true);
  });

  it('ranks a whole word above a word it only starts', () => {
    const index = createSearchIndex({
      entities: [],
      events: [
        event('prefix', '2017', ['WeChat payment codes', '微信付款码']),
        event('whole', '2024', ['Taobao takes WeChat Pay', '淘宝接入微信支付']),
      ],
    });
    expect(index.search('wechat pay').map((h) => h.id)).toEqual(['whole', 'prefix']);
  });

  it.each([
    ['菜鳥', '菜鸟'],
    ['順豐', '顺丰'],
    ['豐巢', '丰巢'],
    ['支付寶', '支付宝'],
    ['京東物流', '京东物流'],
    ['國家郵政局', '国家邮政局'],
    ['工業和信息化部', '工业和信息化部'],
  ])('%s (Traditional) finds exactly what %s finds', (traditional, simplified) => {
    const found = all(simplified).map((h) => h.id);
    expect(found.length).toBeGreaterThan(0);
    expect(all(traditional).map((h) => h.id)).toEqual(found);
  });

  it('finds Traditional text with a Simplified query', () => {
    const index = createSearchIndex({
      entities: [entity('cainiao', 'Cainiao', '菜鳥')],
      events: [event('hk', '2017', ['Cainiao in Hong Kong', '菜鳥在香港'])],
    });
    expect(index.search('菜鸟').map((h) => h.id)).toEqual(['cainiao', 'hk']);
  });
});
