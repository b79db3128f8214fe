/**
 * Recording a visit in chunked history, worked out as pure functions before anything is written:
 * the dedupe window, the chunk a visit goes into, the cap. The background's queue
 * (lib/history/background.ts) commits the plans through lib/history/store.ts; clock and ids come
 * in as parameters so tests can pin them.
 */
import type { HistoryChunkRef, HistoryEntry, HistoryIndex } from '../platform/storage/history';

/** A reload, or a hop back to the same page, within this window is the same visit. */
export const DEDUPE_WINDOW_MS = 5 * 60 * 1000;

export interface Visit {
  url: string;
  title: string;
  site: string;
  entities: string[];
}

/**
 * The entry a new visit to `url` replaces: the newest entry for that URL, if it is inside the
 * dedupe window. Only the newest entry for a URL can be inside the window, so the search runs
 * from the end and stops at the first match.
 */
function duplicateOf(
  history: readonly HistoryEntry[],
  url: string,
  now: number,
): HistoryEntry | 'none' | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i];
    if (entry && entry.url === url) {
      return now - entry.time < DEDUPE_WINDOW_MS && now >= entry.time ? entry : 'none';
    }
  }
  return undefined;
}

function entryOf(visit: Visit, now: number, id: string): HistoryEntry {
  return {
    id,
    url: visit.url,
    title: visit.title,
    site: visit.site,
    entities: [...visit.entities],
    time: now,
  };
}

/**
 * A change to chunked history (see HistoryIndex in lib/platform/storage/history.ts), worked out in memory
 * before anything is written: the new index, the chunks to write whole, the chunks to remove.
 */
export interface ChunkPlan {
  index: HistoryIndex;
  write: Map<number, HistoryEntry[]>;
  remove: number[];
}

function withSizes(
  index: HistoryIndex,
  write: ReadonlyMap<number, readonly HistoryEntry[]>,
): { refs: HistoryChunkRef[]; emptied: number[] } {
  const refs: HistoryChunkRef[] = [];
  const emptied: number[] = [];
  for (const ref of index.chunks) {
    const size = write.get(ref.id)?.length ?? ref.size;
    if (size === 0) emptied.push(ref.id);
    else refs.push({ id: ref.id, size });
  }
  return { refs, emptied };
}

/**
 * Records a visit. `tail` holds the entries of the newest chunks (at least the newest one): a
 * duplicate inside the five-minute window can only be among the newest entries. A full newest
 * chunk starts a new one.
 */
export function planVisit(
  index: HistoryIndex,
  tail: ReadonlyMap<number, readonly HistoryEntry[]>,
  visit: Visit,
  now: number,
  makeId: () => string,
  chunkSize: number,
): ChunkPlan {
  const write = new Map<number, HistoryEntry[]>();
  let previous: HistoryEntry | undefined;
  for (let i = index.chunks.length - 1; i >= 0 && previous === undefined; i--) {
    const ref = index.chunks[i];
    const entries = ref && tail.get(ref.id);
    if (!ref || !entries) break;
    const found = duplicateOf(entries, visit.url, now);
    if (found === undefined) continue;
    if (found === 'none') break;
    previous = found;
    write.set(
      ref.id,
      entries.filter((entry) => entry !== found),
    );
  }
  const entry = entryOf(visit, now, previous?.id ?? makeId());
  const newest = index.chunks[index.chunks.length - 1];
  const newestEntries = newest && (write.get(newest.id) ?? tail.get(newest.id));
  let next = index.next;
  let chunks = index.chunks;
  if (newest && newestEntries && newestEntries.length < chunkSize) {
    write.set(newest.id, [...newestEntries, entry]);
  } else {
    write.set(next, [entry]);
    chunks = [...chunks, { id: next, size: 1 }];
    next += 1;
  }
  const { refs, emptied } = withSizes({ ...index, chunks }, write);
  for (const id of emptied) write.delete(id);
  return { index: { ...index, chunks: refs, next }, write, remove: emptied };
}

/**
 * Enforces the cap: whole oldest chunks are dropped while the rest still holds `cap` entries;
 * `trim` then says how many entries to cut from the front of the (new) oldest chunk.
 */
export function planCap(
  index: HistoryIndex,
  cap: number,
): { index: HistoryIndex; remove: number[]; trim?: { id: number; drop: number } } {
  const limit = Math.max(0, Math.floor(cap));
  let total = index.chunks.reduce((sum, ref) => sum + ref.size, 0);
  const chunks = [...index.chunks];
  const remove: number[] = [];
  for (let oldest = chunks[0]; oldest && total - oldest.size >= limit; oldest = chunks[0]) {
    chunks.shift();
    remove.push(oldest.id);
    total -= oldest.size;
  }
  const oldest = chunks[0];
  const excess = total - limit;
  if (!oldest || excess <= 0) return { index: { ...index, chunks }, remove };
  chunks[0] = { id: oldest.id, size: oldest.size - excess };
  return { index: { ...index, chunks }, remove, trim: { id: oldest.id, drop: excess } };
}

/** Splits a full list (oldest first) into chunks: the v1 migration and the index rebuild. */
export function toChunks(
  entries: readonly HistoryEntry[],
  chunkSize: number,
  firstId = 0,
): ChunkPlan {
  const write = new Map<number, HistoryEntry[]>();
  const chunks: HistoryChunkRef[] = [];
  let id = firstId;
  for (let start = 0; start < entries.length; start += chunkSize, id++) {
    const slice = entries.slice(start, start + chunkSize);
    write.set(id, slice);
    chunks.push({ id, size: slice.length });
  }
  return { index: { version: 2, chunks, next: id }, write, remove: [] };
}
