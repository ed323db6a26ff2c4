/**
 * Keys of the extension's storage.local, in one place (no dependencies: the content script imports
 * it too). The user's own settings layer; managed policy lives in storage.managed.
 */
export const USER_SETTINGS_KEY = 'cg.settings';

/**
 * A storage change that changes the settings in force: the user's layer in storage.local, or managed
 * policy. Every other write to storage.local is an outbox chunk (a batch of events, ~12 KB, a few a
 * second per open meeting), which a settings listener must let pass.
 */
export function isSettingsChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && USER_SETTINGS_KEY in changes);
}
