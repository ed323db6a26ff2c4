import { describe, expect, it } from 'vitest';
import { isoWithOffset, ISO_WITH_OFFSET } from './time';

/** The same instant formatted the slow, obvious way. */
function reference(ms: number): string {
  const d = new Date(ms);
  const off = -d.getTimezoneOffset();
  const p = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}${off >= 0 ? '+' : '-'}${p(Math.floor(Math.abs(off) / 60))}:${p(Math.abs(off) % 60)}`;
}

describe('isoWithOffset', () => {
  it('formats local time with milliseconds and the offset, within one second and across seconds, days and years', () => {
    const base = Date.UTC(2026, 11, 31, 16, 59, 58, 0);
    for (const ms of [base, base + 7, base + 42, base + 999, base + 1000, base + 1001, base + 2500, base + 86_400_000 + 3, base + 0.6, Date.UTC(2026, 2, 29, 1, 0, 0, 5)]) {
      expect(isoWithOffset(ms)).toBe(reference(ms));
      expect(isoWithOffset(ms)).toMatch(ISO_WITH_OFFSET);
    }
    // Back in time after a later second was cached.
    expect(isoWithOffset(base + 5)).toBe(reference(base + 5));
  });
});
