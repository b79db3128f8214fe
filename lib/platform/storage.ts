/**
 * Every storage key Hutong uses, declared once. Nobody else writes raw keys.
 *
 * Stored values come back through `sanitize*` functions: anything of the wrong shape (a value
 * written by an old version, a hand-edited profile, a truncated write) is replaced by the default
 * for that field only, so one bad value never costs the user their other settings.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';

/** 'zh' is Simplified Chinese (the only Chinese before 1.1, so stored 'zh' keeps its meaning). */
export type LanguageSetting = 'auto' | 'en' | 'zh' | 'zh-Hant';
export type HintFrequency = 'every-page' | 'once-per-session' | 'never';

export interface Settings {
  /** Global switch for in-page hints. */
  hintsEnabled: boolean;
  hintFrequency: HintFrequency;
  language: LanguageSetting;
  historyEnabled: boolean;
  /** Oldest entries go first once the history is longer than this. */
  historyCap: number;
  /** Opt-in article detection on any site (needs the optional <all_urls> permission). */
  anySiteDetection: boolean;
}

export const HISTORY_CAP_MIN = 100;
export const HISTORY_CAP_MAX = 20_000;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  hintsEnabled: true,
  hintFrequency: 'once-per-session',
  language: 'auto',
  historyEnabled: true,
  historyCap: 5000,
  anySiteDetection: false,
});

const FREQUENCIES: readonly HintFrequency[] = ['every-page', 'once-per-session', 'never'];
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', 'en', 'zh', 'zh-Hant'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** Field by field: a bad field falls back to its default, good fields are kept. */
export function sanitizeSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const cap = r.historyCap;
  return {
    hintsEnabled: bool(r.hintsEnabled, DEFAULT_SETTINGS.hintsEnabled),
    hintFrequency: pick(r.hintFrequency, FREQUENCIES, DEFAULT_SETTINGS.hintFrequency),
    language: pick(r.language, LANGUAGE_SETTINGS, DEFAULT_SETTINGS.language),
    historyEnabled: bool(r.historyEnabled, DEFAULT_SETTINGS.historyEnabled),
    historyCap:
      typeof cap === 'number' && Number.isInteger(cap) && cap >= HISTORY_CAP_MIN
        ? Math.min(cap, HISTORY_CAP_MAX)
        : DEFAULT_SETTINGS.historyCap,
    anySiteDetection: bool(r.anySiteDetection, DEFAULT_SETTINGS.anySiteDetection),
  };
}

/**
 * Version history:
 * - v1: { hints: boolean, lang: 'en' | 'zh-CN' | 'auto' } (the 0.0.x previews)
 * - v2: the Settings interface above. 1.1 added 'zh-Hant' to `language` without a new version:
 *   every value an older version wrote still means what it meant ('zh' is Simplified), and a
 *   value an older version cannot read falls back to 'auto' there through sanitizeSettings.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (old: unknown): Settings => {
      const r = isRecord(old) ? old : {};
      // A value already in the v2 shape whose version marker was lost (a restored profile, a
      // hand edit) is kept as it is, not "migrated" into defaults.
      if ('hintsEnabled' in r || 'hintFrequency' in r) return sanitizeSettings(r);
      return sanitizeSettings({
        hintsEnabled: r.hints,
        language: r.lang === 'zh-CN' ? 'zh' : r.lang,
      });
    },
  },
});

export async function getSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

/**
 * Read-modify-write changes, one after another: two quick clicks (hints off, then history off)
 * must not both start from the old value, or the second write undoes the first. Within a page the
 * promise chain keeps them in order; across Hutong's pages and its background (the side panel's
 * language switch and the options page at the same moment) a Web Lock does: they share one
 * origin, so one lock queues every writer. Inside `change`, never call another writer or wait
 * for the background (which may be waiting for the same lock): it would wait for itself.
 */
const WRITE_LOCK = 'hutong-settings-write';
let writes: Promise<unknown> = Promise.resolve();
export function writeInTurn<T>(change: () => Promise<T>): Promise<T> {
  // Absent (null in some test DOMs) where there is no lock manager: the chain alone then.
  const locks = typeof navigator === 'undefined' ? undefined : (navigator.locks ?? undefined);
  const guarded: () => Promise<T> =
    locks === undefined ? change : () => locks.request(WRITE_LOCK, () => change()) as Promise<T>;
  const result = writes.then(guarded, guarded);
  writes = result.catch(() => undefined);
  return result;
}

export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return writeInTurn(async () => {
    const next = sanitizeSettings({ ...(await getSettings()), ...patch });
    await settingsItem.setValue(next);
    return next;
  });
}

/** Per covered domain ("taobao.com" covers item.taobao.com): false hides hints there. */
export type SiteSwitches = Record<string, boolean>;

const DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/;

export function sanitizeSiteSwitches(raw: unknown): SiteSwitches {
  const out: SiteSwitches = {};
  if (!isRecord(raw)) return out;
  for (const [domain, on] of Object.entries(raw)) {
    if (DOMAIN.test(domain) && typeof on === 'boolean') out[domain] = on;
  }
  return out;
}

export const siteSwitchesItem = storage.defineItem<SiteSwitches>('local:siteSwitches', {
  fallback: {},
  version: 1,
});

export async function getSiteSwitches(): Promise<SiteSwitches> {
  return sanitizeSiteSwitches(await siteSwitchesItem.getValue());
}

export function setSiteEnabled(domain: string, enabled: boolean): Promise<void> {
  return writeInTurn(async () => {
    const others = Object.entries(await getSiteSwitches()).filter(([site]) => site !== domain);
    // Only "off" is stored: a site nobody touched follows the default, which may change.
    await siteSwitchesItem.setValue(
      Object.fromEntries(enabled ? others : [...others, [domain, false]]),
    );
  });
}

export interface HistoryEntry {
  id: string;
  url: string;
  title: string;
  /** The covered domain the page belongs to ("taobao.com"). */
  site: string;
  /** Knowledge-base entity ids the context was about. */
  entities: string[];
  /** Epoch milliseconds. */
  time: number;
}

export const MAX_TITLE_LENGTH = 300;
export const MAX_URL_LENGTH = 2048;

export function sanitizeHistoryEntry(raw: unknown): HistoryEntry | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, url, title, site, entities, time } = raw;
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) return undefined;
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH || !/^https?:\/\//.test(url))
    return undefined;
  if (typeof site !== 'string' || !DOMAIN.test(site)) return undefined;
  if (typeof time !== 'number' || !Number.isFinite(time) || time <= 0) return undefined;
  return {
    id,
    url,
    title: typeof title === 'string' ? title.slice(0, MAX_TITLE_LENGTH) : '',
    site,
    entities: Array.isArray(entities)
      ? entities.filter((e): e is string => typeof e === 'string').slice(0, 20)
      : [],
    time,
  };
}

export function sanitizeHistory(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => sanitizeHistoryEntry(entry) ?? []);
}

/**
 * History is stored in chunks of at most this many entries, so recording a visit rewrites one
 * small chunk and the index, never the whole list (10,000 entries are ~2.5 MB).
 */
export const HISTORY_CHUNK_SIZE = 250;
export const HISTORY_LAYOUT_VERSION = 2;

export interface HistoryChunkRef {
  /** Chunk ids only grow (from `next`), so a key is never reused for other entries. */
  id: number;
  /** Entries in the chunk as last written; lets readers pick chunks without reading them. */
  size: number;
}

export interface HistoryIndex {
  version: typeof HISTORY_LAYOUT_VERSION;
  /** Oldest chunk first; entries inside a chunk are oldest first too. */
  chunks: HistoryChunkRef[];
  next: number;
}

export const EMPTY_HISTORY_INDEX: Readonly<HistoryIndex> = Object.freeze({
  version: HISTORY_LAYOUT_VERSION,
  chunks: [],
  next: 0,
});

function count(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

/** A damaged index is undefined (never half-trusted): the store rebuilds it from the chunks. */
export function sanitizeHistoryIndex(raw: unknown): HistoryIndex | undefined {
  if (!isRecord(raw) || raw.version !== HISTORY_LAYOUT_VERSION) return undefined;
  const { chunks, next } = raw;
  if (!count(next, Number.MAX_SAFE_INTEGER) || !Array.isArray(chunks)) return undefined;
  const refs: HistoryChunkRef[] = [];
  for (const ref of chunks) {
    if (!isRecord(ref) || !count(ref.id, next - 1) || !count(ref.size, HISTORY_CHUNK_SIZE)) {
      return undefined;
    }
    // Ids are handed out in order, so a list out of order was not written by the store.
    if (refs.length > 0 && ref.id <= (refs[refs.length - 1]?.id ?? -1)) return undefined;
    refs.push({ id: ref.id, size: ref.size });
  }
  return { version: HISTORY_LAYOUT_VERSION, chunks: refs, next };
}

/** A chunk that is not a list at all is undefined (dropped); bad entries inside are dropped. */
export function sanitizeHistoryChunk(raw: unknown): HistoryEntry[] | undefined {
  return Array.isArray(raw) ? sanitizeHistory(raw).slice(0, HISTORY_CHUNK_SIZE) : undefined;
}

/**
 * Version history of the history layout:
 * - v1: every entry in one array under `history` (`legacyHistoryItem`); migrated by
 *   lib/history/store.ts on the first write, then removed.
 * - v2: this index plus the chunks it lists, each under `historyChunkKey(id)`.
 * Read and written only through lib/history/store.ts; the background is the only writer.
 */
export const historyIndexItem = storage.defineItem<HistoryIndex | null>('local:historyIndex', {
  fallback: null,
});

export const legacyHistoryItem = storage.defineItem<unknown>('local:history', { fallback: null });

const CHUNK_PREFIX = 'historyChunk:';
const CHUNK_KEY = /^historyChunk:(\d{1,15})$/;

/** The one place chunk keys are made. */
export function historyChunkKey(id: number): StorageItemKey {
  return `local:${CHUNK_PREFIX}${id}`;
}

/** What a raw storage.local key (as in onChanged or a snapshot) holds, if it is history. */
export function historyKeyKind(
  rawKey: string,
): { kind: 'index' } | { kind: 'legacy' } | { kind: 'chunk'; id: number } | undefined {
  if (`local:${rawKey}` === historyIndexItem.key) return { kind: 'index' };
  if (`local:${rawKey}` === legacyHistoryItem.key) return { kind: 'legacy' };
  const match = CHUNK_KEY.exec(rawKey);
  return match?.[1] === undefined ? undefined : { kind: 'chunk', id: Number(match[1]) };
}

/**
 * The last failed history write (storage quota), so the popup can say why recording stopped.
 * Session storage: it must be writable exactly when local storage is full.
 */
export interface WriteFailure {
  error: string;
  /** Epoch ms. */
  at: number;
}

export const historyWriteErrorItem = storage.defineItem<WriteFailure | null>(
  'session:historyWriteError',
  { fallback: null },
);

export function sanitizeWriteFailure(raw: unknown): WriteFailure | null {
  if (!isRecord(raw) || typeof raw.error !== 'string' || typeof raw.at !== 'number') return null;
  return { error: raw.error.slice(0, 200), at: raw.at };
}

/** Sites whose hint was already shown in this browser session ("once per session"). */
export const shownThisSessionItem = storage.defineItem<Record<string, true>>(
  'session:shownThisSession',
  { fallback: {} },
);

/**
 * Whether the background has looked, since Hutong was last enabled, updated or reloaded (which
 * empty session storage), for hints a previous instance left dead in open tabs. A flag, no data.
 */
export const hintsSweptItem = storage.defineItem<boolean>('session:hintsSwept', {
  fallback: false,
});

/**
 * The last "Hide on this site" pressed on a hint: which tab, which site, when (epoch ms). Its Undo
 * is accepted only from that tab, for that site, shortly after; in session storage because the
 * service worker may stop in between.
 */
export interface HintHidden {
  tabId: number;
  site: string;
  at: number;
}

export const hintHiddenItem = storage.defineItem<HintHidden | null>('session:hintHidden', {
  fallback: null,
});

/** What the side panel should focus when it next opens (set by the hint, popup, context menu). */
export interface PanelFocus {
  entity?: string;
  event?: string;
  query?: string;
  /** Epoch ms; stale requests are ignored. */
  at: number;
}

export const panelFocusItem = storage.defineItem<PanelFocus | null>('session:panelFocus', {
  fallback: null,
});
