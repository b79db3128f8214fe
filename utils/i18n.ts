/**
 * Hutong's UI language is a setting the user can change at run time (English / 简体中文), so UI
 * strings live in typed tables here rather than in browser.i18n, which is fixed to the browser's
 * locale. `_locales/` holds only what the manifest needs.
 */
import type { Language, LanguageSetting } from './storage';

/** A string table: `zh` must have exactly the keys of `en` (checked by the compiler and a test). */
export interface Strings<K extends string> {
  en: Record<K, string>;
  zh: Record<K, string>;
}

export function defineStrings<K extends string>(tables: Strings<K>): Strings<K> {
  return tables;
}

/** 'auto' follows the browser: any Chinese locale gets Chinese, everything else English. */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): Language {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Replaces `{name}` placeholders; unknown placeholders are left visible so they get noticed. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** BCP 47 tag for `lang` attributes and Intl. */
export function languageTag(lang: Language): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
