/**
 * Keys of chrome.storage.local, in one place (no dependencies: the content script imports it too).
 * The user's own settings layer; managed policy lives in chrome.storage.managed.
 */
export const USER_SETTINGS_KEY = 'cg.settings';
