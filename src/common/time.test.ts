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
    for (const ms of [
      base,
      base + 7,
      base + 42,
      base + 999,
      base + 1000,
      base + 1001,
      base + 2500,
      base + 86_400_000 + 3,
      base + 0.6,
      Date.UTC(2026, 2, 29, 1, 0, 0, 5),
    ]) {
      expect(isoWithOffset(ms)).toBe(reference(ms));
      expect(isoWithOffset(ms)).toMatch(ISO_WITH_OFFSET);
    }
    // Back in time after a later second was cached.
    expect(isoWithOffset(base + 5)).toBe(reference(base + 5));
  });

  it('gives each minute its own offset, across daylight-saving changes in zones with odd offsets', () => {
    const tz = process.env['TZ'];
    try {
      // Zone, and an instant (UTC) at which its offset changes.
      const changes: [string, number][] = [
        ['Europe/Berlin', Date.UTC(2026, 9, 25, 1, 0, 0)],
        ['America/St_Johns', Date.UTC(2026, 2, 8, 5, 30, 0)],
        ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15, 0, 0)],
        ['Asia/Ho_Chi_Minh', Date.UTC(2026, 5, 1, 0, 0, 0)],
      ];
      for (const [zone, at] of changes) {
        process.env['TZ'] = zone;
        for (const ms of [at - 60_001, at - 1_001, at - 1, at, at + 1, at + 999, at + 59_999, at + 60_000]) {
          expect(isoWithOffset(ms), `${zone} ${new Date(ms).toISOString()}`).toBe(reference(ms));
        }
      }
    } finally {
      if (tz === undefined) delete process.env['TZ'];
      else process.env['TZ'] = tz;
    }
  });
});
