/** System notifications. */

export interface NotificationContent {
  title: string;
  message: string;
  /** 0 to 2. */
  priority: number;
  iconUrl: string;
}

/** Shows a plain notification, or replaces the one with the same id. */
export async function showNotification(
  id: string,
  { title, message, priority, iconUrl }: NotificationContent,
): Promise<void> {
  await chrome.notifications.create(id, { type: 'basic', iconUrl, title, message, priority });
}

export async function clearNotification(id: string): Promise<void> {
  await chrome.notifications.clear(id);
}

export function onNotificationClicked(fn: (id: string) => void): void {
  chrome.notifications.onClicked.addListener(fn);
}
