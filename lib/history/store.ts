/**
 * Chunked history storage (layout v2, keys and schemas in lib/platform/storage/history.ts): reads
 * for the popup and options page, a change feed, and the write primitives the background's single
 * writer (lib/history/background.ts) calls from its queue. Nothing else reads or writes history
 * keys.
 *
 * Every read parses: a damaged chunk is dropped and the others kept; a damaged or missing
 * index is rebuilt from the chunk keys actually stored; a v1 list that has not been migrated yet
 * is read as it is.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { planCap, planVisit, toChunks, type ChunkPlan, type Visit } from './plan';
import {
  EMPTY_HISTORY_INDEX,
  HISTORY_CHUNK_SIZE,
  historyChunkKey,
  historyIndexItem,
  historyKeyKind,
  legacyHistoryItem,
  parseHistory,
  parseHistoryChunk,
  parseHistoryIndex,
  type HistoryEntry,
  type HistoryIndex,
} from '../platform/storage/history';

/** The index and the chunks read so far (all of them once `isComplete`). */
export interface HistoryState {
  index: HistoryIndex;
  chunks: ReadonlyMap<number, readonly HistoryEntry[]>;
}

/** Oldest first, like the stored order. */
export function historyEntries(state: HistoryState): HistoryEntry[] {
  return state.index.chunks.flatMap((ref) => state.chunks.get(ref.id) ?? []);
}

export function historyTotal(state: HistoryState): number {
  return state.index.chunks.reduce((sum, ref) => sum + ref.size, 0);
}

export function isComplete(state: HistoryState): boolean {
  return state.index.chunks.every((ref) => state.chunks.has(ref.id));
}

async function readChunks(ids: readonly number[]): Promise<Map<number, HistoryEntry[]>> {
  const chunks = new Map<number, HistoryEntry[]>();
  if (ids.length === 0) return chunks;
  const values = await storage.getItems(ids.map(historyChunkKey));
  ids.forEach((id, i) => chunks.set(id, parseHistoryChunk(values[i]?.value) ?? []));
  return chunks;
}

/** An index from the chunk keys actually stored, for a lost or damaged one. */
export function rebuildFromSnapshot(snapshot: Record<string, unknown>): HistoryState {
  const found: { id: number; entries: HistoryEntry[] }[] = [];
  let next = 0;
  for (const [key, value] of Object.entries(snapshot)) {
    const kind = historyKeyKind(key);
    if (kind?.kind !== 'chunk') continue;
    next = Math.max(next, kind.id + 1);
    const entries = parseHistoryChunk(value);
    if (entries && entries.length > 0) found.push({ id: kind.id, entries });
  }
  found.sort((a, b) => a.id - b.id);
  return {
    index: {
      ...EMPTY_HISTORY_INDEX,
      chunks: found.map(({ id, entries }) => ({ id, size: entries.length })),
      next,
    },
    chunks: new Map(found.map(({ id, entries }) => [id, entries])),
  };
}

type Loaded =
  | { kind: 'index'; index: HistoryIndex; legacyLeft: boolean }
  | { kind: 'legacy'; entries: HistoryEntry[] }
  | { kind: 'rebuilt'; state: HistoryState };

/** One small read: the index (and the v1 key, in case it has not been migrated yet). */
async function loadIndex(): Promise<Loaded> {
  const [index, legacy] = await storage.getItems([historyIndexItem, legacyHistoryItem]);
  const clean = parseHistoryIndex(index?.value);
  const hasLegacy = legacy?.value !== null && legacy?.value !== undefined;
  if (clean) return { kind: 'index', index: clean, legacyLeft: hasLegacy };
  if (hasLegacy) return { kind: 'legacy', entries: parseHistory(legacy?.value) };
  return { kind: 'rebuilt', state: rebuildFromSnapshot(await storage.snapshot('local')) };
}

function legacyState(entries: readonly HistoryEntry[]): HistoryState {
  const plan = toChunks(entries, HISTORY_CHUNK_SIZE);
  return { index: plan.index, chunks: plan.write };
}

/**
 * The index and the newest chunks holding at least `limit` entries: what the first screen of
 * the history list needs, in two small reads.
 */
export async function readRecentHistory(limit: number): Promise<HistoryState> {
  const loaded = await loadIndex();
  if (loaded.kind === 'legacy') return legacyState(loaded.entries);
  if (loaded.kind === 'rebuilt') return loaded.state;
  const ids: number[] = [];
  let covered = 0;
  for (let i = loaded.index.chunks.length - 1; i >= 0 && covered < limit; i--) {
    const ref = loaded.index.chunks[i];
    if (!ref) break;
    ids.push(ref.id);
    covered += ref.size;
  }
  return { index: loaded.index, chunks: await readChunks(ids) };
}

/** Everything: the index, then every chunk in one read. */
export async function readAllHistory(): Promise<HistoryState> {
  const loaded = await loadIndex();
  if (loaded.kind === 'legacy') return legacyState(loaded.entries);
  if (loaded.kind === 'rebuilt') return loaded.state;
  return {
    index: loaded.index,
    chunks: await readChunks(loaded.index.chunks.map((ref) => ref.id)),
  };
}

/** All entries, oldest first (export, tests). */
export async function getHistory(): Promise<HistoryEntry[]> {
  return historyEntries(await readAllHistory());
}

/** What one storage change did to history. `index: null`: the index went away or is damaged. */
export interface HistoryChange {
  index?: HistoryIndex | null;
  chunks: Map<number, HistoryEntry[] | undefined>;
}

/** Calls `cb` with the history part of every storage.local change; returns the unsubscribe. */
export function watchHistory(cb: (change: HistoryChange) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    const change: HistoryChange = { chunks: new Map() };
    let touched = false;
    for (const [key, { newValue }] of Object.entries(changes)) {
      const kind = historyKeyKind(key);
      if (kind?.kind === 'index') change.index = parseHistoryIndex(newValue) ?? null;
      else if (kind?.kind === 'chunk') {
        // Removed is undefined; a damaged value reads as an empty chunk, as it does on a read.
        change.chunks.set(
          kind.id,
          newValue === undefined ? undefined : (parseHistoryChunk(newValue) ?? []),
        );
      } else continue;
      touched = true;
    }
    if (touched) cb(change);
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}

/**
 * Applies a change (or every change seen so far, merged) to a state. A read started before a
 * change may finish after it, so readers apply the changes seen so far to each read's result.
 */
export function applyChange(state: HistoryState, change: HistoryChange): HistoryState {
  const chunks = new Map(state.chunks);
  for (const [id, entries] of change.chunks) {
    if (entries) chunks.set(id, entries);
    else chunks.delete(id);
  }
  const index = change.index ?? state.index;
  const listed = new Set(index.chunks.map((ref) => ref.id));
  for (const id of chunks.keys()) if (!listed.has(id)) chunks.delete(id);
  return { index, chunks };
}

// ---- Write primitives: call only from the background's queue (lib/history/background.ts). ----

async function commit(plan: ChunkPlan): Promise<void> {
  // One set: the index and the chunks it lists change together or (quota) not at all.
  await storage.setItems([
    ...[...plan.write].map(([id, entries]) => ({ key: historyChunkKey(id), value: entries })),
    { item: historyIndexItem, value: plan.index },
  ]);
  // Only after the new index is stored: a chunk no index lists is invisible, so a failure here
  // leaves an orphan, never a hole.
  if (plan.remove.length > 0) await storage.removeItems(plan.remove.map(historyChunkKey));
}

/**
 * The index a write starts from. Migrates a v1 list into chunks first (the index and chunks in
 * one set, then the old key is removed), and rebuilds a damaged index from the stored chunks.
 */
export async function indexForWrite(): Promise<HistoryIndex> {
  const loaded = await loadIndex();
  if (loaded.kind === 'index') {
    // A migration stopped between its two steps: the chunks are in, the old key just goes.
    if (loaded.legacyLeft) await legacyHistoryItem.removeValue();
    return loaded.index;
  }
  if (loaded.kind === 'legacy') {
    const plan = toChunks(loaded.entries, HISTORY_CHUNK_SIZE);
    await commit(plan);
    await legacyHistoryItem.removeValue();
    return plan.index;
  }
  return loaded.state.index;
}

/** Starts the background: migrates v1 history at once rather than on the first visit. */
export async function migrateHistory(): Promise<void> {
  await indexForWrite();
}

/** Records a visit and enforces the cap: writes the index and the newest chunk (rarely two). */
export async function appendVisit(
  visit: Visit,
  now: number,
  cap: number,
  makeId: () => string,
): Promise<void> {
  const index = await indexForWrite();
  // The dedupe window is five minutes; the last two chunks hold at least the newest 251 entries.
  const tail = await readChunks(index.chunks.slice(-2).map((ref) => ref.id));
  const plan = planVisit(index, tail, visit, now, makeId, HISTORY_CHUNK_SIZE);
  const capped = planCap(plan.index, cap);
  const remove = new Set([...plan.remove, ...capped.remove]);
  for (const id of capped.remove) plan.write.delete(id);
  if (capped.trim) {
    const { id, drop } = capped.trim;
    const entries = plan.write.get(id) ?? tail.get(id) ?? (await readChunks([id])).get(id) ?? [];
    plan.write.set(id, entries.slice(drop));
  }
  await commit({ index: capped.index, write: plan.write, remove: [...remove] });
}

/** Deletes one entry; writes the index and the one chunk that held it. False if not found. */
export async function deleteEntry(id: string): Promise<boolean> {
  await indexForWrite();
  const state = await readAllHistory();
  for (const ref of state.index.chunks) {
    const entries = state.chunks.get(ref.id) ?? [];
    if (!entries.some((entry) => entry.id === id)) continue;
    const rest = entries.filter((entry) => entry.id !== id);
    const chunks = state.index.chunks.flatMap((other) =>
      other.id !== ref.id ? [other] : rest.length > 0 ? [{ id: ref.id, size: rest.length }] : [],
    );
    await commit({
      index: { ...state.index, chunks },
      write: rest.length > 0 ? new Map([[ref.id, rest]]) : new Map(),
      remove: rest.length > 0 ? [] : [ref.id],
    });
    return true;
  }
  return false;
}

/** Removes every history key there is (listed or orphaned, v1 or v2) and leaves an empty index. */
export async function clearHistory(): Promise<void> {
  const snapshot = await storage.snapshot('local');
  let next = 0;
  const ids: number[] = [];
  for (const [key, value] of Object.entries(snapshot)) {
    const kind = historyKeyKind(key);
    if (kind?.kind === 'index') next = Math.max(next, parseHistoryIndex(value)?.next ?? 0);
    if (kind?.kind === 'chunk') {
      ids.push(kind.id);
      next = Math.max(next, kind.id + 1);
    }
  }
  // Ids keep growing after a clear, so a reader's cached chunk can never pass for a new one.
  await historyIndexItem.setValue({ ...EMPTY_HISTORY_INDEX, chunks: [], next });
  await storage.removeItems([legacyHistoryItem, ...ids.map(historyChunkKey)]);
}
