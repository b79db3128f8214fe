/**
 * The options page's list of covered sites: one row per entity (WeChat is weixin.qq.com and
 * wechat.com, Caixin caixin.com and caixinglobal.com; a row per domain listed them twice), sorted
 * by the name the reader sees: alphabetically in English, by pinyin in Chinese.
 */
import type { Entity } from '../../data/schema';
import { kbText } from '../../data/text';
import type { Language } from '../../data/schema';
import type { SiteSwitches } from '../platform/storage/sites';

export interface SiteRow {
  entity: Entity;
  domains: readonly string[];
  /** Lower-case text a search matches against: names in both languages, aliases, domains. */
  haystack: string;
}

export function siteRows(entities: readonly Entity[]): SiteRow[] {
  return entities
    .filter((entity) => entity.domains.length > 0)
    .map((entity) => ({
      entity,
      domains: entity.domains,
      haystack: [...entity.domains, entity.name.en, entity.name.zh, ...entity.aliases]
        .join('\n')
        .toLowerCase(),
    }));
}

const collators = {
  en: new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
  // ICU's Chinese collation orders Han characters by pinyin (财新 before 京东 before 淘宝).
  zh: new Intl.Collator('zh', { numeric: true }),
  // Traditional Chinese collation orders by stroke count, as readers in Taiwan expect.
  'zh-Hant': new Intl.Collator('zh-Hant-TW', { numeric: true }),
} satisfies Record<Language, Intl.Collator>;

export function sortByName(rows: readonly SiteRow[], lang: Language): SiteRow[] {
  const collator = collators[lang];
  return [...rows].sort(
    (a, b) =>
      collator.compare(kbText(a.entity.name, lang), kbText(b.entity.name, lang)) ||
      collator.compare(a.domains[0] ?? '', b.domains[0] ?? ''),
  );
}

/** A row's switch is on while hints show on all its domains (only "off" is ever stored). */
export function rowEnabled(row: SiteRow, switches: SiteSwitches): boolean {
  return row.domains.every((domain) => switches[domain] !== false);
}
