/**
 * The hint's host element in the page: a closed shadow root holding its stylesheet, put in the top
 * layer, and placed clear of the page's own bars (place.ts).
 */
import { HINT_ELEMENT } from '../../lib/hint/constants';
import { findSpot, pageProbe } from './place';

export interface HintHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
  /** The host's place and width (place.ts), in the shadow root where the page cannot restyle it. */
  sheet: HTMLStyleElement;
}

/**
 * The hint's host element with a closed shadow root holding its inlined CSS: page scripts see an
 * element, never what is inside it, and cannot rewrite its text into a notice of their own.
 */
export function createHost(css: string): HintHost {
  const host = document.createElement(HINT_ELEMENT);
  // A manual popover lives in the top layer: above the page without a z-index race, and shown
  // without re-walking the page's own paint tree, which on a 20,000-node page halves the cost of
  // the frame that brings the hint up (docs/PERFORMANCE.md). Not dismissed by the page's clicks.
  if (canPopover(host)) host.popover = 'manual';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const sheet = document.createElement('style');
  const container = document.createElement('div');
  shadow.append(style, sheet, container);
  return { host, shadow, container, sheet };
}

function canPopover(host: HTMLElement): boolean {
  return typeof host.showPopover === 'function';
}

/** Puts the host in the top layer; where that fails it stays an ordinary fixed element. */
export function raise(host: HTMLElement): void {
  if (!canPopover(host) || host.matches(':popover-open')) return;
  try {
    host.showPopover();
  } catch {
    // Not connected, or the page's document refuses popovers: the fixed position still holds.
  }
}

/**
 * Keeps the hint off the page's fixed bars and toolbars (place.ts): moved above or beside them,
 * or collapsed to a small pill where the whole hint has no clear spot (unless the user `expanded`
 * it from the pill).
 */
export function placeHost({ host, sheet }: HintHost, root: HTMLElement, expanded: boolean): void {
  const html = document.documentElement;
  // Fixed boxes are placed in the viewport less its scrollbars (quirks mode: the window's size).
  const width = Math.min(html.clientWidth, innerWidth);
  const height = Math.min(html.clientHeight, innerHeight);
  const probe = pageProbe(host);
  // Hit tests pass through the hint while it looks for its place.
  const through = ':host{pointer-events:none!important}';
  let css = '';
  root.classList.remove('collapsed');
  sheet.textContent = through;
  let box = host.getBoundingClientRect();
  let spot = findSpot(box.width, box.height, width, height, probe);
  if (spot === undefined && !expanded) {
    root.classList.add('collapsed');
    css = ':host{width:auto!important}';
    sheet.textContent = through + css;
    box = host.getBoundingClientRect();
    spot = findSpot(box.width, box.height, width, height, probe);
  }
  if (spot !== undefined) {
    css += `:host{inset:auto ${spot.right}px ${spot.bottom}px auto!important}`;
  }
  sheet.textContent = css;
}
