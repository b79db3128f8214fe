/**
 * Evaluates the news detector on a folder of real pages: `npm run eval:relevance -- <folder>`.
 *
 * The folder holds on/ (articles about the story: a hint is expected) and off/ (anything else: no
 * hint expected) and a manifest.json: `{ "pages": [{ "set": "on"|"off", "file": "on/x.html",
 * "url": "https://…", "heldOut"?: true }] }`. Each page is parsed (linkedom), read by the same
 * extractArticle/scoreArticle the content script runs, and also put through the background's
 * pre-screen (title and address only). Prints precision and recall for the whole folder and for
 * the held-out pages separately, and names every miss and false hint.
 *
 * Pages taken from public corpora may not be committed into the project, so the evaluation set
 * lives outside the repo; the project keeps this command and its own hand-written unit fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import aliases from '../data/generated/aliases.json';
import publishers from '../data/generated/publishers.json';
import { publisherOf, scoreArticle, type AliasEntry } from '../lib/kb/relevance';
import { extractArticle } from '../lib/news/articleText';
import { outletNames, prescreen } from '../lib/news/prescreen';
import { createSiteIndex } from '../lib/kb/siteIndex';
import { entities } from '../data';

const siteIndex = createSiteIndex(entities);

const table = aliases as AliasEntry[];

interface PageEntry {
  set: 'on' | 'off';
  file: string;
  url: string;
  heldOut?: boolean;
}

interface Outcome {
  page: PageEntry;
  hint: boolean;
  passed: boolean;
  ms: number;
  entityIds: string[];
}

function evaluate(folder: string): Outcome[] {
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
    pages: PageEntry[];
  };
  return manifest.pages.map((page) => {
    const html = readFileSync(join(folder, page.file), 'utf8');
    const { document } = parseHTML(html);
    const host = new URL(page.url).hostname;
    const publisher = publisherOf(host, publishers as [string, string][]);
    const started = performance.now();
    const result = scoreArticle(extractArticle(document as unknown as Document), table, publisher);
    const ms = performance.now() - started;
    return {
      page,
      hint: result.relevant,
      passed: prescreen(
        page.url,
        document.title ?? '',
        table,
        publisher,
        outletNames(siteIndex.lookup(page.url)?.entity),
      ),
      ms,
      entityIds: result.entityIds,
    };
  });
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

function report(label: string, outcomes: Outcome[]): void {
  const on = outcomes.filter((o) => o.page.set === 'on');
  const off = outcomes.filter((o) => o.page.set === 'off');
  const tp = on.filter((o) => o.hint).length;
  const fp = off.filter((o) => o.hint).length;
  const screenedTp = on.filter((o) => o.hint && o.passed).length;
  const screenedOut = on.filter((o) => !o.passed).length;
  const offPassed = off.filter((o) => o.passed).length;
  console.log(
    `\n${label}: ${outcomes.length} pages (${on.length} on-topic, ${off.length} off-topic)`,
  );
  console.log(
    `  detector: precision ${pct(tp, tp + fp)} (${tp}/${tp + fp}), recall ${pct(tp, on.length)} (${tp}/${on.length})`,
  );
  console.log(
    `  title+address pre-screen: drops ${screenedOut}/${on.length} on-topic (recall with it ${pct(screenedTp, on.length)}); lets ${offPassed}/${off.length} off-topic through`,
  );
  for (const o of on.filter((o) => !o.hint)) console.log(`  MISS  ${o.page.file}`);
  for (const o of on.filter((o) => !o.passed)) console.log(`  PRE-SCREEN DROPS ${o.page.file}`);
  for (const o of off.filter((o) => o.hint)) {
    console.log(`  FALSE ${o.page.file} → ${o.entityIds.join(', ')}`);
  }
}

const folder = process.argv[2];
if (folder === undefined) {
  console.error('usage: npm run eval:relevance -- <folder with on/, off/ and manifest.json>');
  process.exit(2);
}
const outcomes = evaluate(folder);
report('All pages', outcomes);
const heldOut = outcomes.filter((o) => o.page.heldOut === true);
if (heldOut.length > 0) {
  report(
    'Tuning part',
    outcomes.filter((o) => o.page.heldOut !== true),
  );
  report('Held-out part (never tuned against)', heldOut);
}
const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
console.log(
  `\nextract+score per page (node, linkedom): median ${times[Math.floor(times.length / 2)]?.toFixed(2)} ms, max ${times.at(-1)?.toFixed(2)} ms`,
);
const failed = outcomes.some((o) => (o.page.set === 'off') === o.hint);
process.exitCode = failed ? 1 : 0;
