/** Host permissions the manifest lists as optional, asked for at run time (docs/permissions.md). */
export function hasHostPermission(pattern: string): Promise<boolean> {
  return chrome.permissions.contains({ origins: [pattern] });
}

/** Must be called from a user's click on an extension page: Chrome shows its own prompt. */
export function requestHostPermission(pattern: string): Promise<boolean> {
  return chrome.permissions.request({ origins: [pattern] });
}

export function removeHostPermission(pattern: string): Promise<boolean> {
  return chrome.permissions.remove({ origins: [pattern] });
}
