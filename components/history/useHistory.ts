import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  applyChange,
  historyEntries,
  historyTotal,
  isComplete,
  readAllHistory,
  readRecentHistory,
  watchHistory,
  type HistoryChange,
  type HistoryState,
} from '../../lib/history/store';
import type { HistoryEntry } from '../../lib/platform/storage/history';

/** Enough for the first screens of the list; the rest loads right after the first paint. */
export const RECENT_ENTRIES = 50;

export interface HistorySnapshot {
  /** Oldest first; undefined while loading; only the newest ones until `complete`. */
  entries: HistoryEntry[] | undefined;
  /** Entries stored, known from the index before they are all read. */
  total: number;
  complete: boolean;
}

/**
 * The stored history, live. Only the background writes it. Reads the index and the newest chunk
 * first, so the list is on screen at once, then everything (for filters, facets and counts).
 */
export function useHistoryState(): HistorySnapshot {
  const [state, setState] = useState<HistoryState | undefined>(undefined);
  const changes = useRef<HistoryChange>({ chunks: new Map() });
  const alive = useRef(true);
  const reading = useRef(false);

  // Every key a change has set is at least as new as any read still in flight, so a read's
  // result gets the changes seen so far applied on top.
  const settle = (read: HistoryState) => {
    if (alive.current) setState(applyChange(read, changes.current));
  };

  useEffect(() => {
    alive.current = true;
    const unwatch = watchHistory((change) => {
      const seen = changes.current;
      if (change.index !== undefined) seen.index = change.index;
      for (const [id, entries] of change.chunks) seen.chunks.set(id, entries);
      // A removed or damaged index: start over from whatever is stored.
      if (change.index === null) void readAllHistory().then(settle);
      else setState((current) => current && applyChange(current, change));
    });
    void readRecentHistory(RECENT_ENTRIES).then(settle);
    return () => {
      alive.current = false;
      unwatch();
    };
  }, []);

  const complete = state !== undefined && isComplete(state);
  useEffect(() => {
    // Preact runs effects after the browser has painted, so the big read waits for the first
    // screen. It runs again if an index ever lists a chunk this page has not seen.
    if (state === undefined || complete || reading.current) return;
    reading.current = true;
    void readAllHistory().then((read) => {
      reading.current = false;
      settle(read);
    });
  }, [state, complete]);

  const entries = useMemo(() => state && historyEntries(state), [state]);
  return { entries, total: state ? historyTotal(state) : 0, complete };
}

/** The stored history, live (undefined while loading). See useHistoryState. */
export function useHistory(): HistoryEntry[] | undefined {
  return useHistoryState().entries;
}
