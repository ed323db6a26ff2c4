/** Times as the teacher reads them: the wall clock of one time zone, named, never bare UTC. */
import type { Lang } from '../i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(lang: Lang, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    // One formatter a language and zone: building one costs far more than using it, and a report formats every event.
    f = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(key, f);
  }
  return f;
}

/** The zone of this browser, or UTC where it cannot say. */
export function localZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** "28/11/2026, 16:33:10" in that zone; the text as stored when it is not a time. */
export function localTime(iso: string | null | undefined, lang: Lang, timeZone: string): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatFor(lang, timeZone).format(ms);
}

/** "+07:00": the zone's offset from UTC at that instant. */
export function offsetAt(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(ms);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}

/** "Asia/Ho_Chi_Minh (UTC+07:00)". */
export function zoneLabel(iso: string, timeZone: string): string {
  return `${timeZone} (UTC${offsetAt(iso, timeZone)})`;
}
