/** docs/adapters/meet.md#identity: /new and /landing are not meetings. */

const MEET_HOST = 'meet.google.com';
const CODE_IN_PATH = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:\/|$)/;

export function meetingCodeFromPath(pathname: string): string | null {
  const m = CODE_IN_PATH.exec(pathname);
  return m ? m[1]! : null;
}

export function isMeetingUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === MEET_HOST && meetingCodeFromPath(url.pathname) !== null;
}
