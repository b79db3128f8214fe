/**
 * 繁體中文 is generated from the Simplified text (scripts/gen-hant.ts): the committed output must be
 * what the generator makes today, every Simplified string must have its Traditional form, and the
 * reviewed overrides must win over OpenCC.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { capabilities, entities, events, sources } from '../../../data';
import { bilingualTexts } from '../../../data/bilingual';
import { kbText, loadTraditional, traditionalLoaded } from '../../../data/text';
import { generatedHant, stringTables } from '../../../scripts/gen-hant';
import { OVERRIDES, toHantKb, toHantUi } from '../../../scripts/lib/hant';
import { hintStrings } from '../../../lib/platform/i18n/strings/hint';
import { panelStrings } from '../../../lib/platform/i18n/strings/panel';

const root = join(import.meta.dirname, '../../..');
const generated = await generatedHant();
const tables = await stringTables();

// Pages load the Traditional knowledge base on first need; until then kbText falls back to Simplified.
beforeAll(async () => {
  expect(traditionalLoaded()).toBe(false);
  const cainiao = entities.find((entity) => entity.id === 'cainiao');
  expect(cainiao && kbText(cainiao.name, 'zh-Hant')).toBe('菜鸟');
  await loadTraditional();
});

describe('generated Traditional Chinese', () => {
  it.each([...generated.keys()])('%s is up to date (run npm run gen)', (path) => {
    expect(readFileSync(join(root, path), 'utf8')).toBe(generated.get(path));
  });

  it.each([...tables.keys()])('%s has every Simplified string in Traditional', (name) => {
    const table = tables.get(name) as unknown as Record<
      'en' | 'zh' | 'zh-Hant',
      Record<string, string>
    >;
    expect(Object.keys(table['zh-Hant']).sort()).toEqual(Object.keys(table.zh).sort());
    for (const [key, simplified] of Object.entries(table.zh)) {
      const traditional = table['zh-Hant'][key] ?? '';
      expect(traditional, key).not.toBe('');
      // Placeholders are code, not text: conversion must leave them exactly as they are.
      const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]);
      expect(placeholders(traditional), key).toEqual(placeholders(simplified));
    }
  });

  it('reads as Taiwan Traditional in the UI', () => {
    expect(hintStrings['zh-Hant'].more).toBe('詳情');
    expect(hintStrings['zh-Hant'].hideSite).toBe('在本站隱藏');
    // Phrases, not only characters: 设置 → 設定, 打开 → 開啟.
    expect(toHantUi('打开设置')).toBe('開啟設定');
    expect(panelStrings['zh-Hant']).not.toEqual(panelStrings.zh);
  });

  it('has the Traditional form of every Chinese text of the knowledge base', () => {
    const kb = { entities, events, sources, capabilities };
    const texts = bilingualTexts(kb);
    const list = JSON.parse(generated.get('data/generated/hant.kb.json') ?? '[]') as string[];
    expect(list).toHaveLength(texts.length);
    for (const text of texts) expect(kbText(text, 'zh-Hant')).not.toBe('');
    const cainiao = entities.find((e) => e.id === 'cainiao');
    expect(cainiao && kbText(cainiao.name, 'zh-Hant')).toBe('菜鳥');
    expect(cainiao && kbText(cainiao.name, 'zh')).toBe('菜鸟');
    expect(cainiao && kbText(cainiao.name, 'en')).toBe('Cainiao');
  });
});

describe('override table', () => {
  it.each(OVERRIDES)('%s is %s in the UI and in the knowledge base', (simplified, traditional) => {
    expect(toHantUi(simplified)).toBe(traditional);
    expect(toHantKb(simplified)).toBe(traditional);
    expect(toHantUi(`由${simplified}提供`)).toContain(traditional);
  });

  it('keeps proper names: the ministry is never localized to 資訊', () => {
    expect(toHantUi('工业和信息化部的通知')).toBe('工業和信息化部的通知');
    for (const content of generated.values()) expect(content).not.toContain('工業和資訊化部');
    const kbList = generated.get('data/generated/hant.kb.json') ?? '';
    const miit = bilingualTexts({ entities, events, sources, capabilities }).filter((b) =>
      b.zh.includes('工业和信息化部'),
    );
    expect(miit.length).toBeGreaterThan(0);
    expect(kbList).toContain('工業和信息化部');
  });

  it.each([
    ['菜鸟', '菜鳥'],
    ['顺丰', '順豐'],
    ['丰巢', '豐巢'],
    ['支付宝', '支付寶'],
    ['微信支付', '微信支付'],
    ['京东物流', '京東物流'],
    ['国家邮政局', '國家郵政局'],
  ])(
    'shows %s as its official Traditional form %s in the knowledge base',
    (simplified, official) => {
      const texts = bilingualTexts({ entities, events, sources, capabilities });
      const holding = texts.filter((b) => b.zh.includes(simplified));
      expect(holding.length).toBeGreaterThan(0);
      for (const text of holding) expect(kbText(text, 'zh-Hant')).toContain(official);
    },
  );
});
