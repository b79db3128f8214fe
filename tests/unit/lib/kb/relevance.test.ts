import { describe, expect, it } from 'vitest';
import { entities } from '../../../../data';
import aliases from '../../../../data/generated/aliases.json';
import publishers from '../../../../data/generated/publishers.json';
import { publisherOf, scoreArticle, type AliasEntry } from '../../../../lib/kb/relevance';
import { extractArticle } from '../../../../lib/news/articleText';
import { headline as headlineOf } from '../../../../lib/kb/headline';
import { prescreen, undecidable } from '../../../../lib/news/prescreen';
import { generatedAliases, generatedPublishers } from '../../../../scripts/gen-aliases';

const table = aliases as AliasEntry[];
const headline = (title: string) => scoreArticle({ title, headings: [], body: '' }, table);

describe('alias table', () => {
  it('is in sync with data/entities.json (run `npx tsx scripts/gen-aliases.ts`)', () => {
    expect(table).toEqual(generatedAliases(entities));
  });

  it('leaves news outlets out: their names are on every one of their pages', () => {
    const ids = new Set(table.map(([id]) => id));
    for (const entity of entities.filter((e) => e.kind === 'news')) {
      expect(ids.has(entity.id)).toBe(false);
    }
  });
});

describe('scoreArticle: real headlines', () => {
  it.each([
    // Reuters, 2 June 2017
    [
      "China's postal regulator urges SF Express, Alibaba's Cainiao to end spat",
      ['alibaba', 'cainiao', 'sf-express'],
    ],
    // SCMP, 2024
    ["JD.com to accept Alipay as 'walled gardens' fall", ['alipay', 'jd']],
    [
      'Tencent and Alibaba start to tear down walls between their platforms',
      ['alibaba', 'tencent'],
    ],
    ['Taobao begins accepting WeChat Pay in latest sign of thaw', ['taobao', 'wechat-pay']],
    // 南方都市报-style Chinese headlines
    ['淘宝天猫正式接入微信支付', ['taobao', 'tmall', 'wechat-pay']],
    ['顺丰菜鸟数据之争：国家邮政局出面协调', ['cainiao', 'sf-express']],
    ['京东物流正式接入淘宝天猫', ['jd-logistics', 'taobao', 'tmall']],
    ['支付宝重回京东', ['alipay', 'jd']],
  ])('%s', (title, expected) => {
    const result = headline(title);
    expect(result.relevant).toBe(true);
    for (const id of expected) expect(result.entityIds).toContain(id);
  });

  it.each([
    'Copper prices rise as mines report lower output',
    'Apple unveils a thinner iPhone',
    "Alibaba's quarterly revenue beats estimates on cloud growth",
    'Tencent shares climb after strong gaming quarter',
    '今年国庆假期国内旅游人次创新高',
    '菜鸟也能学会的家常菜做法',
    'Muhammad Ali documentary wins award',
    'SF Giants win in extra innings',
  ])('off topic: %s', (title) => {
    expect(headline(title).relevant).toBe(false);
  });

  it('prefers the longest name: 微信支付 is WeChat Pay, not also WeChat', () => {
    const { scores } = headline('微信支付');
    expect(scores['wechat-pay']).toBeGreaterThan(0);
    expect(scores.wechat).toBeUndefined();
  });

  it('matches short acronyms only as written, and only as whole words', () => {
    expect(headline('SF Express and Cainiao').scores['sf-express']).toBeGreaterThan(0);
    expect(headline('the sf bay area').scores['sf-express']).toBeUndefined();
    expect(headline('JDX tests').scores.jd).toBeUndefined();
    expect(headline('Jingdong and Alipay').scores.jd).toBeGreaterThan(0);
  });

  it('counts full-width and mixed-case names', () => {
    expect(headline('ＷｅＣｈａｔ Ｐａｙ on TAOBAO').relevant).toBe(true);
  });

  it('a passing mention deep in a long body does not make an article relevant', () => {
    const filler = 'Markets were mixed on Tuesday as investors weighed data. '.repeat(60);
    const result = scoreArticle(
      {
        title: 'Oil edges higher',
        headings: [],
        body: `${filler} Alibaba also reported. ${filler}`,
      },
      table,
    );
    expect(result.relevant).toBe(false);
  });
});

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('extractArticle', () => {
  it('reads the article and skips navigation, sidebars, related lists and footers', () => {
    const page = doc(`<!doctype html><title>Copper rises</title><body>
      <nav><a>Alibaba</a><a>Tencent</a></nav>
      <main><article><h1>Copper rises</h1><p>Copper climbed.</p>
        <aside>Taobao WeChat Pay</aside></article>
      <section class="related-stories"><ul><li><a>SF and Cainiao end spat</a></li>
        <li><a>WeChat Pay on Taobao</a></li><li><a>JD accepts Alipay</a></li></ul></section></main>
      <footer>JD Alipay Taobao</footer></body>`);
    const article = extractArticle(page);
    expect(article.title).toBe('Copper rises');
    expect(article.headings).toEqual(['Copper rises']);
    expect(article.body).toContain('Copper climbed.');
    expect(article.body).not.toMatch(/Alibaba|Taobao|Cainiao|Alipay/);
    expect(scoreArticle(article, table).relevant).toBe(false);
  });

  it('skips link lists even outside named containers', () => {
    const page = doc(`<title>x</title><main><p>Text.</p><ul>
      <li><a>Cainiao and SF</a></li><li><a>Taobao and WeChat Pay</a></li><li><a>JD and Alipay</a></li>
      </ul></main>`);
    expect(extractArticle(page).body).not.toContain('Cainiao');
  });

  it('an on-topic article passes', () => {
    const page = doc(`<title>SF Express and Cainiao trade blame</title><article>
      <h1>SF Express and Cainiao trade blame</h1><p>SF Express said Cainiao asked for data.
      Cainiao said SF Express stopped sharing the data.</p></article>`);
    const result = scoreArticle(extractArticle(page), table);
    expect(result.relevant).toBe(true);
    expect(result.entityIds.slice(0, 2).sort()).toEqual(['cainiao', 'sf-express']);
  });
});

const article = (title: string, body = '', headings: string[] = []) =>
  scoreArticle({ title, headings, body }, table);

describe('scoreArticle: a story signal, not a name', () => {
  it.each([
    // One subject and the story named.
    [
      "WeChat chops link-blocking at regulators' request",
      'WeChat said on Friday that WeChat users may open outside links in private chats.',
    ],
    [
      'Tencent says it will unblock rivals’ links in phases',
      'Tencent said it supports the ministry; Tencent will open links in stages.',
    ],
    [
      '阿里巴巴：将按要求解除屏蔽',
      '阿里巴巴表示，互联是互联网的初心，阿里巴巴将与其他平台相向而行。',
    ],
    // Two subjects and a crossing between them.
    ['Taobao begins accepting WeChat Pay', ''],
    ['京东物流接入淘宝天猫', ''],
    [
      'China fines Alibaba a record sum',
      'The State Administration for Market Regulation fined Alibaba for forcing merchants to choose one of two platforms. Alibaba accepted the penalty.',
    ],
  ])('on topic: %s', (title, body) => {
    expect(article(title, body).relevant).toBe(true);
  });

  it.each([
    // One company and its own products: one subject, whatever the count of names.
    [
      'Alibaba cuts prices of its Qwen models as Taobao and DingTalk add AI',
      'Alibaba Cloud said Taobao, Tmall and DingTalk will use the models.',
    ],
    ['腾讯发布混元大模型，微信和QQ接入', '腾讯表示，微信、QQ、腾讯云都将使用混元。'],
    [
      'Tencent results: WeChat Pay revenue grows',
      'Tencent said WeChat and WeChat Pay kept growing; QQ users fell.',
    ],
    // Two companies with nothing crossing between them.
    ['Hong Kong stocks rise as Alibaba, Tencent and JD lead tech rebound', ''],
    ['JD.com and Alibaba skip sales figures for 618 festival', ''],
  ])('off topic: %s', (title, body) => {
    expect(article(title, body).relevant).toBe(false);
  });

  it('reports the entities of every subject, a company and its products together', () => {
    const result = article('Taobao and Tmall start accepting WeChat Pay');
    expect(result.entityIds).toEqual(expect.arrayContaining(['taobao', 'tmall', 'wechat-pay']));
  });

  it("counts the publisher's own group only where the article names it", () => {
    const body =
      '腾讯新闻讯 国铁集团发布消息，春运客流创新高，微信扫码乘车推广。腾讯新闻客户端。'.repeat(3);
    expect(article('春运收官：铁路客流创新高', body).scores.tencent).toBeGreaterThan(0);
    const asPublisher = scoreArticle(
      { title: '春运收官：铁路客流创新高', headings: [], body },
      table,
      'tencent',
    );
    expect(asPublisher.scores.tencent).toBeUndefined();
    expect(asPublisher.scores.wechat).toBeUndefined();
    // In the title it is the subject, publisher or not.
    const named = scoreArticle(
      { title: '微信支付接入淘宝 打通支付壁垒', headings: [], body: '' },
      table,
      'tencent',
    );
    expect(named.relevant).toBe(true);
  });
});

describe('headline: the publisher brand is not the headline', () => {
  it.each([
    ['SF Express, Cainiao end spat - Reuters', 'SF Express, Cainiao end spat'],
    ['春运收官：铁路客流创新高_腾讯新闻', '春运收官：铁路客流创新高'],
    ['Taobao takes WeChat Pay | Tech | Financial Times', 'Taobao takes WeChat Pay'],
    ['淘宝接入微信支付｜36氪', '淘宝接入微信支付'],
    ['A headline with no suffix', 'A headline with no suffix'],
    ['Tencent – a short one', 'Tencent – a short one'],
  ])('%s', (title, expected) => {
    expect(headlineOf(title)).toBe(expected);
  });
});

describe('extractArticle: page chrome and the publisher are not the article', () => {
  const portal = (content: string) =>
    doc(`<title>春运收官：铁路客流创新高_腾讯新闻</title><body>
      <div class="top-bar"><a>腾讯网</a><a>微信</a><a>QQ</a></div>
      <div class="promo-banner">下载腾讯新闻APP，微信扫一扫</div>
      <div class="video-player">腾讯视频 QQ 微信 腾讯 微信支付</div>
      <div class="w1000"><div class="main-col"><h1>春运收官：铁路客流创新高</h1>${content}</div>
        <div class="side">腾讯 阿里巴巴 京东 淘宝 微信支付 支付宝</div></div>
      <div class="comment-box">网友：淘宝和微信支付什么时候打通？</div>
      <div class="foot-info">Copyright © 1998 - 2024 Tencent. All Rights Reserved 腾讯公司 版权所有</div>
      </body>`);
  const paragraphs =
    '<p>国铁集团发布消息，今年春运期间全国铁路累计发送旅客4.8亿人次，同比增长，客流创历史新高。</p>'.repeat(
      4,
    );

  it('finds the main text of a page with no article element', () => {
    const text = extractArticle(portal(paragraphs));
    expect(text.body).toContain('国铁集团');
    expect(text.body).not.toMatch(/腾讯|微信|淘宝|版权/);
    expect(text.title).toBe('春运收官：铁路客流创新高');
    expect(scoreArticle(text, table).relevant).toBe(false);
  });

  it.each([
    ['a copyright line', '<p>© 2024 Alibaba Group. All rights reserved. Taobao Tmall</p>'],
    ['a share bar', '<div class="share-bar">Share to WeChat, Weibo, QQ</div>'],
    ['a comment thread', '<div id="comments">Taobao should take WeChat Pay!</div>'],
    ['an ad', '<div class="ad">Shop on JD with Alipay</div>'],
  ])('skips %s', (_what, html) => {
    const text = extractArticle(
      doc(
        `<title>Copper rises</title><article><h1>Copper rises</h1><p>Copper climbed.</p>${html}</article>`,
      ),
    );
    expect(text.body).not.toMatch(/Taobao|WeChat|Alipay|Tmall/);
  });

  it('a portal page about the story still passes', () => {
    const page = doc(`<title>淘宝天猫已支持微信支付_腾讯新闻</title><body>
      <div class="top-bar"><a>腾讯网</a></div><div class="main-col"><h1>淘宝天猫已支持微信支付</h1>
      ${'<p>淘宝发文宣布，已支持支付宝、微信支付等多种支付方式，平台之间的支付壁垒正在拆除。</p>'.repeat(3)}
      </div></body>`);
    expect(scoreArticle(extractArticle(page), table, 'tencent').relevant).toBe(true);
  });
});

describe('prescreen: title and address decide whether the detector runs', () => {
  it.each([
    [
      'https://www.reuters.com/a/1',
      "China's postal regulator urges SF Express, Cainiao to end spat",
    ],
    ['https://www.thepaper.cn/newsDetail_forward_1', '菜鸟回应与顺丰之争'],
    ['https://www.ft.com/content/x', 'Walled gardens fall in Chinese tech'],
    ['https://www.weekinchina.com/2017/07/wangs-war-with-jack-ma/', "Wang's war with Jack Ma"],
    ['https://www.scmp.com/tech/3284482/jdcom-accept-alipay', 'Walls come down'],
    ['https://www.ft.com/content/x', ''],
  ])('%s "%s" may be on topic', (url, title) => {
    expect(prescreen(url, title, table)).toBe(true);
  });

  it.each([
    ['https://www.reuters.com/sports/nba-finals', 'Celtics win the NBA finals'],
    ['https://www.nytimes.com/2024/01/01/us/giants.html', 'San Francisco Giants sign a pitcher'],
    ['https://www.thepaper.cn/newsDetail_forward_2', '今年国庆假期国内旅游人次创新高'],
  ])('%s "%s" is not', (url, title) => {
    expect(prescreen(url, title, table)).toBe(false);
  });

  it("lets a title through that has no headline once the outlet's own names are gone", () => {
    const paper = ['The Paper', '澎湃新闻', 'Pengpai'];
    // A real junk title of an on-topic article (2017): nothing in it can decide.
    expect(undecidable('+1_10%公司_澎湃新闻-The Paper', paper)).toBe(true);
    expect(
      prescreen(
        'https://www.thepaper.cn/newsDetail_forward_1693093',
        '+1_10%公司_澎湃新闻-The Paper',
        table,
        undefined,
        paper,
      ),
    ).toBe(true);
    // A short but real headline decides.
    expect(undecidable('春运收官_澎湃新闻', paper)).toBe(false);
    expect(undecidable('Celtics win NBA finals - The Paper', paper)).toBe(false);
    expect(undecidable('The Paper', paper)).toBe(true);
  });

  it("does not count the publisher's own group", () => {
    expect(prescreen('https://news.qq.com/rain/a/1', '春运收官_腾讯新闻', table, 'tencent')).toBe(
      false,
    );
    expect(
      prescreen('https://news.qq.com/rain/a/1', '淘宝接入微信支付_腾讯新闻', table, 'tencent'),
    ).toBe(true);
  });
});

describe('publisherOf', () => {
  it.each([
    ['news.qq.com', 'tencent'],
    ['NEW.QQ.COM', 'tencent'],
    ['www.reuters.com', undefined],
    ['im.qq.com', undefined],
    ['evilnews.qq.com.example', undefined],
  ])('%s → %s', (host, group) => {
    expect(publisherOf(host, publishers as [string, string][])).toBe(group);
  });

  it('is in sync with data/entities.json (npm run gen)', () => {
    expect(publishers).toEqual(generatedPublishers(entities));
  });
});
