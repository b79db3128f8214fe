/**
 * Popup benchmark, in headless Chromium with the built extension:
 * - first render of the history view with 10,000 entries (budget 200 ms): from navigation start
 *   to the list on screen (the `hutong:history-rendered` performance mark), median of 7 loads;
 * - what recording a visit costs the page: the content script sends `hint:shown` and does not
 *   await it, so the page pays only the synchronous sendMessage call; the full round trip
 *   (validation, queue, storage write in the background) is reported beside it.
 *
 *   npm run build:chrome && npx tsx bench/popup.bench.ts
 * (HUTONG_OUT_DIR picks the build, as for the end-to-end tests.)
 */
import type { Figure } from './figure';
import { launchWithExtension } from '../tests/e2e/support/browsers';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);
const LOADS = 7;
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100);
/** HISTORY_CHUNK_SIZE in utils/storage.ts (which needs a browser to import). */
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
    // Seeded in the stored layout (utils/historyStore.ts): an index plus chunks of 250 entries.
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

    const messaging = await hutong.inExtension(async (n) => {
      const api = extensionApi();
      const calls: number[] = [];
      const trips: number[] = [];
      for (let i = 0; i < n; i++) {
        const start = performance.now();
        const reply = api.runtime.sendMessage({
          type: 'hint:shown',
          url: `https://item.jd.com/${i}.html`,
          title: `Item ${i}`,
          site: 'jd.com',
          entityIds: ['jd'],
        });
        calls.push(performance.now() - start);
        await reply;
        trips.push(performance.now() - start);
      }
      return { calls, trips };
    }, MESSAGES);

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
        value: round(median(messaging.trips)),
        unit: 'ms',
        better: 'lower',
        note: `median of ${MESSAGES}, at the default cap of 5,000 entries (the first write trims 10,000 to 5,000): index, newest chunk and the trimmed oldest chunk`,
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
