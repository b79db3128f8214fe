/**
 * Which language "automatic" picks: the first English or Chinese entry of the user's preferred
 * languages, with Traditional for zh-TW, zh-HK, zh-MO and zh-Hant.
 */
import { describe, expect, it } from 'vitest';
import { languageOfTag, languageTag, resolveLanguage } from '../../../../lib/platform/i18n/i18n';

describe('languageOfTag', () => {
  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh_TW', 'zh-Hant'],
    ['ZH-tw', 'zh-Hant'],
    ['zh-CN', 'zh'],
    ['zh-SG', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hans-HK', 'zh'],
    ['zh', 'zh'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    ['ja', undefined],
    ['fr-CA', undefined],
    ['', undefined],
  ])('%s → %s', (tag, expected) => {
    expect(languageOfTag(tag)).toBe(expected);
  });
});

describe('resolveLanguage', () => {
  it.each([
    [['zh-TW', 'zh', 'en-US', 'en'], 'zh-Hant'],
    [['ja', 'zh-HK', 'en'], 'zh-Hant'],
    [['fr', 'en-GB', 'zh-TW'], 'en'],
    [['zh-CN', 'zh-TW'], 'zh'],
    [['de', 'ja'], 'en'],
    [[], 'en'],
    // The browser UI language comes last in the list: it decides only when nothing else does.
    [['de', 'zh-TW'], 'zh-Hant'],
  ])('auto with %j → %s', (preferred, expected) => {
    expect(resolveLanguage('auto', preferred)).toBe(expected);
  });

  it.each(['en', 'zh', 'zh-Hant'] as const)('a chosen language (%s) wins over preferences', (l) => {
    expect(resolveLanguage(l, ['zh-TW', 'en'])).toBe(l);
  });
});

describe('languageTag', () => {
  it.each([
    ['en', 'en'],
    ['zh', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
  ] as const)('%s is tagged %s', (lang, tag) => {
    expect(languageTag(lang)).toBe(tag);
  });
});
