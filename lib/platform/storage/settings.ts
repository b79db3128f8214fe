/**
 * The user's settings: one stored item, its schema (which gives its type, its defaults and its
 * parsing) and its one write path. A bad field falls back to its default and the good ones are
 * kept, so one bad value never costs the user their other settings.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { Language } from '../../../data/schema';
import { writeInTurn, type Turn } from './writes';

export const HISTORY_CAP_MIN = 100;
export const HISTORY_CAP_MAX = 20_000;

/** 'zh' is Simplified Chinese (the only Chinese before 1.1, so stored 'zh' keeps its meaning). */
export const LANGUAGE_SETTINGS = ['auto', 'en', 'zh', 'zh-Hant'] as const satisfies readonly (
  'auto' | Language
)[];
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

const HintFrequency = v.picklist(['every-page', 'once-per-session', 'never']);
export type HintFrequency = v.InferOutput<typeof HintFrequency>;

/** Field by field: each field's fallback is its default. */
const SettingsFields = v.object({
  /** Global switch for in-page hints. */
  hintsEnabled: v.fallback(v.boolean(), true),
  hintFrequency: v.fallback(HintFrequency, 'once-per-session'),
  language: v.fallback(v.picklist(LANGUAGE_SETTINGS), 'auto'),
  historyEnabled: v.fallback(v.boolean(), true),
  /** Oldest entries go first once the history is longer than this; a bigger number is capped. */
  historyCap: v.fallback(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(HISTORY_CAP_MIN),
      v.transform((cap) => Math.min(cap, HISTORY_CAP_MAX)),
    ),
    5000,
  ),
  /** Opt-in article detection on any site (needs the optional <all_urls> permission). */
  anySiteDetection: v.fallback(v.boolean(), false),
});

/** Anything that is not an object at all is the defaults. */
const Settings = v.fallback(SettingsFields, () => v.parse(SettingsFields, {}));
export type Settings = v.InferOutput<typeof Settings>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(v.parse(Settings, {}));

export const parseSettings = (raw: unknown): Settings => v.parse(Settings, raw);

/**
 * Version history:
 * - v1: { hints: boolean, lang: 'en' | 'zh-CN' | 'auto' } (the 0.0.x previews)
 * - v2: the Settings schema above. 1.1 added 'zh-Hant' to `language` without a new version:
 *   every value an older version wrote still means what it meant ('zh' is Simplified), and a
 *   value an older version cannot read falls back to 'auto' there through its parsing.
 *
 * Written only through saveSettings, in turn with every other writer (./writes.ts).
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (old: unknown): Settings => {
      const r = typeof old === 'object' && old !== null ? (old as Record<string, unknown>) : {};
      // A value already in the v2 shape whose version marker was lost (a restored profile, a
      // hand edit) is kept as it is, not "migrated" into defaults.
      if ('hintsEnabled' in r || 'hintFrequency' in r) return parseSettings(r);
      return parseSettings({ hintsEnabled: r.hints, language: r.lang === 'zh-CN' ? 'zh' : r.lang });
    },
  },
});

export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** The one write of settingsItem: parsed, inside a write turn. */
export async function saveSettings(_turn: Turn, settings: Settings): Promise<Settings> {
  const next = parseSettings(settings);
  await settingsItem.setValue(next);
  return next;
}

/** Changes some settings, starting from the stored ones once every earlier write has landed. */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return writeInTurn(async (turn) => saveSettings(turn, { ...(await getSettings()), ...patch }));
}
