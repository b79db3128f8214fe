/**
 * Scrolls an event card to the top of the view and keeps it there until the layout above it
 * settles. Cards are `content-visibility: auto`: until a card has been near the view, its height
 * is a placeholder (contain-intrinsic-size), so one scrollIntoView lands where the target would
 * be if every card above were 240 px tall, then the cards around it lay out and push it away:
 * thousands of pixels in a long timeline. Each frame this measures where the target is against
 * where it should be (below the sticky headings) and scrolls again
 * while that changes; it stops once the target has held still for a few frames, after a time
 * limit, or as soon as the user scrolls or types (their scroll wins).
 */
const STILL_FRAMES = 4;
const MAX_MS = 3000;
const USER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

export function settleScroll(element: HTMLElement, win: Window = window): () => void {
  const start = win.performance.now();
  let still = 0;
  let last = Number.NaN;
  let frame = 0;
  const stop = () => {
    win.cancelAnimationFrame(frame);
    for (const type of USER_INPUT) win.removeEventListener(type, stop, true);
  };
  // Where scrollIntoView puts the card's top: the page's scroll-padding-top (the sticky section
  // navigation) plus the card's scroll-margin-top (the sticky period heading).
  const px = (value: string) => Number.parseFloat(value) || 0;
  const root = win.document.scrollingElement ?? win.document.documentElement;
  const offset = () =>
    element.getBoundingClientRect().top -
    px(win.getComputedStyle(root).scrollPaddingTop) -
    px(win.getComputedStyle(element).scrollMarginTop);
  const step = () => {
    const now = offset();
    if (Math.abs(now) > 1 && Math.abs(now - last) > 0.5) {
      // Not where it belongs, and it moved since the last look: layout is still settling.
      element.scrollIntoView({ block: 'start', behavior: 'instant' });
      still = 0;
    } else {
      // In place, or held still where the page cannot scroll further (the last cards).
      still++;
    }
    last = offset();
    if (still >= STILL_FRAMES || win.performance.now() - start > MAX_MS) stop();
    else frame = win.requestAnimationFrame(step);
  };
  for (const type of USER_INPUT) win.addEventListener(type, stop, { capture: true, passive: true });
  element.scrollIntoView({ block: 'start', behavior: 'instant' });
  last = offset();
  frame = win.requestAnimationFrame(step);
  return stop;
}
