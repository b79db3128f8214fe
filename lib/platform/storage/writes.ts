/**
 * The write lock: read-modify-write changes of stored items, one after another. Two quick clicks
 * (hints off, then history off) must not both start from the old value, or the second write undoes
 * the first. Within a page the promise chain keeps them in order; across Hutong's pages and its
 * background (the side panel's language switch and the options page at the same moment) a Web Lock
 * does: they share one origin, so one lock queues every writer.
 *
 * Settings, site switches and the session marks that are read before they are written go through
 * here; history has a queue of its own in the background (lib/history/background.ts), its only
 * writer. Inside `change`, never call another writer or wait for the background (which may be
 * waiting for the same lock): it would wait for itself. Use the `turn` it is given instead.
 */

declare const held: unique symbol;

/**
 * Proof that code runs inside writeInTurn. Functions that store an item without taking the turn
 * themselves (saveSettings, saveSiteSwitches) ask for one, so they cannot be called outside it.
 */
export interface Turn {
  readonly [held]: true;
}

const WRITE_LOCK = 'hutong-settings-write';
let writes: Promise<unknown> = Promise.resolve();

export function writeInTurn<T>(change: (turn: Turn) => Promise<T>): Promise<T> {
  const turn = {} as Turn;
  // Absent (null in some test DOMs) where there is no lock manager: the chain alone then.
  const locks = typeof navigator === 'undefined' ? undefined : (navigator.locks ?? undefined);
  const guarded: () => Promise<T> =
    locks === undefined
      ? () => change(turn)
      : () => locks.request(WRITE_LOCK, () => change(turn)) as Promise<T>;
  const result = writes.then(guarded, guarded);
  writes = result.catch(() => undefined);
  return result;
}
