// web-ext lint on the Firefox build: fails on any error. Warnings are printed; the expected ones
// are explained in README.md ("Firefox lint").
import { spawnSync } from 'node:child_process';

const dir = `${process.env.HUTONG_OUT_DIR ?? '.output'}/firefox-mv2`;
const run = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
  {
    encoding: 'utf8',
  },
);
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  console.error(
    `web-ext lint did not produce a report. Is there a build at ${dir}? Run npm run build.`,
  );
  process.exit(1);
}
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const item of report[kind] ?? []) {
    console.log(`${kind.slice(0, -1)}: ${item.code} ${item.file ?? ''} ${item.message}`);
  }
}
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
);
process.exit(report.summary.errors === 0 ? 0 : 1);
