/**
 * Requests from the extension's own pages and worker to a meeting tab's content script (the popup's
 * "Everyone here now is my class", the worker's liveness ping and its word that the settings changed).
 * Only this extension is answered.
 */
import type { MeetingIdentity } from '../shared/model';
import type { Reply } from '../shared/protocol';

export interface CapturedRoster {
  meeting: MeetingIdentity;
  /** The host's display name: the teacher, to be saved as the class's teacher. */
  teacher: string | null;
  roster: { name: string }[];
}

export type PageRequest = { type: 'roster.capture' } | { type: 'ping' } | { type: 'settings.changed' };

export function listenForPageRequests(handlers: { captureRoster(): CapturedRoster | null; settingsChanged(): void }): () => void {
  const listener = (msg: unknown, sender: chrome.runtime.MessageSender, reply: (r: Reply<unknown>) => void): boolean => {
    if (sender.id !== chrome.runtime.id || sender.tab) return false; // content scripts of other tabs have a tab; pages don't
    const type = (msg as PageRequest | null)?.type;
    // The worker asks before injecting into an open tab: a live script here means none is needed.
    if (type === 'ping') {
      reply({ ok: true, value: 'alive' });
      return false;
    }
    // The worker saw the settings change (settings-broadcast.ts); every frame refetches its own.
    if (type === 'settings.changed') {
      handlers.settingsChanged();
      return false;
    }
    if (type !== 'roster.capture') return false;
    const captured = handlers.captureRoster();
    // Frames that are not the meeting (Zoom's app shell) stay silent so the meeting frame answers.
    if (!captured) return false;
    reply({ ok: true, value: captured });
    return false;
  };
  chrome.runtime.onMessage.addListener(listener);
  return () => chrome.runtime.onMessage.removeListener(listener);
}
