import { describe, expect, it } from 'vitest';
import { entities } from '../../data';
import aliases from '../../lib/generated/aliases.json';
import { extractArticle, scoreArticle, type AliasEntry } from '../../lib/relevance';
import { generatedAliases } from '../../scripts/gen-aliases';

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
      Cainiao said SF Express closed the interface.</p></article>`);
    const result = scoreArticle(extractArticle(page), table);
    expect(result.relevant).toBe(true);
    expect(result.entityIds.slice(0, 2).sort()).toEqual(['cainiao', 'sf-express']);
  });
});
