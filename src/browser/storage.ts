/** Areas are looked up on each call, not at import, so importers also load in Node tests. */

export type StorageChange = chrome.storage.StorageChange;
export type StorageChanges = Record<string, StorageChange>;

export interface StorageArea {
  /** `null`: every item. */
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

export const localStorageArea: StorageArea = area('local');
export const sessionStorageArea: StorageArea = area('session');
/** Rejects where no policy can exist. */
export const managedStorageArea: Pick<StorageArea, 'get'> = area('managed');

export type StorageListener = (changes: StorageChanges, areaName: string) => void;

export function onStorageChanged(listener: StorageListener): () => void {
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
