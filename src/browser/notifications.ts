export interface NotificationContent {
  title: string;
  message: string;
  priority: number;
  iconUrl: string;
}

/** Replaces the notification with the same id. */
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
