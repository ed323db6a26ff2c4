/** Keys of storage.local; no dependencies, as the content script imports it too. */
export const USER_SETTINGS_KEY = 'cg.settings';

/** Every other write to storage.local is an outbox chunk, which a settings listener must let pass. */
export function isSettingsChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && (USER_SETTINGS_KEY in changes || PARENT_KEY in changes));
}

/** Parent mode (docs/parent-mode.md): the PIN's hash and the settings it seals; written by the worker only. */
export const PARENT_KEY = 'cg.parent';
