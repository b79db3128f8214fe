/**
 * Hutong's UI language is a setting the user can change at run time (English / 简体中文 /
 * 繁體中文), so UI strings live in typed tables here rather than in browser.i18n, which is fixed
 * to the browser's locale. `_locales/` holds only what the manifest needs.
 *
 * Traditional Chinese is never written by hand: scripts/gen-hant.ts converts every `zh` table with
 * OpenCC and the reviewed overrides in scripts/lib/hant.ts, and writes
 * data/generated/hant.<table>.json, which the tables import. Nothing is converted at run time.
 */
import type { Language } from '../../../data/schema';
import type { LanguageSetting } from '../storage/settings';

/** A string table: `zh` and `zh-Hant` have exactly the keys of `en` (compiler and a test). */
export interface Strings<K extends string> {
  en: Record<K, string>;
  /** Simplified Chinese, as written. */
  zh: Record<K, string>;
  /** Traditional Chinese, generated from `zh` (scripts/gen-hant.ts). */
  'zh-Hant': Record<K, string>;
}

/**
 * Every call carries a PURE annotation, so that a bundle drops the tables it does not use: the
 * in-page hint must not carry the background's strings (bench/bundles.bench.ts).
 */
export function defineStrings<K extends string>(
  tables: { en: Record<K, string>; zh: Record<K, string> },
  hant: Record<K, string>,
): Strings<K> {
  return { en: tables.en, zh: tables.zh, 'zh-Hant': hant };
}

/** Regions whose Chinese is written in Traditional characters when a tag names no script. */
const HANT_REGIONS = new Set(['tw', 'hk', 'mo']);

/** The language one BCP 47 tag asks for, if Hutong has it: "zh-TW" → zh-Hant, "en-GB" → en. */
export function languageOfTag(tag: string): Language | undefined {
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] === 'en') return 'en';
  if (parts[0] !== 'zh') return undefined;
  // A script subtag decides ("zh-Hant", "zh-Hans-HK"); otherwise the region does ("zh-TW").
  if (parts.includes('hant')) return 'zh-Hant';
  if (parts.includes('hans')) return 'zh';
  return parts.slice(1).some((part) => HANT_REGIONS.has(part)) ? 'zh-Hant' : 'zh';
}

/**
 * 'auto' follows the user's preferred languages in order (navigator.languages, then the browser's
 * UI language): the first English or Chinese one wins, so a reader who lists "ja, zh-TW, en" gets
 * Traditional Chinese even in an English browser. Nothing matching gives English.
 */
export function resolveLanguage(setting: LanguageSetting, preferred: readonly string[]): Language {
  if (setting !== 'auto') return setting;
  for (const tag of preferred) {
    const lang = languageOfTag(tag);
    if (lang !== undefined) return lang;
  }
  return 'en';
}

/** Replaces `{name}` placeholders; unknown placeholders are left visible so they get noticed. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * BCP 47 tag for `lang` attributes and Intl. Traditional is the Taiwan variant (README,
 * "Languages"), so its text says so: fonts and screen readers pick Traditional forms from it.
 */
export function languageTag(lang: Language): string {
  return lang === 'zh' ? 'zh-CN' : lang === 'zh-Hant' ? 'zh-TW' : 'en';
}
