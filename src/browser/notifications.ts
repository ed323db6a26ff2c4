export interface NotificationContent {
  title: string;
  message: string;
  priority: number;
  iconUrl: string;
  /** At most two (the platform's limit). */
  buttons?: string[];
  /** Stays until the teacher acts (an urgent alert in class). */
  requireInteraction?: boolean;
}

/** Replaces the notification with the same id. */
export async function showNotification(
  id: string,
  { title, message, priority, iconUrl, buttons, requireInteraction }: NotificationContent,
): Promise<void> {
  await chrome.notifications.create(id, {
    type: 'basic',
    iconUrl,
    title,
    message,
    priority,
    ...(buttons?.length ? { buttons: buttons.slice(0, 2).map((b) => ({ title: b })) } : {}),
    ...(requireInteraction ? { requireInteraction: true } : {}),
  });
}

export function onNotificationButtonClicked(fn: (id: string, index: number) => void): void {
  chrome.notifications.onButtonClicked.addListener(fn);
}

/** Ids of the notifications showing now. */
export async function notificationIds(): Promise<string[]> {
  return Object.keys(await chrome.notifications.getAll());
}

export async function clearNotification(id: string): Promise<void> {
  await chrome.notifications.clear(id);
}

export function onNotificationClicked(fn: (id: string) => void): void {
  chrome.notifications.onClicked.addListener(fn);
}
