/** Content script entry: one instance per meeting frame, never two in one world. */
import { platformForUrl } from '../platforms/registry';
import { contextAlive } from './messenger';
import { startInstance, type InstanceHandle } from './instance';
import { localStorageArea } from '../browser/storage';

const INSTANCE_KEY = '__classGuardContent';
/** Set by reinject.ts, to the update's time, when injecting into a page that was already open. */
const REINJECTED_KEY = '__classGuardReinjected';
/** Set while the adapter's chunk loads, so an injection meanwhile starts nothing. */
const STARTING_KEY = '__classGuardStarting';
const g = globalThis as typeof globalThis & {
  [INSTANCE_KEY]?: InstanceHandle;
  [REINJECTED_KEY]?: number;
  [STARTING_KEY]?: boolean;
};

/** Called on each injection; a re-injection reuses the cached module, so start-up is not at module level. */
export function onExecute(): void {
  const platform = platformForUrl(new URL(location.href));
  if (!platform) return;
  const injectedAt = g[REINJECTED_KEY];
  const reinjected = typeof injectedAt === 'number' && performance.timeOrigin < injectedAt;
  delete g[REINJECTED_KEY];
  // A second instance would only race the live one; an old extension's orphan lives in another world.
  if (g[INSTANCE_KEY] || g[STARTING_KEY]) return;
  g[STARTING_KEY] = true;
  platform
    .load()
    .then((module) => {
      if (!g[INSTANCE_KEY] && contextAlive())
        g[INSTANCE_KEY] = startInstance(module, reinjected ? 'reattached' : 'loaded', localStorageArea);
    })
    .catch((err: unknown) => console.warn("Class Guard: could not load the meeting client's adapter:", String(err)))
    .finally(() => delete g[STARTING_KEY]);
}
