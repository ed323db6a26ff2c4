/**
 * Content script entry: starts one instance (instance.ts) per meeting frame, once the client's
 * adapter chunk has loaded, and never two in one world.
 */
import { platformForUrl } from '../platforms/registry';
import { contextAlive } from './messenger';
import { startInstance, type InstanceHandle } from './instance';
import { localStorageArea } from '../browser/storage';

const INSTANCE_KEY = '__classGuardContent';
/** Set by the worker, to the time of the install or update, when it injects this script into an open page (reinject.ts). */
const REINJECTED_KEY = '__classGuardReinjected';
/** Set while the adapter's chunk loads, so a second injection meanwhile does not start a second instance. */
const STARTING_KEY = '__classGuardStarting';
const g = globalThis as typeof globalThis & {
  [INSTANCE_KEY]?: InstanceHandle;
  [REINJECTED_KEY]?: number;
  [STARTING_KEY]?: boolean;
};

/**
 * @crxjs's loader imports this module and calls onExecute each time the script is injected: a
 * re-injection after an update reuses the cached module, so start-up must not live at module level.
 */
export function onExecute(): void {
  const platform = platformForUrl(new URL(location.href));
  if (!platform) return;
  // Injected by the worker after an install or update (reinject.ts), into a page that was open before it.
  const injectedAt = g[REINJECTED_KEY];
  const reinjected = typeof injectedAt === 'number' && performance.timeOrigin < injectedAt;
  delete g[REINJECTED_KEY];
  // A live instance in this world (the worker injected while the page's own script was starting):
  // it keeps the meeting; a second one would only race it. After an extension reload or update the
  // world is new, so an orphaned instance of the old extension is never found here.
  if (g[INSTANCE_KEY] || g[STARTING_KEY]) return;
  // The client's adapter is a chunk of its own (registry.ts): the instance starts once it is loaded.
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
