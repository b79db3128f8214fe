/**
 * Match patterns generated from the knowledge base's domains, so that where content scripts run
 * and what the site index recognises can never disagree (tests/unit/lib/kb/matchPatterns.test.ts).
 */
import type { Entity } from '../../data/schema';

/** `*://*.example.com/*` matches example.com and every subdomain, over http and https. */
export function patternForDomain(domain: string): string {
  return `*://*.${domain}/*`;
}

/** True when `domain` is a subdomain of another domain in the list (its pattern already covers it). */
function coveredByParent(domain: string, all: ReadonlySet<string>): boolean {
  const labels = domain.split('.');
  for (let i = 1; i < labels.length - 1; i++) {
    if (all.has(labels.slice(i).join('.'))) return true;
  }
  return false;
}

function patternsFor(entities: readonly Entity[], news: boolean): string[] {
  const domains = new Set(
    entities.filter((entity) => (entity.kind === 'news') === news).flatMap((e) => e.domains),
  );
  return [...domains]
    .filter((domain) => !coveredByParent(domain, domains))
    .sort()
    .map(patternForDomain);
}

/** Sites of the companies, platforms, services and regulators in the story. */
export function siteMatchPatterns(entities: readonly Entity[]): string[] {
  return patternsFor(entities, false);
}

/** News outlets, where a hint appears only for articles about the subject. */
export function newsMatchPatterns(entities: readonly Entity[]): string[] {
  return patternsFor(entities, true);
}
