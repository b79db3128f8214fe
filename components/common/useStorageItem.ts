import { useEffect, useState } from 'preact/hooks';

/** What the hook needs of a stored item (lib/platform/storage/): a read and a watch. */
export interface WatchedItem {
  getValue(): Promise<unknown>;
  watch(cb: (value: unknown) => void): () => void;
}

/**
 * A stored item's value, parsed and kept live: a change made anywhere (options, popup, side
 * panel, background) shows at once. Undefined until the first read is back. `parse` turns any
 * stored value, damaged ones included, into a good one (the item's parse function, declared next
 * to it); it must not change between renders.
 */
export function useStorageItem<T>(item: WatchedItem, parse: (raw: unknown) => T): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    let changed = false;
    // A change seen before the first read is back is newer than what that read returns.
    item.getValue().then(
      (raw) => alive && !changed && setValue(parse(raw)),
      () => undefined,
    );
    const unwatch = item.watch((raw) => {
      changed = true;
      setValue(parse(raw));
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, [item, parse]);
  return value;
}
