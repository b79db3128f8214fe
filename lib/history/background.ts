/**
 * The single writer of history (issue 6). Every change (record, delete, clear) is a
 * read-modify-write of the history index and a chunk (lib/history/store.ts), so they run one
 * after another through a promise chain: 20 tabs reporting at the same moment would otherwise
 * read the same index and overwrite each other. The chain only orders work within this worker's
 * lifetime; it holds no data, and every step's result is in storage before the next starts, so a
 * worker stopped between steps loses nothing that was acknowledged.
 */
import { appendVisit, clearHistory, deleteEntry, migrateHistory } from './store';
import { getSettings } from '../platform/storage/settings';
import { MAX_TITLE_LENGTH } from '../platform/storage/history';
import { historyWriteErrorItem, setWriteFailure } from '../platform/storage/session';
import type { ErrorReply } from '../platform/protocol';
import { cleanTitle } from '../kb/normalize';
import type { Handler, Sender } from '../platform/protocol';

let tail: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it, whether they succeeded or not. */
export function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}

/** The reply for a failed write: the quota is the only failure storage.local really has. */
export function writeError(error: unknown): ErrorReply {
  const text = String(error);
  console.error('Hutong: history write failed', text);
  return { error: /quota|QUOTA_BYTES/i.test(text) ? 'quota' : 'write failed' };
}

/** Runs a write; on failure what was stored stays as it was and the popup is told why. */
async function write(task: () => Promise<unknown>): Promise<ErrorReply | undefined> {
  try {
    await task();
    if (await historyWriteErrorItem.getValue()) await setWriteFailure(null);
    return undefined;
  } catch (error) {
    const reply = writeError(error);
    await setWriteFailure({ error: reply.error, at: Date.now() }).catch(() => {});
    return reply;
  }
}

/**
 * Moves a v1 history (one big list) into chunks when the background starts, in the queue so no
 * visit can interleave. Writes also migrate on their own, so calling this is an optimization.
 */
export function migrateHistoryOnStart(): Promise<ErrorReply | undefined> {
  return enqueue(() => write(migrateHistory));
}

function newId(): string {
  return crypto.randomUUID();
}

/**
 * A page showing a hint must not be able to fill history (a script can pushState and retitle
 * hundreds of times a minute). Per tab: one entry per address (the same address again within
 * SAME_PAGE_MS is the same visit), and at most MAX_PER_WINDOW entries in any WINDOW_MS. Kept in
 * memory: a stopped worker forgets it, which costs at most one more handful.
 */
export const SAME_PAGE_MS = 10 * 60_000;
export const WINDOW_MS = 60_000;
export const MAX_PER_WINDOW = 5;
const recentByTab = new Map<number, { url: string; at: number; times: number[] }>();

/** Whether a visit of `url` in `tabId` at `now` may be recorded. */
export function visitAllowed(tabId: number | undefined, url: string, now: number): boolean {
  const recent = tabId === undefined ? undefined : recentByTab.get(tabId);
  if (recent === undefined) return true;
  if (recent.url === url && now - recent.at < SAME_PAGE_MS) return false;
  return recent.times.filter((time) => now - time < WINDOW_MS).length < MAX_PER_WINDOW;
}

/** Counts a recorded visit against its tab's limits. */
function noteVisit(tabId: number | undefined, url: string, now: number): void {
  if (tabId === undefined) return;
  const times = (recentByTab.get(tabId)?.times ?? []).filter((time) => now - time < WINDOW_MS);
  recentByTab.set(tabId, { url, at: now, times: [...times, now] });
}

/** Forgets the per-tab counts (tests; a closed tab's entry is harmless and tiny). */
export function resetVisitLimits(): void {
  recentByTab.clear();
}

export interface ShownVisit {
  url: string;
  title: string;
  site: string;
  entities: string[];
}

/** Records a displayed hint; the visit was built from the sender's tab (handlers.ts). */
export function recordShown(
  visit: ShownVisit,
  sender: Sender,
): Promise<{ recorded: boolean } | ErrorReply> {
  return enqueue(async () => {
    // Private windows leave no trace. ("Once per session" is marked by the hint handler.)
    if (sender.tab?.incognito === true) return { recorded: false };
    const settings = await getSettings();
    if (!settings.historyEnabled) return { recorded: false };
    const now = Date.now();
    const tabId = sender.tab?.id;
    if (!visitAllowed(tabId, visit.url, now)) return { recorded: false };
    const entry = { ...visit, title: cleanTitle(visit.title, MAX_TITLE_LENGTH) };
    const failed = await write(() => appendVisit(entry, now, settings.historyCap, newId));
    if (failed !== undefined) return failed;
    noteVisit(tabId, visit.url, now);
    return { recorded: true };
  });
}

export const historyHandlers: {
  'history:delete': Handler<'history:delete'>;
  'history:clear': Handler<'history:clear'>;
} = {
  'history:delete': ({ id }) =>
    enqueue(async () => (await write(() => deleteEntry(id))) ?? { ok: true }),
  'history:clear': () => enqueue(async () => (await write(clearHistory)) ?? { ok: true }),
};
