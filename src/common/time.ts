/** The formatted second last asked for: the calendar part is the cost. */
let cachedSecond = NaN;
let cachedDateTime = '';
/** Offsets change only on whole minutes, so a minute looks its offset up once. */
let cachedMinute = NaN;
let cachedOffsetMs = 0;
let cachedOffset = '';

const p2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Local time with its UTC offset: what a report reader expects. */
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
    // Wall-clock time, read through the UTC fields of the shifted instant.
    const d = new Date(second * 1000 + cachedOffsetMs);
    cachedDateTime = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
    cachedSecond = second;
  }
  const milli = t - second * 1000;
  return `${cachedDateTime}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}${cachedOffset}`;
}

export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
