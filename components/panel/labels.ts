/** Display names for the knowledge base's enumerations, in the current language's strings. */
import type { CapabilityCategory, EntityKind, Era } from '../../data/schema';
import type { panelStrings } from '../../lib/platform/i18n/strings/panel';

type T = (typeof panelStrings)['en'];

export function eraLabel(era: Era, t: T): string {
  return {
    background: t.eraBackground,
    'dispute-2017': t.eraDispute,
    interconnection: t.eraInterconnection,
    'reports-2025': t.eraReports,
  }[era];
}

export function categoryLabel(category: CapabilityCategory, t: T): string {
  return {
    payments: t.catPayments,
    logistics: t.catLogistics,
    links: t.catLinks,
    ads: t.catAds,
  }[category];
}

export function kindLabel(kind: EntityKind, t: T): string {
  return {
    company: t.kindCompany,
    platform: t.kindPlatform,
    service: t.kindService,
    product: t.kindProduct,
    regulator: t.kindRegulator,
    news: t.kindNews,
  }[kind];
}
