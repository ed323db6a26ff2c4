/** The formatted second last asked for: events come many a second, and the calendar part is the cost. */
let cachedSecond = NaN;
let cachedDateTime = '';
/**
 * The UTC offset of the minute last asked for. Zone rules change the offset only on whole minutes
 * (daylight saving, a zone's new rules), so one minute shares it. Looking the offset up is the dear
 * part of a new second (the zone's rules), and a busy class's flushes each fall in a second of their own.
 */
let cachedMinute = NaN;
let cachedOffsetMs = 0;
let cachedOffset = '';

const p2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** ISO 8601 local time with its UTC offset ("2026-11-28T16:33:10.123+07:00"): what a report reader expects. */
export function isoWithOffset(ms: number = Date.now()): string {
  const t = Math.floor(ms);
  const second = Math.floor(t / 1000);
  if (second !== cachedSecond) {
    const minute = Math.floor(second / 60);
    if (minute !== cachedMinute) {
      const off = -new Date(minute * 60_000).getTimezoneOffset();
      const abs = Math.abs(off);
      cachedOffsetMs = off * 60_000;
      cachedOffset = `${off >= 0 ? '+' : '-'}${p2(Math.floor(abs / 60))}:${p2(abs % 60)}`;
      cachedMinute = minute;
    }
    // The local wall-clock time, read through the UTC fields of the instant shifted by the offset.
    const d = new Date(second * 1000 + cachedOffsetMs);
    cachedDateTime = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
    cachedSecond = second;
  }
  const milli = t - second * 1000;
  return `${cachedDateTime}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}${cachedOffset}`;
}

export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
