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

/** Alarms wake a stopped service worker; a timer does not survive its sleep. */
export function setAlarm(name: string, when: number | null): void {
  if (when === null) void chrome.alarms.clear(name);
  // Chrome fires alarms no sooner than 30 s from now; an earlier time is brought forward to then.
  else void chrome.alarms.create(name, { when: Math.max(when, Date.now() + 1_000) });
}

/** Calls `fn` when the alarm `name` fires. */
export function onNamedAlarm(name: string, fn: () => void): void {
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) fn();
  });
}
