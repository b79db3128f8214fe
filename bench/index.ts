/**
 * `npm run bench`: every benchmark the issues name, one table, each figure with its budget and
 * pass/fail. Writes the table into docs/PERFORMANCE.md. Exits non-zero when a budget is missed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { passes, type Figure } from './figure';

interface Suite {
  title: string;
  module: string;
  run: string;
}

const SUITES: Suite[] = [
  { title: 'Bundle sizes', module: './bundles.bench', run: 'runBundlesBench' },
  { title: 'Knowledge base', module: './kb.bench', run: 'runKbBench' },
  { title: 'In-page hints', module: './hints.bench', run: 'runHintsBench' },
  { title: 'Side panel', module: './panel.bench', run: 'runPanelBench' },
  { title: 'Popup and history', module: './popup.bench', run: 'runPopupBench' },
];

function fmt(n: number): string {
  return Math.abs(n) >= 1000 ? Math.round(n).toLocaleString('en') : String(+n.toFixed(3));
}

const rows: string[] = [];
let failed = 0;
for (const suite of SUITES) {
  let figures: Figure[];
  try {
    const mod = (await import(suite.module)) as Record<string, () => Promise<Figure[]>>;
    const run = mod[suite.run];
    if (!run) throw new Error(`${suite.module} does not export ${suite.run}`);
    figures = await run();
  } catch (error) {
    failed++;
    console.error(`${suite.title}: FAILED TO RUN: ${String(error)}`);
    rows.push(`| ${suite.title} | failed to run | | | ✗ |`);
    continue;
  }
  for (const figure of figures) {
    const ok = passes(figure);
    if (ok === false) failed++;
    const budget =
      figure.budget === undefined
        ? ''
        : `${figure.better === 'lower' ? '≤' : '≥'} ${fmt(figure.budget)}`;
    const verdict = ok === undefined ? '' : ok ? 'pass' : 'FAIL';
    rows.push(
      `| ${suite.title}: ${figure.name} | ${fmt(figure.value)} ${figure.unit} | ${budget} | ${figure.note ?? ''} | ${verdict} |`,
    );
  }
}

const table = [
  '| figure | value | budget | how | result |',
  '| --- | --- | --- | --- | --- |',
  ...rows,
].join('\n');
console.log(table);

const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}.`;
const doc = new URL('../docs/PERFORMANCE.md', import.meta.url);
const text = readFileSync(doc, 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
const before = text.slice(0, text.indexOf(start) + start.length);
const after = text.slice(text.indexOf(end));
writeFileSync(doc, `${before}\n${stamp}\n\n${table}\n${after}`);

console.log(
  failed === 0 ? '\nbench: all budgets met' : `\nbench: ${failed} figure(s) over budget or failed`,
);
process.exit(failed === 0 ? 0 : 1);
