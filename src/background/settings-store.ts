import { effectiveSettings, type Settings } from '../common/settings';
import { isSettingsChange, PARENT_KEY, USER_SETTINGS_KEY } from '../common/storage-keys';
import { localStorageArea, managedStorageArea, onStorageChanged } from '../browser/storage';

/** The effective settings: managed policy over the user's own over defaults. */
export async function loadSettings(): Promise<{ settings: Settings; locked: string[]; problems: string[] }> {
  const [local, managed] = await Promise.all([
    localStorageArea.get([USER_SETTINGS_KEY, PARENT_KEY]),
    // Rejects or is empty without a policy: both mean "none".
    managedStorageArea.get(null).catch(() => ({})),
  ]);
  // In parent mode the user's layer is the copy the worker sealed with the PIN: a write that went around it is not in force.
  const parent = local[PARENT_KEY] as { sealed?: unknown } | undefined;
  const user = parent ? parent.sealed : local[USER_SETTINGS_KEY];
  const r = effectiveSettings(user, Object.keys(managed).length ? managed : undefined);
  if (r.problems.length) console.warn('Class Guard settings:', r.problems.join('; '));
  return r;
}

const listeners: (() => void)[] = [];
onStorageChanged((changes, area) => {
  if (isSettingsChange(changes, area)) for (const fn of listeners) fn();
});

export function onSettingsChanged(fn: () => void): void {
  listeners.push(fn);
}

/** Made once, and again after each change. */
export function settingsDerived<T>(derive: (settings: Settings) => T): () => Promise<T> {
  let cached: Promise<T> | null = null;
  onSettingsChanged(() => {
    cached = null;
  });
  return () =>
    (cached ??= loadSettings().then(
      ({ settings }) => derive(settings),
      (err: unknown) => {
        cached = null;
        throw err;
      },
    ));
}
