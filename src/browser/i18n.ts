/** '' when there is none. */
export function getMessage(name: string, ...subs: string[]): string {
  return chrome.i18n.getMessage(name, subs.length ? subs : undefined);
}

/** undefined outside the extension (a page opened from disk, a test). */
export function uiLanguage(): string | undefined {
  return typeof chrome !== 'undefined' && chrome.i18n ? chrome.i18n.getUILanguage() : undefined;
}
