/**
 * The pages' one way to change the user's own settings layer: read it, apply a change, and have the
 * worker write it, which refuses in parent mode without the parent's PIN (docs/parent-mode.md). The
 * worker merges it with managed policy and defaults (settings-store.ts); open meetings pick the
 * change up from the worker (settings-broadcast.ts).
 */
import { PARENT_KEY, USER_SETTINGS_KEY } from '../common/storage-keys';
import { localStorageArea } from '../browser/storage';
import { call } from './api';

export type UserSettings = Record<string, unknown>;

/** The prefix of the worker's refusal without the parent's PIN. */
export const PARENT_LOCKED = 'parent-locked';

export const isParentLocked = (err: unknown): boolean => String(err).includes(PARENT_LOCKED);

/** Applies `change` to the stored layer and writes the result; a change that returns null writes nothing. */
export async function updateUserSettings(
  change: (current: UserSettings) => UserSettings | null,
): Promise<UserSettings | null> {
  const stored = await localStorageArea.get([USER_SETTINGS_KEY, PARENT_KEY]);
  // In parent mode the sealed copy is the layer in force.
  const sealed = (stored[PARENT_KEY] as { sealed?: UserSettings } | undefined)?.sealed;
  const current = (sealed ?? stored[USER_SETTINGS_KEY] ?? {}) as UserSettings;
  const next = change(current);
  if (next) await call('settings.write', { settings: next });
  return next;
}
