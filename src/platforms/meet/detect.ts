/**
 * Pure URL checks for Google Meet. A meeting page is meet.google.com/<code> where the code is
 * three lowercase letter groups "abc-defg-hij" (docs/adapters/meet.md#identity); the landing page,
 * /new and /landing are not meetings.
 */

const MEET_HOST = 'meet.google.com';
const CODE_IN_PATH = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:\/|$)/;

/** The meeting code from a Meet path ("/abc-defg-hij" → "abc-defg-hij"), or null. */
export function meetingCodeFromPath(pathname: string): string | null {
  const m = CODE_IN_PATH.exec(pathname);
  return m ? m[1]! : null;
}

export function isMeetingUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === MEET_HOST && meetingCodeFromPath(url.pathname) !== null;
}
