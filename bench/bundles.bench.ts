/**
 * Size of what each entry point loads, raw and gzip: a page's scripts plus every chunk they import,
 * and each content script. Read from the built extension (run `npm run build` first).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figure';

const OUT = resolve(import.meta.dirname, '..', process.env.HUTONG_OUT_DIR ?? '.output');

const BUDGETS_GZIP_KB: Record<string, number> = {
  // Page scripts carry no webextension-polyfill (#13): lib/platform/pageApi.ts.
  'content script hint-site': 4.5,
  // The hint's strings and stylesheet come with the background's answer, in the page's language,
  // so a third language adds nothing here (7.7 KB measured).
  'content script hint-article': 8,
  // 60 until 1.0; the knowledge base 1.1 (issue 11: six events, fifteen sources, dated statuses,
  // all shipped to the panel as data) grew it from 56 to 62 KB gzip, ~5 KB of that data, which
  // is the product. 64 until 1.1: 繁體中文 (issue 17) adds every UI string in a third language and
  // the Traditional→Simplified search table (~4 KB), plus #14's panel work; 68.3 KB measured. The
  // Traditional knowledge base (11.8 KB gzip) is a chunk of its own that only readers of
  // Traditional load (data/text.ts), so it is not counted here. 70 until #16: every stored item
  // is now parsed by its valibot schema (lib/platform/storage/) instead of hand-written
  // sanitizers, which brings valibot's parsers into each page (~1.8 KB here); 70.4 KB measured.
  // Loading the Traditional UI strings only for their readers (~4 KB) is the next saving.
  'side panel': 72,
};

/** The file and every chunk it imports, transitively. */
function closure(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    const target = match[1];
    if (target) closure(dir, resolve(dirname(file), target), seen);
  }
  return seen;
}

function pageScripts(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  return [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].flatMap((m) =>
    m[1] ? [join(dir, m[1].replace(/^\//, ''))] : [],
  );
}

function measure(name: string, files: Iterable<string>): Figure[] {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return [
    { name: `${name} raw`, value: +(raw / 1024).toFixed(1), unit: 'KB', better: 'lower' },
    {
      name: `${name} gzip`,
      value: +(gzip / 1024).toFixed(1),
      unit: 'KB',
      better: 'lower',
      budget: BUDGETS_GZIP_KB[name],
    },
  ];
}

export async function runBundlesBench(build = 'chrome-mv3'): Promise<Figure[]> {
  const dir = join(OUT, build);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No build at ${dir}: run npm run build first.`);
  }
  const figures: Figure[] = [];
  for (const page of ['popup', 'sidepanel', 'options', 'onboarding']) {
    if (!existsSync(join(dir, `${page}.html`))) continue;
    const files = new Set<string>();
    for (const script of pageScripts(dir, `${page}.html`)) closure(dir, script, files);
    figures.push(...measure(page === 'sidepanel' ? 'side panel' : page, files));
  }
  const background = join(dir, 'background.js');
  figures.push(...measure('background', closure(dir, background)));
  // The scripts that run in web pages: hint-site.js (injected when due) and hint-article.js.
  for (const file of readdirSync(dir).filter((f) => /^hint-.*\.js$/.test(f))) {
    const name = `content script ${file.replace(/\.js$/, '')}`;
    figures.push(...measure(name, [join(dir, file)]));
  }
  return figures.map((f) => ({ ...f, note: `${build}` }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const figure of await runBundlesBench()) console.log(JSON.stringify(figure));
}
