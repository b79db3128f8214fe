/**
 * Where the hint may sit without covering the page's own fixed controls: a shop's bottom bar
 * (加入购物车 / 立即购买 on item.taobao.com and item.jd.com at 390 px), a right-edge toolbar
 * (反馈, 顶部, 联系客服 at 1280 px). Only fixed and sticky elements count: content that scrolls is
 * covered for a moment at most, a bar stays covered until the hint is dismissed.
 *
 * No scan of the page: the hint's candidate box is hit-tested at eight points (`elementFromPoint`,
 * with the hint itself transparent to it), at most six boxes, and each hit walks up a few
 * ancestors.
 */

/** A rectangle in viewport pixels, as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The hint's offsets from the viewport's right and bottom edges. */
export interface Spot {
  right: number;
  bottom: number;
}

/** The page's fixed or sticky box at a point of the viewport, if any. */
export type Probe = (x: number, y: number) => Box | undefined;

export const EDGE = 16;
/** Space kept between the hint and a bar it moves away from. */
const GAP = 8;
/** The least space kept between the hint and the viewport's top and left edges. */
const MIN = 8;
/** The inner column of hit tests, this far in from the box's right edge. */
const INNER = 48;
/** Moves tried before giving up (a bottom bar, then a toolbar above it, …). */
const MOVES = 5;

/**
 * The first spot, starting from the bottom-right corner, where a `width` × `height` box touches no
 * fixed element: above bottom bars, left of narrow edge toolbars. Undefined when there is none.
 */
export function findSpot(
  width: number,
  height: number,
  viewWidth: number,
  viewHeight: number,
  probe: Probe,
): Spot | undefined {
  const spot = { right: EDGE, bottom: EDGE };
  for (let i = 0; i <= MOVES; i++) {
    const left = viewWidth - spot.right - width;
    const top = viewHeight - spot.bottom - height;
    if (left < MIN || top < MIN) return undefined;
    const hit = scan(left, top, width, height, probe);
    if (hit === undefined) return spot;
    // A toolbar (taller than wide) with room for the hint on its left: go left of it. A bar, or
    // no room on a phone: go above it.
    if (hit.bottom - hit.top > hit.right - hit.left && hit.left - GAP - width >= MIN) {
      spot.right = viewWidth - hit.left + GAP;
    } else {
      spot.bottom = viewHeight - hit.top + GAP;
    }
  }
  return undefined;
}

/**
 * Eight points of the box, where a bar or toolbar would be: its bottom edge (bottom bars), its
 * right edge and a column 48 px in (edge toolbars, back-to-top buttons). Not a grid: a hit test
 * that lands on the page's scrolling content costs ~3 ms on a 20,000-node page (Chromium walks a
 * long list's children), one that lands on a fixed bar almost nothing.
 */
function scan(left: number, top: number, width: number, height: number, probe: Probe) {
  const right = left + width - 1;
  const bottom = top + height - 1;
  const middle = top + height / 2;
  const inner = Math.max(left + 1, right - INNER);
  const points = [
    [right, bottom],
    [left + width / 2, bottom],
    [left + 1, bottom],
    [right, middle],
    [right, top + 1],
    [inner, bottom],
    [inner, middle],
    [inner, top + 1],
  ] as const;
  for (const [x, y] of points) {
    const hit = probe(x, y);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** How far up from a hit element a fixed or sticky ancestor is looked for. */
const DEPTH = 24;

/** What a user presses: a fixed box without any is decoration, and the hint may cover it. */
const CONTROL = 'a[href],button,input,select,textarea,[role=button],[role=link],[tabindex]';

/**
 * The probe on the live page: the topmost page element at the point (the hint itself skipped),
 * and its nearest fixed or sticky ancestor, if that is a bar or toolbar with controls in it. A
 * bar is thin: a third of the viewport or less across. A larger fixed box (a chat window, a
 * cookie notice over half the page, a hostile overlay) is no place the hint could keep clear of;
 * the hint, in the top layer, stays in its corner over it.
 */
export function pageProbe(host: Element): Probe {
  const seen = new Map<Element, Box | undefined>();
  const fixedBox = (start: Element): Box | undefined => {
    const path: Element[] = [];
    let found: Box | undefined;
    for (
      let el: Element | null = start;
      el !== null && path.length < DEPTH;
      el = el.parentElement
    ) {
      if (seen.has(el)) {
        found = seen.get(el);
        break;
      }
      path.push(el);
      const position = getComputedStyle(el).position;
      if (position === 'fixed' || position === 'sticky') {
        const box = el.getBoundingClientRect();
        const thin = Math.min(box.width / innerWidth, box.height / innerHeight) <= 1 / 3;
        found =
          thin && (el.matches(CONTROL) || el.querySelector(CONTROL) !== null) ? box : undefined;
        break;
      }
    }
    for (const el of path) seen.set(el, found);
    return found;
  };
  return (x, y) => {
    const el = document.elementFromPoint(x, y);
    return el === null || el === host ? undefined : fixedBox(el);
  };
}
