/**
 * Popup benchmark, in headless Chromium with the built extension:
 * - first render of the history view with 10,000 entries (budget 200 ms): from navigation start
 *   to the list on screen (the `hutong:history-rendered` performance mark), median of 7 loads;
 * - what recording a visit costs the page: the hint script sends `hint:shown` and does not
 *   await it, so the page pays only the synchronous sendMessage call; the full round trip
 *   (validation, sender check, queue, storage write in the background) is reported beside it.
 *   Sent from Hutong's isolated world of a real covered tab (the background takes the page from
 *   the sender), moving the tab to a new address before each message: the first few are written,
 *   the rest are refused by the per-tab history limit, and both are reported.
 *
 *   npm run build:chrome && npx tsx bench/popup.bench.ts
 * (HUTONG_OUT_DIR picks the build, as for the end-to-end tests.)
 */
import type { Figure } from './figure';
import { launchWithExtension } from '../tests/e2e/support/launch';
import { startServer } from '../tests/e2e/support/server';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);
const LOADS = 7;
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100);
/** HISTORY_CHUNK_SIZE in lib/platform/storage/history.ts (which needs a browser to import). */
const HISTORY_CHUNK_SIZE = 250;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export async function runPopupBench(): Promise<Figure[]> {
  const hutong = await launchWithExtension('chromium');
  try {
    // Seeded in the stored layout (lib/history/store.ts): an index plus chunks of 250 entries.
    await hutong.inExtension(
      ({ count, chunkSize }) => {
        const now = Date.now();
        const sites = ['taobao.com', 'jd.com', 'sf-express.com', 'tmall.com', 'cainiao.com'];
        const history = Array.from({ length: count }, (_, i) => ({
          id: `bench-${i}`,
          url: `https://www.${sites[i % sites.length]}/item/${i}.html?from=search&spm=a1z10.${i}`,
          title: `商品 ${i} – a fairly long product page title as shops write them, ${i}`,
          site: sites[i % sites.length],
          entities: ['taobao', 'wechat-pay'],
          time: now - (count - i) * 90_000,
        }));
        const items: Record<string, unknown> = {};
        const chunks: { id: number; size: number }[] = [];
        for (let start = 0, id = 0; start < count; start += chunkSize, id++) {
          const chunk = history.slice(start, start + chunkSize);
          items[`historyChunk:${id}`] = chunk;
          chunks.push({ id, size: chunk.length });
        }
        items.historyIndex = { version: 2, chunks, next: chunks.length };
        return extensionApi().storage.local.set(items);
      },
      { count: ENTRIES, chunkSize: HISTORY_CHUNK_SIZE },
    );

    // What the popup reads: the index and the newest chunk first, everything after first paint.
    const reads = await hutong.inExtension(async (n) => {
      const api = extensionApi().storage.local;
      const recent: number[] = [];
      const all: number[] = [];
      for (let i = 0; i < n; i++) {
        let start = performance.now();
        const { historyIndex } = (await api.get('historyIndex')) as {
          historyIndex: { chunks: { id: number }[] };
        };
        const keys = historyIndex.chunks.map(({ id }) => `historyChunk:${id}`);
        await api.get(keys.slice(-1));
        recent.push(performance.now() - start);
        start = performance.now();
        await api.get('historyIndex');
        await api.get(keys);
        all.push(performance.now() - start);
      }
      return { recent, all };
    }, LOADS);

    const renders: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const page = await hutong.openExtensionPage('/popup.html#history', '.entry');
      const rendered = await page.evaluate(() => {
        const [mark] = performance.getEntriesByName('hutong:history-rendered');
        return {
          at: mark?.startTime ?? Number.NaN,
          rows: document.querySelectorAll('.entry').length,
        };
      });
      if (rendered.rows === 0 || rendered.rows > 50)
        throw new Error(`${rendered.rows} rows rendered`);
      renders.push(rendered.at);
      await page.close();
    }

    const server = await startServer();
    const shop = await hutong.newPage();
    await shop.goto(server.url('item.jd.com', '/bench.html'));
    const messaging = await hutong.inExtension(async (n) => {
      const api = extensionApi();
      const [tab] = await api.tabs.query({ url: '*://item.jd.com/*' });
      if (tab?.id === undefined) throw new Error('no covered tab');
      const [result] = await api.scripting.executeScript({
        target: { tabId: tab.id },
        func: async (count: number) => {
          const send = (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime;
          const calls: number[] = [];
          const recorded: number[] = [];
          const refused: number[] = [];
          for (let i = 0; i < count; i++) {
            history.pushState({}, '', `/${i}.html`);
            const start = performance.now();
            const reply = send.sendMessage({ type: 'hint:shown', entityIds: ['jd'] });
            calls.push(performance.now() - start);
            const answer = (await reply) as { recorded?: boolean };
            (answer.recorded ? recorded : refused).push(performance.now() - start);
          }
          return { calls, recorded, refused };
        },
        args: [n],
      });
      return result?.result as { calls: number[]; recorded: number[]; refused: number[] };
    }, MESSAGES);
    await server.close();

    return [
      {
        name: 'popup history first render, 10,000 entries (Chromium)',
        value: round(median(renders)),
        unit: 'ms',
        budget: 200,
        better: 'lower',
        note: `median of ${LOADS} loads, navigation start to list rendered (windowed list)`,
      },
      {
        name: 'storage.local read of the history index and newest chunk (Chromium)',
        value: round(median(reads.recent)),
        unit: 'ms',
        better: 'lower',
        note: `median of ${LOADS}; what the popup reads before its first render`,
      },
      {
        name: 'storage.local read of all 10,000 history entries (Chromium)',
        value: round(median(reads.all)),
        unit: 'ms',
        better: 'lower',
        note: `median of ${LOADS}; index then every chunk, read after the first paint`,
      },
      {
        name: 'recording a visit: page-side cost of sending hint:shown',
        value: round(median(messaging.calls)),
        unit: 'ms',
        better: 'lower',
        note: `median of ${MESSAGES}; the content script does not await the reply`,
      },
      {
        name: 'recording a visit: background round trip (validate, queue, write)',
        value: round(median(messaging.recorded)),
        unit: 'ms',
        better: 'lower',
        note: `median of the ${messaging.recorded.length} written (the per-tab limit refuses the rest), at the default cap of 5,000 entries (the first write trims 10,000 to 5,000): index, newest chunk and the trimmed oldest chunk`,
      },
      {
        name: 'a report refused by the per-tab history limit: background round trip',
        value: round(median(messaging.refused)),
        unit: 'ms',
        better: 'lower',
        note: `median of ${messaging.refused.length}: what a page flooding address changes costs the background per message`,
      },
    ];
  } finally {
    await hutong.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const figure of await runPopupBench()) {
    console.log(JSON.stringify(figure));
    const budget = figure.budget === undefined ? '' : ` (budget ${figure.budget} ${figure.unit})`;
    console.log(`${figure.name}: ${figure.value} ${figure.unit}${budget}`);
  }
}
