/**
 * How one visit to a page with the built extension is measured in Chromium: timed visits,
 * alternating covered and uncovered pages, CPU profiles of the extension's own scripts, the
 * isolated worlds a visit creates, and when the hint is up after the page goes idle.
 * bench/hints.bench.ts turns these into figures.
 */
import type { BrowserContext } from '@playwright/test';

export const RUNS = 50;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export interface Visit {
  load: number;
  taskMs: number;
}

/** What a covered visit must have done by the end of its window. */
export type Expect = 'hint' | 'answer' | 'nothing';

/**
 * Both sides are read at the same moment after load: a window that ended when Hutong was done
 * would be longer on the covered side, and a live page does housekeeping of its own all the time.
 * One second covers all Hutong does after load (the hint is up within ~0.3 s; every covered visit
 * checks that Hutong finished inside the window), and keeps visits short enough for 50 pairs.
 */
export const WINDOW_MS = 1000;

/**
 * Load time (navigation entry) and main-thread task time of one visit, in a tab of its own: CDP's
 * TaskDuration is the total of the tab's renderer main thread, which a new tab starts afresh, so
 * the reading covers this visit alone, from the tab's start until WINDOW_MS after load. (Reading
 * it before and after a navigation in one tab subtracted another renderer's figure when the
 * navigation changed process, which added noise.)
 */
export async function visit(
  context: BrowserContext,
  url: string,
  expect: Expect,
  answered: () => Promise<boolean>,
): Promise<Visit> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(`new Promise((resolve) => setTimeout(resolve, ${WINDOW_MS}))`);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const taskMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    // Checked after the reading, from the extension's own page where it costs the page nothing.
    if (expect === 'hint' && (await page.locator('hutong-hint').count()) !== 1) {
      throw new Error(`No hint on ${url} within ${WINDOW_MS} ms of load.`);
    }
    if (expect === 'answer' && !(await answered())) {
      throw new Error(`Hutong had not set the toolbar icon for ${url} within ${WINDOW_MS} ms.`);
    }
    const load = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return nav ? nav.loadEventEnd - nav.startTime : 0;
    });
    await cdp.detach();
    return { load, taskMs };
  } finally {
    await page.close();
  }
}

/** Covered and uncovered visits, alternating; the first pair warms up and is dropped. */
export async function alternate(
  context: BrowserContext,
  covered: string,
  uncovered: string,
  expect: Expect,
  answered: () => Promise<boolean>,
) {
  const pairs: { a: Visit; b: Visit }[] = [];
  for (let i = 0; i <= RUNS; i++) {
    // ABBA order: whichever side goes first in a pair gets no systematic edge.
    const first = i % 2 === 0;
    const b = first ? undefined : await visit(context, uncovered, 'nothing', answered);
    const a = await visit(context, covered, expect, answered);
    const other = b ?? (await visit(context, uncovered, 'nothing', answered));
    if (i > 0) pairs.push({ a, b: other });
  }
  // The median of paired differences: each pair ran back to back, under the same machine load.
  const differences = pairs.map((p) => p.a.taskMs - p.b.taskMs);
  return {
    loadRatio: median(pairs.map((p) => p.a.load)) / median(pairs.map((p) => p.b.load)),
    addedMs: median(differences),
    interval: bootstrapInterval(differences),
    spreadMs: iqr(pairs.map((p) => p.b.taskMs)),
  };
}

/**
 * 95% bootstrap interval of the median of `values`: how far the A/B reading can move with the
 * page's own spread. Seeded, so one set of visits always gives the same interval.
 */
export function bootstrapInterval(values: number[], rounds = 2000): [number, number] {
  let seed = 0x2017;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const medians: number[] = [];
  for (let r = 0; r < rounds; r++) {
    medians.push(median(values.map(() => values[Math.floor(random() * values.length)] ?? 0)));
  }
  medians.sort((a, b) => a - b);
  return [medians[Math.floor(rounds * 0.025)] ?? 0, medians[Math.floor(rounds * 0.975)] ?? 0];
}

export const PROFILED = 10;

/** Median time per visit that CPU profile samples spend in the extension's own scripts. */
export async function ownJavaScript(context: BrowserContext, url: string) {
  const perVisit: number[] = [];
  for (let i = 0; i <= PROFILED; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(`new Promise((resolve) => setTimeout(resolve, ${WINDOW_MS}))`);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    const shown = await page.locator('hutong-hint').count();
    await page.close();
    if (shown !== 1) throw new Error(`No hint on ${url} within ${WINDOW_MS} ms of load.`);
    if (i === 0) continue; // warm-up
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    let micros = 0;
    samples.forEach((id, k) => {
      if (nodes.get(id)?.callFrame.url.startsWith('chrome-extension://'))
        micros += deltas[k + 1] ?? 0;
    });
    perVisit.push(micros / 1000);
  }
  return median(perVisit);
}

/** The extension's isolated worlds (content script contexts) created in one visit to `url`. */
export async function worldsCreated(
  context: BrowserContext,
  url: string,
  ready: () => Promise<boolean>,
) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    let created = 0;
    // Runtime.enable reports the blank tab's contexts first; listening after it skips them.
    await cdp.send('Runtime.enable');
    cdp.on('Runtime.executionContextCreated', (event) => {
      // Playwright makes isolated worlds of its own; an extension's have its origin.
      if (event.context.origin.startsWith('chrome-extension://')) created++;
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(`new Promise((resolve) => setTimeout(resolve, ${WINDOW_MS}))`);
    if (!(await ready())) throw new Error(`Hutong had not looked at ${url}.`);
    await cdp.detach();
    return created;
  } finally {
    await page.close();
  }
}

/**
 * How long after the page first goes idle (the first idle callback after load) an on-topic
 * article's hint is up: the background injects the detector after load, which reads the page when
 * it is idle and asks for the hint. Median of `visits` visits, each in a new tab.
 */
export async function decidedAfterIdle(context: BrowserContext, url: string, visits = 10) {
  const times: number[] = [];
  for (let i = 0; i <= visits; i++) {
    const page = await context.newPage();
    try {
      await page.addInitScript(() => {
        const marks: { idle?: number; hint?: number } = {};
        (window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
        new MutationObserver((_, observer) => {
          if (document.querySelector('hutong-hint') === null) return;
          marks.hint = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
        addEventListener('load', () =>
          requestIdleCallback(() => {
            marks.idle = performance.now();
          }),
        );
      });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => {
        const marks = (window as unknown as { benchMarks: { idle?: number; hint?: number } })
          .benchMarks;
        return marks.idle !== undefined && marks.hint !== undefined;
      });
      const { idle = 0, hint = 0 } = await page.evaluate(
        () => (window as unknown as { benchMarks: { idle?: number; hint?: number } }).benchMarks,
      );
      if (i > 0) times.push(Math.max(0, hint - idle));
    } finally {
      await page.close();
    }
  }
  return median(times);
}

export function iqr(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.floor(q * (sorted.length - 1))] ?? 0;
  return at(0.75) - at(0.25);
}
