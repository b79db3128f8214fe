/**
 * Writes Hutong's Traditional Chinese (繁體中文) from its Simplified text, with OpenCC and the
 * reviewed overrides in scripts/lib/hant.ts:
 * - data/generated/hant.<table>.json: one per UI string table in lib/platform/i18n/strings/ (the table imports
 *   its own file, so the hint bundles only the hint's strings);
 * - data/generated/hant.kb.json: the knowledge base's Chinese text (data/text.ts);
 * - data/generated/hant.fold.json: Traditional → Simplified characters for search (lib/kb/hantFold.ts);
 * - public/_locales/zh_TW/messages.json: the manifest's name and description.
 * tests/unit/scripts/hant.test.ts fails when any of them is stale. Run: npm run gen
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { capabilities, entities, events, sources } from '../data';
import { hantFoldPairs, toHantKb, toHantUi } from './lib/hant';
import { bilingualTexts } from '../data/bilingual';

// Paths, not file: URLs: Vitest's DOM environment gives modules http: URLs.
const ROOT = join(import.meta.dirname, '..');
const STRINGS_DIR = join(ROOT, 'lib/platform/i18n/strings');

interface Table {
  en: Record<string, string>;
  zh: Record<string, string>;
}

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && 'en' in value && 'zh' in value;
}

/** Every string table exported by lib/platform/i18n/strings/*.ts, by export name. */
export async function stringTables(): Promise<Map<string, Table>> {
  const tables = new Map<string, Table>();
  const files = readdirSync(STRINGS_DIR).filter((f) => /^[a-z]\w*\.ts$/i.test(f));
  for (const file of files.sort()) {
    const module = (await import(join(STRINGS_DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (isTable(value)) tables.set(name, value);
    }
  }
  return tables;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Every Simplified text Hutong shows: UI tables, then the knowledge base. */
async function simplifiedTexts(): Promise<string[]> {
  const ui = [...(await stringTables()).values()].flatMap((t) => Object.values(t.zh));
  return [...ui, ...bilingualTexts(kb()).map((b) => b.zh)];
}

function kb() {
  return { entities, events, sources, capabilities };
}

/** Path relative to the repository → content, for every generated file. */
export async function generatedHant(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, table] of await stringTables()) {
    const hant = Object.fromEntries(Object.entries(table.zh).map(([k, v]) => [k, toHantUi(v)]));
    out.set(`data/generated/hant.${name}.json`, json(hant));
  }
  out.set('data/generated/hant.kb.json', json(bilingualTexts(kb()).map((b) => toHantKb(b.zh))));
  const chars = new Set((await simplifiedTexts()).join(''));
  out.set('data/generated/hant.fold.json', json(hantFoldPairs(chars)));

  const zhCN = JSON.parse(
    readFileSync(join(ROOT, 'public/_locales/zh_CN/messages.json'), 'utf8'),
  ) as Record<string, { message: string; description?: string }>;
  const zhTW = Object.fromEntries(
    Object.entries(zhCN).map(([key, entry]) => [
      key,
      { ...entry, message: toHantUi(entry.message) },
    ]),
  );
  const locale = 'public/_locales/zh_TW/messages.json';
  const config = await resolveConfig(join(ROOT, locale));
  out.set(locale, await format(JSON.stringify(zhTW), { ...config, parser: 'json' }));
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  mkdirSync(join(ROOT, 'public/_locales/zh_TW'), { recursive: true });
  for (const [path, content] of await generatedHant()) {
    writeFileSync(join(ROOT, path), content);
    console.log(`wrote ${path}`);
  }
}
