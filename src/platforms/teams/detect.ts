/**
 * Every page of the app origins counts: the call may never show in the URL
 * (docs/adapters/teams.md#identity); the adapter then reads the DOM.
 */

/** Exact host names: no look-alikes. */
const HOSTS: ReadonlySet<string> = new Set(['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft']);

export const THREAD_ID = /19:meeting_[A-Za-z0-9_-]+@thread\.v2/;
const MEET_ID = /(?:^|\/)meet\/(\d{10,15})(?:[/?#]|$)/;

export function isTeamsUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && HOSTS.has(url.hostname);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** docs/adapters/teams.md#identity; null when the URL names no meeting. */
export function meetingCodeFromUrl(url: URL): string | null {
  if (!isTeamsUrl(url)) return null;
  for (const part of [url.pathname, url.hash.replace(/^#/, '')]) {
    const join = /\/l\/meetup-join\/([^/?#]+)/.exec(part);
    if (join) {
      const thread = THREAD_ID.exec(safeDecode(join[1]!));
      if (thread) return thread[0];
    }
  }
  for (const part of [url.pathname, url.hash.replace(/^#/, '')]) {
    const meet = MEET_ID.exec(part);
    if (meet) return meet[1]!;
  }
  return null;
}
