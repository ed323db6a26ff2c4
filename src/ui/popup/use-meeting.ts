/**
 * The meeting in the active tab, asked of its content script once a second while the popup is open
 * (the popup lives for seconds: a push channel would outlive it for nothing).
 */
import { useEffect, useState } from 'preact/hooks';
import type { PopupState } from '../../common/protocol';
import { activeTab, sendToTab, tabById } from '../../browser/tabs';

export const POLL_MS = 1_000;
const MEETING_URL =
  /^https:\/\/(meet\.google\.com|[\w-]+\.zoom\.us\/(wc|j)\/|teams\.(microsoft\.com|live\.com|cloud\.microsoft))/;

export type MeetingView =
  | { kind: 'loading' }
  /** No tab of a meeting client in front. */
  | { kind: 'none' }
  /** A meeting client's tab, but no call joined (or the guard not started there yet). */
  | { kind: 'not-joined'; tabId: number }
  | { kind: 'live'; tabId: number; state: PopupState };

/**
 * `?tab=<id>`: the popup opened as a page of its own (a detached window, a screen reader's browse
 * mode, the README's screenshots) follows that tab rather than whichever is active.
 */
const pinned = Number(new URLSearchParams(location.search).get('tab') ?? NaN);

/** The tab the popup follows: the pinned one, else the active one. */
export const followedTab = () => (Number.isInteger(pinned) ? tabById(pinned) : activeTab());

export async function readMeeting(): Promise<MeetingView> {
  const tab = await followedTab().catch(() => undefined);
  if (tab?.id === undefined || !MEETING_URL.test(tab.url ?? '')) return { kind: 'none' };
  const reply = await sendToTab(tab.id, { type: 'popup.state' }).catch(() => undefined);
  return reply?.ok ? { kind: 'live', tabId: tab.id, state: reply.value } : { kind: 'not-joined', tabId: tab.id };
}

export function useMeeting(): [MeetingView, () => void] {
  const [view, setView] = useState<MeetingView>({ kind: 'loading' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () =>
      void readMeeting().then((v) => {
        if (!alive) return;
        setView(v);
        timer = setTimeout(read, POLL_MS);
      });
    read();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [tick]);
  return [view, () => setTick((n) => n + 1)];
}
