/**
 * The single writer of history (issue 6). Every change (record, delete, clear) is a
 * read-modify-write of the history index and a chunk (utils/historyStore.ts), so they run one
 * after another through a promise chain: 20 tabs reporting at the same moment would otherwise
 * read the same index and overwrite each other. The chain only orders work within this worker's
 * lifetime; it holds no data, and every step's result is in storage before the next starts, so a
 * worker stopped between steps loses nothing that was acknowledged.
 */
import { appendVisit, clearHistory, deleteEntry, migrateHistory } from '../../utils/historyStore';
import { getSettings, historyWriteErrorItem } from '../../utils/storage';
import type { ErrorReply } from '../../utils/messages';
import type { Handler } from './router';

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
    if (await historyWriteErrorItem.getValue()) await historyWriteErrorItem.setValue(null);
    return undefined;
  } catch (error) {
    const reply = writeError(error);
    await historyWriteErrorItem.setValue({ error: reply.error, at: Date.now() }).catch(() => {});
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

export const historyHandlers: {
  'hint:shown': Handler<'hint:shown'>;
  'history:delete': Handler<'history:delete'>;
  'history:clear': Handler<'history:clear'>;
} = {
  'hint:shown': ({ url, title, site, entityIds }, sender) =>
    enqueue(async () => {
      // Private windows leave no trace. ("Once per session" is marked by the hint handler.)
      if (sender.tab?.incognito === true) return { recorded: false };
      const settings = await getSettings();
      if (!settings.historyEnabled) return { recorded: false };
      const visit = { url, title: title.trim(), site, entities: entityIds };
      return (
        (await write(() => appendVisit(visit, Date.now(), settings.historyCap, newId))) ?? {
          recorded: true,
        }
      );
    }),
  'history:delete': ({ id }) =>
    enqueue(async () => (await write(() => deleteEntry(id))) ?? { ok: true }),
  'history:clear': () => enqueue(async () => (await write(clearHistory)) ?? { ok: true }),
};
