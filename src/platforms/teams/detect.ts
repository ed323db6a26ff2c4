/**
 * Pure URL checks for the Teams web client. Any path of the web app may host a call (the v2 app
 * keeps the meeting in its own routing, and teams.cloud.microsoft may never show it in the URL),
 * so every page of the three app origins counts as a meeting page; the adapter then reads the DOM.
 */

/** The web app's origins (docs/adapters/teams.md#frames-and-panels). Exact host names: no look-alikes. */
const HOSTS: ReadonlySet<string> = new Set(['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft']);

/** Thread id of a scheduled meeting's chat, e.g. "19:meeting_NjA4YzE1@thread.v2". */
export const THREAD_ID = /19:meeting_[A-Za-z0-9_-]+@thread\.v2/;
/** Meet-now / free Teams numeric id: "/meet/9312345678901", "#/meet/9312345678901". */
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

/**
 * The meeting code the URL reveals: the thread id from "/l/meetup-join/19%3ameeting_…%40thread.v2/…"
 * (path or the v2 hash route), else the numeric id of "/meet/<10-15 digits>" (path or "#/meet/<id>").
 * null when the URL names no meeting.
 */
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
