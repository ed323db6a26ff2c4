/**
 * The pages' one way to change the user's own settings layer: read it, apply a change, write it.
 * The worker merges it with managed policy and defaults (settings-store.ts); open meetings pick the
 * change up from the worker (settings-broadcast.ts).
 */
import { USER_SETTINGS_KEY } from '../common/storage-keys';
import { localStorageArea } from '../browser/storage';

export type UserSettings = Record<string, unknown>;

/** Applies `change` to the stored layer and writes the result; a change that returns null writes nothing. */
export async function updateUserSettings(
  change: (current: UserSettings) => UserSettings | null,
): Promise<UserSettings | null> {
  const current = ((await localStorageArea.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY] ?? {}) as UserSettings;
  const next = change(current);
  if (next) await localStorageArea.set({ [USER_SETTINGS_KEY]: next });
  return next;
}
