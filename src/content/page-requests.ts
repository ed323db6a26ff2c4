/**
 * Requests from the extension's own pages and worker to a meeting tab's content script (the popup's
 * "Everyone here now is my class", the worker's liveness ping and its word that the settings changed).
 * Only this extension is answered.
 */
import type { CapturedRoster, PageRequest } from '../shared/protocol';
import { extensionId, onMessage, type MessageListener } from '../browser/runtime';

export function listenForPageRequests(handlers: {
  captureRoster(): CapturedRoster | null;
  settingsChanged(): void;
}): () => void {
  const listener: MessageListener = (msg, sender, reply) => {
    if (sender.id !== extensionId() || sender.tab) return false; // content scripts of other tabs have a tab; pages don't
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
  return onMessage(listener);
}
