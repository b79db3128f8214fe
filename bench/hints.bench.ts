/**
 * In-page hint benchmark (issue 4): content script size, what Hutong adds to a heavy covered page
 * in Chromium (load time ratio and main-thread time, with and without the extension, alternated
 * in one run), that nothing is injected on uncovered sites, and news detection per 1 MB article.
 *
 *   HUTONG_OUT_DIR=.output npx tsx bench/hints.bench.ts     (needs a build of both browsers)
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { Window } from 'happy-dom';
import type { Figure } from './figure';
import { launchWithExtension, OUT_DIR } from '../tests/e2e/support/browsers';
import { startServer } from '../tests/e2e/support/server';
import aliases from '../lib/generated/aliases.json';
import { extractArticle, scoreArticle, type AliasEntry } from '../lib/relevance';

const RUNS = 12;
const NODES = 20_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function sizeFigures(): Figure[] {
  const figures: Figure[] = [];
  for (const build of ['chrome-mv3', 'firefox-mv2']) {
    const file = resolve(OUT_DIR, build, 'content-scripts', 'site.js');
    if (!existsSync(file)) continue;
    const raw = readFileSync(file);
    figures.push(
      {
        name: `site content script (${build}) raw`,
        value: raw.length / 1024,
        unit: 'KB',
        better: 'lower',
      },
      {
        name: `site content script (${build}) gzip`,
        value: gzipSync(raw, { level: 9 }).length / 1024,
        unit: 'KB',
        budget: 10,
        better: 'lower',
        note: `gzip -9 of ${build}/content-scripts/site.js`,
      },
    );
  }
  return figures;
}

function newsFigure(): Figure {
  const paragraph =
    '<p>Markets were mixed on Tuesday as investors weighed the latest economic data and company results, ' +
    'while SF Express and Cainiao traded statements about the parcel data interface.</p>';
  const html = `<!doctype html><title>SF Express and Cainiao trade blame</title><article><h1>SF Express and Cainiao trade blame</h1>${paragraph.repeat(Math.ceil(1_048_576 / paragraph.length))}</article>`;
  const window = new Window();
  window.document.write(html);
  const document = window.document as unknown as Document;
  const table = aliases as AliasEntry[];
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    scoreArticle(extractArticle(document), table);
    times.push(performance.now() - start);
  }
  void window.happyDOM.close();
  return {
    name: 'news detection per 1 MB article',
    value: median(times.slice(5)),
    unit: 'ms',
    budget: 5,
    better: 'lower',
    note: 'extractArticle + scoreArticle on a 1 MB <article> (happy-dom, median of 25 warm runs; reading stops at 20,000 characters)',
  };
}

/** Load time (navigation entry) and main-thread task time (CDP Performance metrics) of one visit. */
async function visit(page: Page, url: string, withHint: boolean) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  await page.goto('about:blank');
  const before = await task();
  await page.goto(url, { waitUntil: 'load' });
  // The wait must cost the same with and without Hutong, and almost nothing: Playwright's own
  // selector engine pierces shadow roots by walking the whole 20,000-node DOM on every poll, and
  // that work would be counted as the page's main-thread time. The hint is the last child of
  // <html>, so a plain check of that is enough.
  if (withHint) {
    await page.waitForFunction(
      () => document.documentElement.lastElementChild?.localName === 'hutong-hint',
      null,
      {
        polling: 50,
      },
    );
  }
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(true))));
  const after = await task();
  const load = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return nav ? nav.loadEventEnd - nav.startTime : 0;
  });
  await cdp.detach();
  return { load, taskMs: (after - before) * 1000 };
}

async function chromiumFigures(): Promise<Figure[]> {
  const server = await startServer();
  const withExt = await launchWithExtension('chromium');
  try {
    // Every page shows the hint, the costliest setting.
    await withExt.inExtension(() =>
      extensionApi().storage.local.set({
        settings$: { v: 2 },
        settings: { hintFrequency: 'every-page' },
      }),
    );
    // One browser, one tab, the same 20,000-node page served under two host names: on
    // www.taobao.com Hutong runs, on www.example.org (not covered) nothing is injected. Visits
    // alternate, so machine load falls on both sides alike.
    const pageA = (await withExt.newPage()).raw as Page;
    const path = `/generated/big.html?nodes=${NODES}`;
    const covered = server.url('www.taobao.com', path);
    const uncovered = server.url('www.example.org', path);
    const a: { load: number; taskMs: number }[] = [];
    const b: { load: number; taskMs: number }[] = [];
    await visit(pageA, covered, true);
    await visit(pageA, uncovered, false);
    for (let i = 0; i < RUNS; i++) {
      a.push(await visit(pageA, covered, true));
      b.push(await visit(pageA, uncovered, false));
    }
    // Uncovered site: count the isolated worlds (content scripts) created in the page.
    // From a blank page: Runtime.enable also reports the contexts of the page already loaded.
    await pageA.goto('about:blank');
    const cdp = await pageA.context().newCDPSession(pageA);
    let injected = 0;
    // Listening only after Runtime.enable, which also reports contexts that already exist.
    await cdp.send('Runtime.enable');
    cdp.on('Runtime.executionContextCreated', (event) => {
      // Playwright makes isolated worlds of its own; an extension's have its origin.
      if (event.context.origin.startsWith('chrome-extension://')) injected++;
    });
    await pageA.goto(server.url('www.example.org', '/news/on-topic.html'), { waitUntil: 'load' });
    await pageA.evaluate(() => new Promise((r) => requestIdleCallback(() => r(true))));
    await cdp.detach();

    const loadRatio = median(a.map((r) => r.load)) / median(b.map((r) => r.load));
    const added = median(a.map((r) => r.taskMs)) - median(b.map((r) => r.taskMs));
    return [
      {
        name: `page load with Hutong / without (${NODES}-node covered page)`,
        value: loadRatio,
        unit: 'ratio',
        budget: 1.03,
        better: 'lower',
        note: `median loadEventEnd, ${RUNS} visits each, alternating covered (www.taobao.com) and uncovered (www.example.org) host, same page, one headless Chromium`,
      },
      {
        name: `main-thread time added by Hutong (${NODES}-node covered page)`,
        value: added,
        unit: 'ms',
        budget: 3,
        better: 'lower',
        note: 'median CDP Performance TaskDuration per visit (navigation until the hint is up and the page idle), covered minus uncovered host, alternating in one browser',
      },
      {
        name: 'content scripts injected on an uncovered site',
        value: injected,
        unit: 'scripts',
        budget: 0,
        better: 'lower',
        note: 'isolated worlds created on www.example.org (CDP Runtime.executionContextCreated)',
      },
    ];
  } finally {
    await withExt.close();
    await server.close();
  }
}

export async function runHintsBench(): Promise<Figure[]> {
  return [...sizeFigures(), newsFigure(), ...(await chromiumFigures())];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const figure of await runHintsBench()) {
    console.log(JSON.stringify(figure));
    console.log(
      `${figure.name}: ${figure.value.toFixed(2)} ${figure.unit}${figure.budget === undefined ? '' : ` (budget ${figure.budget})`}`,
    );
  }
}
