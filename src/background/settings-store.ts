import { effectiveSettings, type Settings } from '../shared/settings';
import { USER_SETTINGS_KEY } from '../shared/storage-keys';

/** The effective settings: managed policy over the user's own over defaults. */
export async function loadSettings(): Promise<{ settings: Settings; locked: string[]; problems: string[] }> {
  const [local, managed] = await Promise.all([
    chrome.storage.local.get(USER_SETTINGS_KEY),
    // Without a policy (or outside a managed browser) this rejects or is empty: both mean "none".
    chrome.storage.managed.get(null).catch(() => ({})),
  ]);
  const r = effectiveSettings(local[USER_SETTINGS_KEY], Object.keys(managed).length ? managed : undefined);
  if (r.problems.length) console.warn('Class Guard settings:', r.problems.join('; '));
  return r;
}
