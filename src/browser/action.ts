/** A tab closed meanwhile makes the calls fail, which is no matter. */
export function setBadge(tabId: number, text: string, color: string): void {
  void chrome.action.setBadgeText({ tabId, text }).catch(() => {});
  void chrome.action.setBadgeBackgroundColor({ tabId, color }).catch(() => {});
}
