// `npm run zip`: the three files a release uploads, in .output/store/ —
//   hutong-<version>-chrome.zip   Chrome Web Store
//   hutong-<version>-firefox.zip  addons.mozilla.org (desktop and Android)
//   hutong-<version>-sources.zip  the sources addons.mozilla.org asks for
// Store builds are made with HUTONG_STORE=1 (no manifest `key`; see wxt.config.ts) in their own
// folder, so the development build in .output/ keeps its pinned id. Then each zip is checked
// against the stores' rules, and the sources zip is rebuilt in a temporary folder to prove it gives
// the Firefox zip byte for byte (what a reviewer at addons.mozilla.org does).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { readZip } from './lib/zip.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.env.HUTONG_OUT_DIR ?? '.output', 'store');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const env = { ...process.env, HUTONG_STORE: '1', HUTONG_OUT_DIR: out };

function run(cwd, args) {
  const result = spawnSync('npx', args, {
    cwd,
    env: { ...env, HUTONG_OUT_DIR: cwd === root ? out : join(cwd, '.output') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    throw new Error(`npx ${args.join(' ')} failed in ${cwd}`);
  }
}

const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
};

rmSync(out, { recursive: true, force: true });
run(root, ['wxt', 'zip', '-b', 'chrome']);
run(root, ['wxt', 'zip', '-b', 'firefox']);

const zips = {
  chrome: join(out, `${name}-${version}-chrome.zip`),
  firefox: join(out, `${name}-${version}-firefox.zip`),
  sources: join(out, `${name}-${version}-sources.zip`),
};
const chrome = readZip(zips.chrome);
const firefox = readZip(zips.firefox);
const sources = readZip(zips.sources);

// Chrome Web Store: no `key`, a minimum version, and a name and description it accepts in every
// locale (name ≤ 45 characters, description ≤ 132).
const chromeManifest = JSON.parse(chrome.get('manifest.json').toString('utf8'));
check(!('key' in chromeManifest), 'the Chrome zip’s manifest has a `key` (the store refuses it)');
check(chromeManifest.minimum_chrome_version, 'the Chrome zip has no minimum_chrome_version');
check(chromeManifest.version === version, `the Chrome zip is version ${chromeManifest.version}`);
const limits = [];
for (const [path, content] of chrome) {
  const locale = /^_locales\/([^/]+)\/messages\.json$/.exec(path)?.[1];
  if (!locale) continue;
  const messages = JSON.parse(content.toString('utf8'));
  const extName = [...messages.extName.message].length;
  const description = [...messages.extDescription.message].length;
  limits.push(`${locale}: name ${extName}/45, description ${description}/132`);
  check(extName <= 45, `${locale}: the name has ${extName} characters (at most 45)`);
  check(
    description <= 132,
    `${locale}: the description has ${description} characters (at most 132)`,
  );
}
check(limits.length >= 2, 'the Chrome zip has fewer than two locales');

// addons.mozilla.org: the add-on id, a minimum for desktop and for Android, no data collected.
const gecko = JSON.parse(firefox.get('manifest.json').toString('utf8')).browser_specific_settings;
check(gecko?.gecko?.id, 'the Firefox zip has no add-on id');
check(gecko?.gecko?.strict_min_version, 'the Firefox zip has no strict_min_version');
check(gecko?.gecko_android?.strict_min_version, 'the Firefox zip has no gecko_android minimum');
check(
  JSON.stringify(gecko?.gecko?.data_collection_permissions) === '{"required":["none"]}',
  'the Firefox zip does not declare that it collects no data',
);
for (const file of ['package.json', 'package-lock.json', 'README.md', 'wxt.config.ts']) {
  check(sources.has(file), `the sources zip lacks ${file}`);
}
check(
  ![...sources.keys()].some((file) =>
    /^(node_modules|test-results|playwright-report)\//.test(file),
  ),
  'the sources zip contains installed packages or test results',
);

// The reviewer's rebuild: unpack the sources, build for Firefox, compare with the Firefox zip.
// node_modules is linked from this checkout (the reviewer runs `npm ci`, which installs the same
// locked versions).
const scratch = mkdtempSync(join(tmpdir(), 'hutong-sources-'));
try {
  for (const [path, content] of sources) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), content);
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  run(scratch, ['wxt', 'build', '-b', 'firefox']);
  const built = join(scratch, '.output', 'firefox-mv2');
  const list = (dir) =>
    readdirSync(dir).flatMap((entry) =>
      statSync(join(dir, entry)).isDirectory() ? list(join(dir, entry)) : [join(dir, entry)],
    );
  const rebuilt = new Map(list(built).map((file) => [relative(built, file), readFileSync(file)]));
  check(
    [...rebuilt.keys()].sort().join('\n') === [...firefox.keys()].sort().join('\n'),
    'the build from the sources zip has other files than the Firefox zip',
  );
  for (const [path, content] of firefox) {
    check(rebuilt.get(path)?.equals(content), `rebuilt from the sources, ${path} differs`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

for (const [kind, path] of Object.entries(zips)) {
  const bytes = readFileSync(path);
  const sha = createHash('sha256').update(bytes).digest('hex');
  console.log(
    `${kind.padEnd(8)} ${relative(root, path)}  ${(bytes.length / 1024).toFixed(1)} KB  sha256 ${sha}`,
  );
}
for (const line of limits) console.log(`store text ${line}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`zip: ${problem}`);
  process.exit(1);
}
console.log('zip: store rules met; the sources zip rebuilds the Firefox zip byte for byte');
