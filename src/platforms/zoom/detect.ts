/**
 * Pure URL checks for the Zoom web client. Paths seen in the sources (docs/adapters/zoom.md#identity):
 * `/wc/<id>/join`, `/wc/<id>/start` (host), `/wc/join/<id>`, `/j/<id>`, on app.zoom.us and tenant
 * hosts such as us05web.zoom.us.
 */

// Zoom meeting ids are 9 to 11 digits (personal and scheduled meetings).
const ID = '(\\d{9,11})';
const MEETING_PATHS: readonly RegExp[] = [
  new RegExp(`^/wc/${ID}/(?:join|start)/?$`),
  // Vexa's removal monitor (2025) notes the in-call URL carries `/wc/<id>/meeting`; keep it a meeting page.
  new RegExp(`^/wc/${ID}/meeting/?$`),
  new RegExp(`^/wc/join/${ID}/?$`),
  new RegExp(`^/j/${ID}/?$`),
];

/** zoom.us itself or any subdomain of it; never a look-alike such as zoom.us.evil.test. */
export function isZoomHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'zoom.us' || h.endsWith('.zoom.us');
}

/** The meeting id digits when `url` is a Zoom web-client meeting page, else null. */
export function zoomMeetingId(url: URL): string | null {
  if (url.protocol !== 'https:' || !isZoomHost(url.hostname)) return null;
  for (const re of MEETING_PATHS) {
    const m = re.exec(url.pathname);
    if (m) return m[1]!;
  }
  return null;
}

export function isZoomMeetingUrl(url: URL): boolean {
  return zoomMeetingId(url) !== null;
}

/** "812 3456 7890" (info popover) → "81234567890"; null unless 9 to 11 digits. */
export function normalizeMeetingId(text: string): string | null {
  const m = /(\d[\d\s\u00a0-]{7,16}\d)/.exec(text);
  if (!m) return null;
  const digits = m[1]!.replace(/\D/g, '');
  return digits.length >= 9 && digits.length <= 11 ? digits : null;
}
