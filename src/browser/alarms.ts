/** Alarms wake a stopped service worker; a timer does not survive its sleep. */
export function setAlarm(name: string, when: number | null): void {
  if (when === null) void chrome.alarms.clear(name);
  // Chrome fires alarms no sooner than 30 s from now; an earlier time is brought forward to then.
  else void chrome.alarms.create(name, { when: Math.max(when, Date.now() + 1_000) });
}

export function onAlarm(name: string, fn: () => void): void {
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) fn();
  });
}
