/**
 * The layout of stored history: the entry, the index, the chunk keys and the v1 list. Read and
 * written only through lib/history/store.ts, whose writes run in the background's history queue
 * (lib/history/background.ts): that queue is history's one write path and keeps its
 * read-modify-writes in order, so history does not take the settings' write lock (./writes.ts).
 */
import * as v from 'valibot';
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { parseOr, validMembers } from './parse';
import { Domain } from './sites';

export const MAX_TITLE_LENGTH = 300;
export const MAX_URL_LENGTH = 2048;

/** An entry that fails a required field is dropped; a bad title or entity list is emptied. */
const HistoryEntry = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  url: v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH), v.regex(/^https?:\/\//)),
  title: v.fallback(
    v.pipe(
      v.string(),
      v.transform((title) => title.slice(0, MAX_TITLE_LENGTH)),
    ),
    '',
  ),
  /** The covered domain the page belongs to ("taobao.com"). */
  site: Domain,
  /** Knowledge-base entity ids the context was about. */
  entities: v.fallback(
    v.pipe(
      validMembers(v.string()),
      v.transform((ids) => ids.slice(0, 20)),
    ),
    () => [],
  ),
  /** Epoch milliseconds. */
  time: v.pipe(v.number(), v.finite(), v.gtValue(0)),
});
export type HistoryEntry = v.InferOutput<typeof HistoryEntry>;

/** The v1 list: its good entries; anything but a list is empty. */
const HistoryList = v.fallback(validMembers(HistoryEntry), () => []);

export const parseHistory = (raw: unknown): HistoryEntry[] => v.parse(HistoryList, raw);

/**
 * History is stored in chunks of at most this many entries, so recording a visit rewrites one
 * small chunk and the index, never the whole list (10,000 entries are ~2.5 MB).
 */
export const HISTORY_CHUNK_SIZE = 250;
export const HISTORY_LAYOUT_VERSION = 2;

/** A chunk: its good entries, at most HISTORY_CHUNK_SIZE of them. */
const HistoryChunk = v.pipe(
  validMembers(HistoryEntry),
  v.transform((entries) => entries.slice(0, HISTORY_CHUNK_SIZE)),
);

/** A chunk that is not a list at all is undefined (dropped); bad entries inside are dropped. */
export const parseHistoryChunk = (raw: unknown): HistoryEntry[] | undefined =>
  parseOr(HistoryChunk, raw, undefined);

const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));

const HistoryChunkRef = v.object({
  /** Chunk ids only grow (from `next`), so a key is never reused for other entries. */
  id: count(Number.MAX_SAFE_INTEGER),
  /** Entries in the chunk as last written; lets readers pick chunks without reading them. */
  size: count(HISTORY_CHUNK_SIZE),
});
export type HistoryChunkRef = v.InferOutput<typeof HistoryChunkRef>;

const HistoryIndex = v.pipe(
  v.object({
    version: v.literal(HISTORY_LAYOUT_VERSION),
    /** Oldest chunk first; entries inside a chunk are oldest first too. */
    chunks: v.array(HistoryChunkRef),
    next: count(Number.MAX_SAFE_INTEGER),
  }),
  // Ids are handed out in order from `next`, so a list out of order or past it was not written
  // by the store.
  v.check(({ chunks, next }) =>
    chunks.every((ref, i) => ref.id < next && ref.id > (chunks[i - 1]?.id ?? -1)),
  ),
);
export type HistoryIndex = v.InferOutput<typeof HistoryIndex>;

/** A damaged index is undefined (never half-trusted): the store rebuilds it from the chunks. */
export const parseHistoryIndex = (raw: unknown): HistoryIndex | undefined =>
  parseOr(HistoryIndex, raw, undefined);

export const EMPTY_HISTORY_INDEX: Readonly<HistoryIndex> = Object.freeze({
  version: HISTORY_LAYOUT_VERSION,
  chunks: [],
  next: 0,
});

/**
 * Version history of the history layout:
 * - v1: every entry in one array under `history` (`legacyHistoryItem`); migrated by
 *   lib/history/store.ts on the first write, then removed.
 * - v2: this index plus the chunks it lists, each under `historyChunkKey(id)`.
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
