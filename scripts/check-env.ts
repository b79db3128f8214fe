// Run first by `npm test` and by the end-to-end runner: is Node new enough (package.json engines),
// and are the two browsers there and new enough for the manifests' minimum versions
// (lib/platform/browserMinimums.ts)? A browser that is too old refuses the extension and fails every test
// in it; this stops the run with one line per problem instead: found, needed, and the fix.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { MINIMUM } from '../lib/platform/browserMinimums';

interface Browser {
  label: string;
  variable: string;
  path: string;
  pkg: string;
  minimum: number;
}

const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
const browsers: Browser[] = [
  {
    label: 'Chromium',
    variable: 'CHROMIUM_PATH',
    path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    pkg: 'chromium',
    minimum: MINIMUM.chrome,
  },
  {
    label: 'Firefox',
    variable: 'FIREFOX_PATH',
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    pkg: 'firefox-esr',
    minimum: MINIMUM.firefox,
  },
];

function fix(browser: Browser): string {
  return process.env[browser.variable]
    ? `update the browser at ${browser.variable}=${browser.path}, or unset ${browser.variable} and run \`${sudo}apt-get update && ${sudo}apt-get install -y ${browser.pkg}\``
    : `\`${sudo}apt-get update && ${sudo}apt-get install -y ${browser.pkg}\` (Debian/Ubuntu), or point ${browser.variable} at a newer ${browser.label}`;
}

const found: string[] = [];
let failed = false;

// engines.node is ">=MAJOR.MINOR.PATCH"; npm only warns about it, so it is checked here.
const engines = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    engines: { node: string };
  }
).engines.node;
const needNode = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(engines)?.slice(1).map(Number) ?? [0, 0, 0];
const haveNode = process.versions.node.split('.').map(Number);
const older = needNode.findIndex((part, i) => (haveNode[i] ?? 0) !== part);
if (older !== -1 && (haveNode[older] ?? 0) < (needNode[older] ?? 0)) {
  console.error(
    `node: found Node ${process.versions.node}; needed: Node ${engines.slice(2)} or newer; fix: \`nvm install\` (reads .nvmrc), or install Node 22 LTS from nodejs.org`,
  );
  failed = true;
} else {
  found.push(`Node ${process.versions.node} (needs ${engines.slice(2)}+)`);
}
for (const browser of browsers) {
  const needed = `${browser.label} ${browser.minimum} or newer`;
  if (!existsSync(browser.path)) {
    console.error(
      `browsers: no ${browser.label} at ${browser.path}; needed: ${needed}; fix: ${fix(browser)}`,
    );
    failed = true;
    continue;
  }
  const run = spawnSync(browser.path, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  const version = /(\d+)\.\d+[.\w]*/.exec(run.stdout ?? '');
  if (!version) {
    const said = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n')[0] ?? '';
    console.error(
      `browsers: could not read the version of ${browser.path} (it printed: ${said || 'nothing'}); needed: ${needed}; fix: ${fix(browser)}`,
    );
    failed = true;
    continue;
  }
  const major = Number(version[1]);
  if (major < browser.minimum) {
    console.error(
      `browsers: found ${browser.label} ${version[0]} at ${browser.path}; needed: ${needed}; fix: ${fix(browser)}`,
    );
    failed = true;
    continue;
  }
  found.push(`${browser.label} ${version[0]} (needs ${browser.minimum}+)`);
}
if (failed) process.exit(1);
console.log(`environment: ${found.join(', ')}`);
