/** Meeting paths: docs/adapters/zoom.md#identity. Hosts: never a look-alike such as zoom.us.evil.test. */

const ID = '(\\d{9,11})';
const MEETING_PATHS: readonly RegExp[] = [
  new RegExp(`^/wc/${ID}/(?:join|start)/?$`),
  // The in-call `/wc/<id>/meeting` is a meeting page too.
  new RegExp(`^/wc/${ID}/meeting/?$`),
  new RegExp(`^/wc/join/${ID}/?$`),
  new RegExp(`^/j/${ID}/?$`),
];

export function isZoomHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'zoom.us' || h.endsWith('.zoom.us');
}

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

export function normalizeMeetingId(text: string): string | null {
  const m = /(\d[\d\s\u00a0-]{7,16}\d)/.exec(text);
  if (!m) return null;
  const digits = m[1]!.replace(/\D/g, '');
  return digits.length >= 9 && digits.length <= 11 ? digits : null;
}
