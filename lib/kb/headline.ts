/**
 * A page title's headline: what the detector scores (lib/news/articleText.ts) and what an
 * article's event is matched against (lib/kb/articleEvents.ts).
 */

/** Separators between a headline and the site's name in a page title. */
const TITLE_PARTS = /(\s+[|\-–—·•:]\s+|\s*[|｜_–—]\s*)/u;

/**
 * The headline of a page title, without the publisher's brand: "X - Reuters", "X_腾讯新闻",
 * "X | Business | FT" keep X. Segments go from the end while the rest is at least as long, the
 * way reading modes find the headline.
 */
export function headline(title: string): string {
  // Split with the separators kept: [part, separator, part, …].
  const parts = title.trim().split(TITLE_PARTS);
  while (parts.length > 1) {
    const last = parts.at(-1) ?? '';
    const rest = parts.slice(0, -2).join('');
    if (rest.length < last.length) break;
    parts.splice(-2);
  }
  return parts.join('').trim();
}
