/**
 * Settings export and import as a small versioned JSON file, and the "everything Hutong stored"
 * export. Import is all or nothing: the file is parsed and checked completely before anything is
 * written, and a file that is too big, not JSON, from another program, from a newer Hutong or
 * with a wrong value is refused with a reason the options page can show.
 */
import { getHistory } from '../utils/historyStore';
import {
  DEFAULT_SETTINGS,
  getSettings,
  getSiteSwitches,
  sanitizeSettings,
  sanitizeSiteSwitches,
  settingsItem,
  siteSwitchesItem,
  type HistoryEntry,
  type Settings,
  type SiteSwitches,
  writeInTurn,
} from '../utils/storage';

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
  { ok: true; settings: Settings; siteSwitches: SiteSwitches } | { ok: false; error: ImportError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function settingsFile(settings: Settings, siteSwitches: SiteSwitches): SettingsFile {
  return {
    app: 'hutong',
    kind: 'settings',
    version: SETTINGS_FILE_VERSION,
    settings: sanitizeSettings(settings),
    siteSwitches: sanitizeSiteSwitches(siteSwitches),
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
  const clean = sanitizeSettings(settings);
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (key in settings && settings[key] !== clean[key]) return { ok: false, error: 'invalid' };
  }
  for (const key of Object.keys(settings)) {
    if (!(key in DEFAULT_SETTINGS)) return { ok: false, error: 'invalid' };
  }
  const switches = sanitizeSiteSwitches(siteSwitches ?? {});
  if (isRecord(siteSwitches) && Object.keys(switches).length !== Object.keys(siteSwitches).length) {
    return { ok: false, error: 'invalid' };
  }
  return { ok: true, settings: clean, siteSwitches: switches };
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
): Promise<ParsedSettings> {
  const parsed = parseSettingsFile(text);
  if (!parsed.ok) return parsed;
  const settings = {
    ...parsed.settings,
    anySiteDetection: parsed.settings.anySiteDetection && allowAnySite,
  };
  // In turn with every other settings writer, so none of them lands between the two writes.
  await writeInTurn(async () => {
    const before = await getSettings();
    await settingsItem.setValue(settings);
    try {
      await siteSwitchesItem.setValue(parsed.siteSwitches);
    } catch (error) {
      await settingsItem.setValue(before);
      throw error;
    }
  });
  return { ok: true, settings, siteSwitches: parsed.siteSwitches };
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
