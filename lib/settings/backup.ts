/**
 * Settings export and import as a small versioned JSON file, and the "everything Hutong stored"
 * export. Import is all or nothing: the file is parsed and checked completely before anything is
 * written, and a file that is too big, not JSON, from another program, from a newer Hutong or
 * with a wrong value is refused with a reason the options page can show. Only a file's own keys
 * count (`__proto__` or `constructor` in a file is a wrong key, never a way into an object).
 *
 * A file that holds only some settings merges by default: what it leaves out stays as it is, and
 * the result says what changed. "Replace" resets what the file leaves out to the defaults.
 */
import { getHistory } from '../history/store';
import {
  DEFAULT_SETTINGS,
  getSettings,
  parseSettings,
  saveSettings,
  type Settings,
} from '../platform/storage/settings';
import {
  getSiteSwitches,
  parseSiteSwitches,
  saveSiteSwitches,
  type SiteSwitches,
} from '../platform/storage/sites';
import type { HistoryEntry } from '../platform/storage/history';
import { writeInTurn } from '../platform/storage/writes';

export const SETTINGS_FILE_VERSION = 1;
/** A settings file is a few hundred bytes; anything this big is not one. */
export const MAX_SETTINGS_FILE_BYTES = 256 * 1024;

export interface SettingsFile {
  app: 'hutong';
  kind: 'settings';
  version: number;
  settings: Settings;
  siteSwitches: SiteSwitches;
}

export interface AllDataFile {
  app: 'hutong';
  kind: 'all-data';
  version: number;
  exportedAt: string;
  settings: Settings;
  siteSwitches: SiteSwitches;
  history: HistoryEntry[];
}

export type ImportError = 'too-large' | 'not-json' | 'foreign' | 'newer-version' | 'invalid';

export type ParsedSettings =
  | { ok: true; settings: Partial<Settings>; siteSwitches?: SiteSwitches }
  | { ok: false; error: ImportError };

export type ImportMode = 'merge' | 'replace';

export type ImportResult =
  | {
      ok: true;
      settings: Settings;
      siteSwitches: SiteSwitches;
      /** The settings whose value the import changed. */
      changedSettings: (keyof Settings)[];
      /** How many sites' switches the import changed. */
      changedSites: number;
    }
  | { ok: false; error: ImportError };

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function settingsFile(settings: Settings, siteSwitches: SiteSwitches): SettingsFile {
  return {
    app: 'hutong',
    kind: 'settings',
    version: SETTINGS_FILE_VERSION,
    settings: parseSettings(settings),
    siteSwitches: parseSiteSwitches(siteSwitches),
  };
}

export function serialize(file: SettingsFile | AllDataFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Checks a settings file without touching storage. Never throws. */
export function parseSettingsFile(text: string): ParsedSettings {
  if (typeof text !== 'string') return { ok: false, error: 'invalid' };
  // Characters, not bytes, but a UTF-8 byte is at least one character: a safe upper bound.
  if (text.length > MAX_SETTINGS_FILE_BYTES) return { ok: false, error: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(raw) || raw.app !== 'hutong' || raw.kind !== 'settings') {
    return { ok: false, error: 'foreign' };
  }
  const { version, settings, siteSwitches } = raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'invalid' };
  }
  if (version > SETTINGS_FILE_VERSION) return { ok: false, error: 'newer-version' };
  if (!isRecord(settings) || (siteSwitches !== undefined && !isRecord(siteSwitches))) {
    return { ok: false, error: 'invalid' };
  }
  // Strict: a value the sanitizer would change means the file was edited badly or is damaged,
  // and importing "most of it" would surprise the user more than a clear refusal.
  for (const key of Object.keys(settings)) {
    if (!own(DEFAULT_SETTINGS, key)) return { ok: false, error: 'invalid' };
  }
  const clean = parseSettings(settings);
  const partial: Partial<Settings> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!own(settings, key)) continue;
    if (settings[key] !== clean[key]) return { ok: false, error: 'invalid' };
    Object.assign(partial, { [key]: clean[key] });
  }
  if (siteSwitches === undefined) return { ok: true, settings: partial };
  const switches = parseSiteSwitches(siteSwitches);
  if (isRecord(siteSwitches) && Object.keys(switches).length !== Object.keys(siteSwitches).length) {
    return { ok: false, error: 'invalid' };
  }
  return { ok: true, settings: partial, siteSwitches: switches };
}

/** Only "off" is stored (setSiteEnabled): an "on" entry in a file means "not switched off". */
function offOnly(switches: SiteSwitches): SiteSwitches {
  return Object.fromEntries(Object.entries(switches).filter(([, on]) => !on));
}

function mergeSwitches(current: SiteSwitches, file: SiteSwitches): SiteSwitches {
  const next = new Map(Object.entries(current));
  for (const [site, on] of Object.entries(file)) {
    if (on) next.delete(site);
    else next.set(site, false);
  }
  return Object.fromEntries(next);
}

function changedSiteCount(before: SiteSwitches, after: SiteSwitches): number {
  const sites = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...sites].filter((site) => (before[site] ?? true) !== (after[site] ?? true)).length;
}

export async function exportSettingsText(): Promise<string> {
  const [settings, siteSwitches] = await Promise.all([getSettings(), getSiteSwitches()]);
  return serialize(settingsFile(settings, siteSwitches));
}

/**
 * Imports a settings file. Nothing is written unless the whole file is valid; if the second
 * write fails (storage quota), the first is rolled back so the user never ends up half-imported.
 * `allowAnySite` is false when the optional <all_urls> permission is not granted: the file may
 * turn the detector on, but without the permission it could not work, so it stays off.
 */
export async function importSettingsText(
  text: string,
  allowAnySite: boolean,
  mode: ImportMode = 'merge',
): Promise<ImportResult> {
  const parsed = parseSettingsFile(text);
  if (!parsed.ok) return parsed;
  // In turn with every other settings writer, so none of them lands between the two writes.
  return writeInTurn(async (turn) => {
    const [before, switchesBefore] = await Promise.all([getSettings(), getSiteSwitches()]);
    const base = mode === 'replace' ? DEFAULT_SETTINGS : before;
    const merged = parseSettings({ ...base, ...parsed.settings });
    const settings = { ...merged, anySiteDetection: merged.anySiteDetection && allowAnySite };
    const fileSwitches = parsed.siteSwitches ?? {};
    const siteSwitches =
      mode === 'replace' ? offOnly(fileSwitches) : mergeSwitches(switchesBefore, fileSwitches);
    await saveSettings(turn, settings);
    try {
      await saveSiteSwitches(turn, siteSwitches);
    } catch (error) {
      await saveSettings(turn, before);
      throw error;
    }
    const changedSettings = (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).filter(
      (key) => settings[key] !== before[key],
    );
    return {
      ok: true as const,
      settings,
      siteSwitches,
      changedSettings,
      changedSites: changedSiteCount(switchesBefore, siteSwitches),
    };
  });
}

export async function exportAllText(now = new Date()): Promise<string> {
  const [settings, siteSwitches, history] = await Promise.all([
    getSettings(),
    getSiteSwitches(),
    getHistory(),
  ]);
  return serialize({
    app: 'hutong',
    kind: 'all-data',
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings,
    siteSwitches,
    history,
  });
}
