/**
 * Which tab each session's page lives in, for the toolbar badge of that tab. Learnt when a page opens
 * its session; kept in storage.session so that a restarted worker still knows (events reach the
 * worker through storage, which does not say which tab wrote them).
 */
const KEY = 'cg.sessionTabs';
/** Sessions remembered at most (a day of classes is a handful; tabs are reused). */
const MAX = 200;

let cache: Record<string, number> | null = null;

async function load(): Promise<Record<string, number>> {
  if (cache) return cache;
  const got = await chrome.storage.session.get(KEY).catch(() => ({}) as Record<string, unknown>);
  const value = got[KEY];
  cache = value && typeof value === 'object' ? { ...(value as Record<string, number>) } : {};
  return cache;
}

export async function rememberTab(sessionId: string, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const map = await load();
  if (map[sessionId] === tabId) return;
  delete map[sessionId];
  map[sessionId] = tabId;
  const keys = Object.keys(map);
  for (const k of keys.slice(0, Math.max(0, keys.length - MAX))) delete map[k];
  await chrome.storage.session.set({ [KEY]: map }).catch(() => {});
}

export async function tabOf(sessionId: string): Promise<number | undefined> {
  return (await load())[sessionId];
}
