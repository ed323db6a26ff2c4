/** Scheduled work of the worker: alarms outlive the worker, which Chrome stops when idle. */

/** Creates the alarm unless it exists, so a restarted worker keeps the schedule instead of pushing it back. */
export async function ensureAlarm(name: string, periodInMinutes: number, delayInMinutes = 1): Promise<void> {
  if (await chrome.alarms.get(name)) return;
  await chrome.alarms.create(name, { delayInMinutes, periodInMinutes });
}

/** Register at the worker's top level: an alarm that wakes the worker is delivered only to listeners added at start. */
export function onAlarm(fn: (name: string) => void): void {
  chrome.alarms.onAlarm.addListener((alarm) => fn(alarm.name));
}
