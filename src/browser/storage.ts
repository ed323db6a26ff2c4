/**
 * Extension storage. An area is looked up on each call, not at import, so that modules using it
 * also load where there is no `chrome` (unit tests in Node).
 */

export type StorageChange = chrome.storage.StorageChange;
export type StorageChanges = Record<string, StorageChange>;

/** The calls this extension makes on a storage area. */
export interface StorageArea {
  /** `null`: every item in the area. */
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

function area(name: 'local' | 'session' | 'managed'): StorageArea {
  return {
    get: (keys) => chrome.storage[name].get(keys),
    set: (items) => chrome.storage[name].set(items),
    remove: (keys) => chrome.storage[name].remove(keys),
  };
}

/** storage.local: the user's settings layer and the content scripts' outbox chunks. */
export const localStorageArea: StorageArea = area('local');
/** storage.session: the worker's state that must outlive a stopped worker but not the browser. */
export const sessionStorageArea: StorageArea = area('session');
/** storage.managed: the school's policy, read-only. Rejects where no policy can exist. */
export const managedStorageArea: Pick<StorageArea, 'get'> = area('managed');

export type StorageListener = (changes: StorageChanges, areaName: string) => void;

/** Calls `listener` on every change to any area; returns the function that stops it. */
export function onStorageChanged(listener: StorageListener): () => void {
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
