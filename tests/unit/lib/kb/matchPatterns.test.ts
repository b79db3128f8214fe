/**
 * Content scripts run where the manifest's match patterns say, and the hint knows what site it is
 * on from the site index. If the two disagreed, a script would run on a page it has nothing to say
 * about, or a covered page would get nothing, so they are checked against each other here.
 */
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { entities } from '../../../../data';
import {
  newsMatchPatterns,
  patternForDomain,
  siteMatchPatterns,
} from '../../../../lib/kb/matchPatterns';
import { createSiteIndex } from '../../../../lib/kb/siteIndex';
import { SITE_URLS } from '../../support/siteIndex.urls';
import generated from '../../../../data/generated/matches.json';

const sitePatterns = siteMatchPatterns(entities);
const newsPatterns = newsMatchPatterns(entities);
const patterns = [...sitePatterns, ...newsPatterns].map((p) => new MatchPattern(p));
const index = createSiteIndex(entities);

/**
 * Whether the browser would run a content script on `url`. WXT's MatchPattern follows the pattern
 * text literally; Chrome also ignores one trailing dot of the host (url_pattern.cc,
 * CanonicalizeHostForMatching), and the site index follows Chrome, so the dot is dropped here too.
 */
function browserMatches(url: string | undefined): boolean {
  if (url === undefined) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.hostname.endsWith('.')) parsed.hostname = parsed.hostname.slice(0, -1);
  return patterns.some((p) => p.includes(parsed));
}

const LOOKALIKES = [
  'https://taobao.com.example.net/',
  'https://nottaobao.com/',
  'https://taobao.co/',
  'https://taobao.com-evil.net/',
  'https://tаobao.com/',
  'https://evil.example/taobao.com/',
  'https://taobao.com@evil.example/',
  'https://weixin.qq.com.evil.cn/',
  'https://mail.qq.com/',
  'https://cloudtencent.com/',
  'https://www.gov.cn/',
  'https://www.cri.cn/',
  'https://reuters.co/',
  'https://scmp.com.hk.evil.example/',
];

describe('manifest match patterns', () => {
  const domains = entities.flatMap((e) => e.domains.map((d) => [e.id, d] as const));

  it.each(domains)('%s: %s and its subdomains are matched', (_id, domain) => {
    expect(new MatchPattern(patternForDomain(domain)).includes(`https://${domain}/`)).toBe(true);
    expect(browserMatches(`https://${domain}/`)).toBe(true);
    expect(browserMatches(`https://sub.${domain}/some/path?q=1`)).toBe(true);
    expect(browserMatches(`http://${domain}/`)).toBe(true);
  });

  it.each(LOOKALIKES)('%s matches no pattern and no entity', (url) => {
    expect(browserMatches(url)).toBe(false);
    expect(index.lookup(url)).toBeUndefined();
  });

  it.each(SITE_URLS)('%s: patterns and site index agree', (url) => {
    expect(browserMatches(url)).toBe(index.lookup(url) !== undefined);
  });

  it('splits news outlets from the other sites', () => {
    const newsDomains = entities.filter((e) => e.kind === 'news').flatMap((e) => e.domains);
    const otherDomains = entities.filter((e) => e.kind !== 'news').flatMap((e) => e.domains);
    // A pattern may be left out when a parent domain's pattern covers it, never added.
    expect(otherDomains.map(patternForDomain)).toEqual(expect.arrayContaining(sitePatterns));
    expect(newsDomains.map(patternForDomain)).toEqual(expect.arrayContaining(newsPatterns));
    const matchedBy = (list: string[], url: string) =>
      list.some((p) => new MatchPattern(p).includes(url));
    for (const d of newsDomains) expect(matchedBy(newsPatterns, `https://www.${d}/`), d).toBe(true);
    for (const d of otherDomains)
      expect(matchedBy(sitePatterns, `https://www.${d}/`), d).toBe(true);
  });

  it('asks for no more than the listed sites', () => {
    const all = [...sitePatterns, ...newsPatterns];
    expect(all).not.toContain('<all_urls>');
    expect(all.every((p) => /^\*:\/\/\*\.(?:[a-z0-9-]+\.)+[a-z]{2,}\/\*$/.test(p))).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('data/generated/matches.json', () => {
  it('is what the knowledge base gives today (run npm run gen when this fails)', () => {
    expect(generated).toEqual({ site: sitePatterns, news: newsPatterns });
  });
});
