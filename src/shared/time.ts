/** The formatted second last asked for: events come many a second, and the calendar part is the cost. */
let cachedSecond = NaN;
let cachedDateTime = '';
let cachedOffset = '';

/** ISO 8601 local time with its UTC offset ("2026-11-28T16:33:10.123+07:00"): what a report reader expects. */
export function isoWithOffset(ms: number = Date.now()): string {
  const t = Math.floor(ms);
  const second = Math.floor(t / 1000);
  if (second !== cachedSecond) {
    // Offsets change (daylight saving) only on whole seconds, so one second shares date, time and offset.
    const d = new Date(second * 1000);
    const off = -d.getTimezoneOffset();
    const abs = Math.abs(off);
    const p2 = (n: number) => String(n).padStart(2, '0');
    cachedDateTime = `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())}T${p2(d.getHours())}:${p2(d.getMinutes())}:${p2(d.getSeconds())}`;
    cachedOffset = `${off >= 0 ? '+' : '-'}${p2(Math.floor(abs / 60))}:${p2(abs % 60)}`;
    cachedSecond = second;
  }
  const milli = t - second * 1000;
  return `${cachedDateTime}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}${cachedOffset}`;
}

export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
