/**
 * The side panel's budgets (issue 5), measured on the built extension in headless Chromium:
 * - first contentful paint of sidepanel.html after navigation start, median of 12 loads;
 * - search: time from an input event to the rendered, laid-out result, one keystroke at a time on
 *   the real knowledge base, median over several English and Chinese queries;
 * - the JavaScript sidepanel.html loads (its scripts and every chunk they import, knowledge base
 *   included), gzip, per browser build.
 * Run alone with `npx tsx bench/panel.bench.ts` after a build (HUTONG_OUT_DIR picks the build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { OUT_DIR } from '../tests/e2e/support/harness';
import { launchWithExtension } from '../tests/e2e/support/launch';
import type { Figure } from './figure';

const LOADS = 12;
const QUERIES = ['WeChat Pay', '微信支付', 'Cainiao data dispute', '顺丰 菜鸟', 'JD Logistics'];
const READY = 'main #timeline .timeline[data-complete="true"] .event';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** sidepanel.html's scripts, modulepreloads and every chunk they import, transitively. */
export function panelScripts(dir: string): string[] {
  const html = readFileSync(join(dir, 'sidepanel.html'), 'utf8');
  const roots = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].flatMap(
    (m) => (m[1] ? [join(dir, m[1].replace(/^\//, ''))] : []),
  );
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      if (m[1]) visit(resolve(dirname(file), m[1]));
    }
  };
  roots.forEach(visit);
  return [...seen];
}

function sizeFigures(): Figure[] {
  return (['chrome-mv3', 'firefox-mv2'] as const).flatMap((build): Figure[] => {
    const dir = join(OUT_DIR, build);
    if (!existsSync(join(dir, 'sidepanel.html'))) return [];
    const files = panelScripts(dir);
    const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    return [
      {
        name: `side panel JS gzip (${build})`,
        value: +(gzip / 1024).toFixed(1),
        unit: 'KB',
        budget: 60,
        better: 'lower',
        note: `${files.length} files loaded by sidepanel.html, knowledge base included, gzip -9`,
      },
    ];
  });
}

async function firstPaint(page: Page): Promise<number[]> {
  const paints: number[] = [];
  for (let i = 0; i <= LOADS; i++) {
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector(READY);
    const fcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const entry = performance.getEntriesByName('first-contentful-paint')[0];
          if (entry) return resolve(entry.startTime);
          new PerformanceObserver((list, observer) => {
            const found = list.getEntriesByName('first-contentful-paint')[0];
            if (found) {
              observer.disconnect();
              resolve(found.startTime);
            }
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    // The first load warms the browser's caches; real openings of the panel are warm too.
    if (i > 0) paints.push(fcp);
  }
  return paints;
}

/** Per keystroke: input event → Preact's render (a microtask) → style and layout. */
async function keystrokes(page: Page): Promise<number[]> {
  // tsx (esbuild keepNames) wraps named functions in __name(), which pages do not define.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  return page.evaluate(async (queries) => {
    const input = document.querySelector<HTMLInputElement>('#panel-search');
    if (!input) throw new Error('no search box');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    const type = (value: string) => {
      setValue?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    // A macrotask runs after the microtask in which Preact renders the state change.
    const afterRender = () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    const times: number[] = [];
    for (const query of queries) {
      for (let n = 1; n <= query.length; n++) {
        const start = performance.now();
        type(query.slice(0, n));
        await afterRender();
        void document.body.offsetHeight; // forces style and layout into the measurement
        times.push(performance.now() - start);
      }
      type('');
      await afterRender();
    }
    return times;
  }, QUERIES);
}

export async function runPanelBench(): Promise<Figure[]> {
  const hutong = await launchWithExtension('chromium');
  try {
    const page = (await hutong.openExtensionPage('/sidepanel.html', READY)).raw as Page;
    const paints = await firstPaint(page);
    // Warm-up: the search index is built on the first search, as it is for a real user.
    await keystrokes(page);
    const keys = await keystrokes(page);
    return [
      {
        name: 'side panel first contentful paint',
        value: +median(paints).toFixed(1),
        unit: 'ms',
        budget: 150,
        better: 'lower',
        note: `median of ${paints.length} loads of sidepanel.html, headless Chromium (max ${Math.max(...paints).toFixed(1)} ms)`,
      },
      {
        name: 'side panel search per keystroke',
        value: +median(keys).toFixed(2),
        unit: 'ms',
        budget: 5,
        better: 'lower',
        note: `median of ${keys.length} keystrokes (EN + 中文 queries), input → rendered and laid out (max ${Math.max(...keys).toFixed(1)} ms)`,
      },
      ...sizeFigures(),
    ];
  } finally {
    await hutong.close();
  }
}

const invokedDirectly =
  process.argv[1]?.replace(/\\/g, '/').endsWith('bench/panel.bench.ts') ?? false;
if (invokedDirectly) {
  for (const figure of await runPanelBench()) {
    console.log(
      `${figure.name}: ${figure.value} ${figure.unit} (budget ${figure.budget}) — ${figure.note}`,
    );
  }
}
