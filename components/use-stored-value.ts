import { useEffect, useState } from 'preact/hooks';

/** What the hook needs of a storage item (a WXT `storage.defineItem` fits). */
export interface WatchableValue<T> {
  getValue(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

/**
 * A stored value as Preact state, kept current when any part of the
 * extension changes it. `undefined` until the first read.
 */
export function useStoredValue<T>(item: WatchableValue<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    void item.getValue().then((first) => live && setValue(() => first));
    const unwatch = item.watch((next) => setValue(() => next));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
