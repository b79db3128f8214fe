import { describe, expect, it } from 'vitest';
import { findSpot, type Box, type Probe } from '../../../../components/hint/place';

/** A page whose fixed boxes are `boxes`: the probe answers the first one under the point. */
function page(...boxes: Box[]): Probe & { calls: number } {
  const probe = Object.assign(
    (x: number, y: number) => {
      probe.calls++;
      return boxes.find((b) => x >= b.left && x < b.right && y >= b.top && y < b.bottom);
    },
    { calls: 0 },
  );
  return probe;
}

const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
});

describe('findSpot: the hint keeps clear of fixed bars and toolbars', () => {
  it.each([
    // [what, viewport, hint size, fixed boxes, spot]
    [
      'a page with nothing fixed: the corner',
      [1280, 800],
      [340, 130],
      [],
      { right: 16, bottom: 16 },
    ],
    [
      'a bottom buy bar (item.taobao.com at 390 px): above it',
      [390, 844],
      [358, 170],
      [box(0, 788, 390, 844)],
      { right: 16, bottom: 64 },
    ],
    [
      'a right-edge toolbar at 1280 px (反馈/顶部/联系客服): left of it',
      [1280, 800],
      [340, 130],
      [box(1232, 596, 1280, 728)],
      { right: 56, bottom: 16 },
    ],
    [
      'bar and toolbar at 1280 px: above the bar, left of the toolbar',
      [1280, 800],
      [340, 130],
      [box(0, 744, 1280, 800), box(1232, 596, 1280, 728)],
      { right: 56, bottom: 64 },
    ],
    [
      'bar and toolbar on a phone: no room beside the toolbar, so above it',
      [390, 844],
      [358, 170],
      [box(0, 788, 390, 844), box(342, 640, 390, 772)],
      { right: 16, bottom: 212 },
    ],
    [
      'a back-to-top button (40 px, 40 px from the edge): above it',
      [1280, 800],
      [340, 130],
      [box(1200, 700, 1240, 740)],
      { right: 16, bottom: 108 },
    ],
  ] as const)('%s', (_what, [vw, vh], [w, h], boxes, spot) => {
    expect(findSpot(w, h, vw, vh, page(...boxes))).toEqual(spot);
  });

  it('no clear spot: undefined (the hint collapses to a pill)', () => {
    const crowded = page(box(0, 788, 390, 844), box(342, 8, 390, 772));
    expect(findSpot(358, 170, 390, 844, crowded)).toBeUndefined();
    // The pill fits left of the toolbar and above the bar.
    expect(findSpot(80, 40, 390, 844, crowded)).toEqual({ right: 56, bottom: 64 });
  });

  it('a viewport smaller than the hint: undefined', () => {
    expect(findSpot(340, 130, 300, 100, page())).toBeUndefined();
  });

  it('stays bounded: eight hit tests per place tried, six places at most', () => {
    // Bars stacked up the right edge: each move meets the next one.
    const bars = Array.from({ length: 40 }, (_, i) => box(0, 780 - i * 20, 1280, 800 - i * 20));
    const probe = page(...bars);
    findSpot(340, 130, 1280, 800, probe);
    expect(probe.calls).toBeLessThanOrEqual(6 * 8);
  });
});
