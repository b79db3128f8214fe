/**
 * A page's article text, read from its DOM: the headline from the title, then the article (or
 * the page's main text) without navigation, sidebars, link lists and copyright lines, up to
 * BODY_CAP characters. lib/kb/relevance.ts scores what this returns.
 */
import { BODY_CAP, type ArticleText } from '../kb/relevance';
import { headline } from '../kb/headline';
import { HINT_ELEMENT } from '../hint/constants';

/** Never article text: navigation, sidebars, page furniture, and what the reader does not see. */
const SKIP_TAGS = new Set([
  'NAV',
  'ASIDE',
  'FOOTER',
  'HEADER',
  'FORM',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'SELECT',
  HINT_ELEMENT.toUpperCase(),
]);
const SKIP_ROLES = /^(?:navigation|complementary|banner|contentinfo|search|menu|menubar)$/;
const SKIP_NAMES =
  /related|sidebar|recommend|trending|most-?(?:read|popular)|promo|newsletter|share|comment|breadcrumb|widget|banner|video|player|footer|copyright|hot-?(?:news|list)|rank|advert|\bads?\b|download|subscribe|qrcode|follow|social|toolbar|menu|\bnav/i;
/** Lines of page furniture that name the publisher: "© 2017 Tencent", "腾讯公司 版权所有". */
const COPYRIGHT = /©|copyright|all rights reserved|版权所有|版權所有|未经授权|不得转载/i;
const HEADING = /^H[1-3]$/;
// DOM constants by value, so extraction runs on any Document (a page, happy-dom, a test) without
// relying on that window's globals.
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const TEXT_NODE = 3;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** A list whose items are mostly links ("More stories", "Trending"): not the article. */
function isLinkList(el: Element): boolean {
  const items = el.children.length;
  if (items < 3) return false;
  const text = el.textContent?.length ?? 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += a.textContent?.length ?? 0;
  return linked >= 0.7 * text;
}

function skip(el: Element, root: Element): boolean {
  if (el === root) return false;
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const role = el.getAttribute('role');
  if (role !== null && SKIP_ROLES.test(role)) return true;
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
  if (names.length > 1 && SKIP_NAMES.test(names)) return true;
  const tag = el.tagName.toUpperCase();
  return (tag === 'UL' || tag === 'OL') && isLinkList(el);
}

/** Elements whose paragraphs are read when looking for a page's main text. */
const MAX_PARAGRAPHS = 3_000;

/**
 * The element that holds a page's main text when it has no `<article>`: the container of the
 * most paragraph text, the way reading modes find it (each paragraph scores its length and its
 * commas, credited to its parent in full and to its grandparent in half; link text does not count).
 * Undefined when the page has no paragraphs to speak of.
 */
function mainText(doc: Document): Element | undefined {
  const scores = new Map<Element, number>();
  let seen = 0;
  for (const p of doc.querySelectorAll('p, pre, td, div > br')) {
    if (++seen > MAX_PARAGRAPHS) break;
    const el = p.tagName.toUpperCase() === 'BR' ? p.parentElement : p;
    if (el === null) continue;
    const text = el.textContent ?? '';
    if (text.length < 25) continue;
    let linked = 0;
    for (const a of el.querySelectorAll('a')) linked += a.textContent?.length ?? 0;
    if (linked > 0.5 * text.length) continue;
    const score = 1 + (text.match(/[,，。、]/gu)?.length ?? 0) + Math.min(text.length / 100, 3);
    const parent = el.parentElement;
    if (parent === null) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent.parentElement;
    if (grand !== null) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }
  let best: Element | undefined;
  let top = 5;
  for (const [el, score] of scores) {
    if (score > top && el !== doc.body && el !== doc.documentElement) {
      best = el;
      top = score;
    }
  }
  return best;
}

/**
 * The article's text from a document: the `<article>` (or the main text, or `<main>`, or the body) without
 * navigation, sidebars and link lists, stopping after BODY_CAP characters.
 */
export function extractArticle(doc: Document): ArticleText {
  const root =
    doc.querySelector('article') ?? mainText(doc) ?? doc.querySelector('main') ?? doc.body;
  const headings: string[] = [];
  let body = '';
  if (root !== null) {
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
      acceptNode(node) {
        if (node.nodeType === TEXT_NODE) {
          return COPYRIGHT.test(node.nodeValue ?? '') ? FILTER_REJECT : FILTER_ACCEPT;
        }
        const el = node as Element;
        if (skip(el, root)) return FILTER_REJECT;
        if (HEADING.test(el.tagName.toUpperCase())) {
          headings.push(el.textContent ?? '');
          return FILTER_REJECT;
        }
        return FILTER_SKIP;
      },
    });
    for (let node = walker.nextNode(); node !== null && body.length < BODY_CAP;) {
      body += `${node.nodeValue ?? ''} `;
      node = walker.nextNode();
    }
  }
  const title = headline(doc.title) || (headings[0] ?? '');
  return { title, headings, body };
}
