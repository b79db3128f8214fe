import { describe, expect, it } from 'vitest';
import { entities } from '../../../../data';
import { parseHistoryCap } from '../../../../lib/history/cap';
import { rowEnabled, siteRows, sortByName } from '../../../../lib/settings/siteRows';
import { plural } from '../../../../lib/platform/i18n/plural';
import { optionsStrings } from '../../../../lib/platform/i18n/strings/options';
import { historyStrings } from '../../../../lib/platform/i18n/strings/popup';

describe('plural', () => {
  const en = optionsStrings.en;
  const zh = optionsStrings.zh;
  it.each([
    [0, '0 entries stored.'],
    [1, '1 entry stored.'],
    [2, '2 entries stored.'],
    [1000, '1000 entries stored.'],
  ])('English, %i → %s', (count, text) => {
    expect(plural('en', count, { one: en.historyCountOne, other: en.historyCount })).toBe(text);
  });

  it.each([0, 1, 2])('Chinese has one form (%i)', (count) => {
    expect(plural('zh', count, { one: zh.historyCountOne, other: zh.historyCount })).toBe(
      `已保存 ${count} 条记录。`,
    );
  });

  it('fills other placeholders too', () => {
    const t = historyStrings.en;
    expect(plural('en', 1, { one: t.countOne, other: t.count }, { shown: 1, total: 1 })).toBe(
      '1 of 1 entry',
    );
    expect(plural('en', 5, { one: t.countOne, other: t.count }, { shown: 2, total: 5 })).toBe(
      '2 of 5 entries',
    );
  });
});

describe('parseHistoryCap', () => {
  it.each([
    ['1000', { ok: true, value: 1000 }],
    [' 250 ', { ok: true, value: 250 }],
    ['100', { ok: true, value: 100 }],
    ['20000', { ok: true, value: 20000 }],
    ['', { ok: false, reason: 'empty' }],
    ['   ', { ok: false, reason: 'empty' }],
    ['99', { ok: false, reason: 'invalid' }],
    ['20001', { ok: false, reason: 'invalid' }],
    ['0', { ok: false, reason: 'invalid' }],
    ['-500', { ok: false, reason: 'invalid' }],
    ['150.5', { ok: false, reason: 'invalid' }],
    ['1e3', { ok: false, reason: 'invalid' }],
  ])('%j → %j', (text, result) => {
    expect(parseHistoryCap(text, 100, 20_000)).toEqual(result);
  });
});

describe('site rows', () => {
  const rows = siteRows(entities);

  it('list each site once, with all its domains', () => {
    const ids = rows.map((row) => row.entity.id);
    expect(new Set(ids).size).toBe(ids.length);
    const domains = rows.flatMap((row) => row.domains);
    expect(new Set(domains).size).toBe(domains.length);
    expect(rows.find((row) => row.entity.id === 'wechat')?.domains).toEqual([
      'weixin.qq.com',
      'wechat.com',
    ]);
    expect(rows.filter((row) => row.entity.name.en === 'Caixin')).toHaveLength(1);
    expect(rows.every((row) => row.domains.length > 0)).toBe(true);
  });

  it('sort by the English name in English, not by domain', () => {
    const names = sortByName(rows, 'en').map((row) => row.entity.name.en);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    // UnionPay (95516.com) once came first because its domain starts with a digit.
    expect(names[0]).not.toBe('UnionPay');
  });

  it('sort by pinyin in Chinese', () => {
    const pick = (ids: string[]) =>
      sortByName(
        rows.filter((row) => ids.includes(row.entity.id)),
        'zh',
      ).map((row) => row.entity.name.zh);
    // cái xīn, jīng dōng, táo bǎo, wēi xìn
    expect(pick(['wechat', 'taobao', 'jd', 'caixin'])).toEqual(['财新', '京东', '淘宝', '微信']);
  });

  it('a row is on while no domain of it is switched off', () => {
    const wechat = rows.find((row) => row.entity.id === 'wechat');
    if (!wechat) throw new Error('no WeChat row');
    expect(rowEnabled(wechat, {})).toBe(true);
    expect(rowEnabled(wechat, { 'jd.com': false })).toBe(true);
    expect(rowEnabled(wechat, { 'wechat.com': false })).toBe(false);
  });
});
