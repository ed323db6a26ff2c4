/** For the badge: events come through storage, which does not say which tab wrote them. */
import { sessionStorageArea } from '../browser/storage';

const KEY = 'cg.sessionTabs';
const MAX = 200;

let cache: Map<string, number> | null = null;

async function load(): Promise<Map<string, number>> {
  if (cache) return cache;
  const got: Record<string, unknown> = await sessionStorageArea.get(KEY).catch(() => ({}));
  const value = got[KEY];
  cache = new Map();
  if (value && typeof value === 'object') {
    for (const [sessionId, tabId] of Object.entries(value)) if (typeof tabId === 'number') cache.set(sessionId, tabId);
  }
  return cache;
}

export async function rememberTab(sessionId: string, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const map = await load();
  if (map.get(sessionId) === tabId) return;
  map.delete(sessionId);
  map.set(sessionId, tabId);
  for (const k of [...map.keys()].slice(0, Math.max(0, map.size - MAX))) map.delete(k);
  await sessionStorageArea.set({ [KEY]: Object.fromEntries(map) }).catch(() => {});
}

export async function tabOf(sessionId: string): Promise<number | undefined> {
  return (await load()).get(sessionId);
}
