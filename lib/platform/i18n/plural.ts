/**
 * Counted phrases in the current language: "1 entry", "2 entries". English has a form for one and
 * one for everything else; Chinese has one form (PluralRules says 'other' for every number), so its
 * tables repeat the same text under both keys. Placeholders are filled as by fill() in ./i18n.
 */
import { fill, languageTag } from './i18n';
import type { Language } from '../../../data/schema';

const rules = new Map<Language, Intl.PluralRules>();

export function plural(
  lang: Language,
  count: number,
  forms: { one: string; other: string },
  params: Record<string, string | number> = {},
): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(languageTag(lang));
    rules.set(lang, rule);
  }
  const template = rule.select(count) === 'one' ? forms.one : forms.other;
  return fill(template, { count, ...params });
}
