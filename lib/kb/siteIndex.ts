/**
 * Which entity of the knowledge base a page belongs to, from its address alone. Runs in the
 * background service worker on every tab update and possibly in content scripts, so it is one Map
 * built once and a walk up the host's labels: no regex on the raw URL, no dependencies.
 *
 * It must agree with the manifest's match patterns (lib/kb/matchPatterns.ts, `*://*.domain/*`), which
 * tests/unit/lib/kb/matchPatterns.test.ts checks URL by URL.
 */
import type { Entity } from '../../data/schema';

export interface SiteMatch {
  entity: Entity;
  /** The entity domain that matched, e.g. "taobao.com" for https://item.taobao.com/item.htm. */
  domain: string;
  /** The page's host name as compared: lower case, punycode, without port or trailing dot. */
  host: string;
}

export interface SiteIndex {
  lookup(url: string | URL | undefined): SiteMatch | undefined;
}

/**
 * The host name of an http(s) URL in the form domains are stored in, or undefined for anything
 * else (chrome://, about:, moz-extension://, file:, data:, javascript:, blob:, unparsable input).
 *
 * The WHATWG parser does the hard part: it lower-cases, maps full-width and other compatibility
 * characters, converts Unicode to punycode (so a Cyrillic "а" lookalike becomes xn--… and cannot
 * equal a Latin domain), decodes %2e, drops userinfo and port, and treats "\" as a path separator.
 */
export function hostOf(url: string | URL | undefined): string | undefined {
  if (url === undefined || url === '') return undefined;
  let parsed: URL;
  if (typeof url === 'string') {
    try {
      parsed = new URL(url);
    } catch {
      return undefined;
    }
  } else {
    parsed = url;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  let host = parsed.hostname;
  // Chrome ignores one trailing dot when matching extension patterns (url_pattern.cc,
  // CanonicalizeHostForMatching), and "taobao.com." is the same site in DNS, so we do too.
  if (host.endsWith('.')) host = host.slice(0, -1);
  // IPv6 literals ("[::1]") and empty or dot-led hosts can never be an entity's domain.
  if (host === '' || host.startsWith('.') || host.startsWith('[')) return undefined;
  return host;
}

export function createSiteIndex(entities: readonly Entity[]): SiteIndex {
  const byDomain = new Map<string, Entity>();
  for (const entity of entities) {
    for (const domain of entity.domains) {
      // The first claim wins so the result never depends on Map insertion quirks; two entities
      // claiming one domain is a data error that tests/unit/lib/kb/siteIndex.test.ts rejects.
      if (!byDomain.has(domain)) byDomain.set(domain, entity);
    }
  }

  return {
    lookup(url) {
      const host = hostOf(url);
      if (host === undefined) return undefined;
      // From the full host upwards, so the most specific domain wins: pay.weixin.qq.com is WeChat
      // Pay before weixin.qq.com is WeChat. Only whole labels are compared, which is what keeps
      // nottaobao.com, taobao.com.example.net and taobao.com-evil.net out.
      let candidate = host;
      for (;;) {
        const entity = byDomain.get(candidate);
        if (entity !== undefined) return { entity, domain: candidate, host };
        const dot = candidate.indexOf('.');
        if (dot === -1) return undefined;
        candidate = candidate.slice(dot + 1);
      }
    },
  };
}

/** The covered domain a URL falls under ("taobao.com" for item.taobao.com), if any. */
export function coveredDomainFor(
  index: SiteIndex,
  url: string | URL | undefined,
): string | undefined {
  return index.lookup(url)?.domain;
}
