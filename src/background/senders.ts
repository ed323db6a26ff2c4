/** Content scripts live on pages attackers write into: they may use only part of the protocol. */
import type { MessageName } from '../common/protocol';
import { platformForUrl } from '../platforms/registry';
import type { MessageSender } from '../browser/runtime';

export type SenderKind = 'content' | 'page';

const CONTENT_MESSAGES: ReadonlySet<MessageName> = new Set([
  'session.open',
  'settings.get',
  'meeting.config',
  'names.classify',
  'guide.open',
  'roster.add',
  'roster.learned.save',
  'parent.allows',
]);

export function classifySender(sender: MessageSender, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  // Whether in a tab or not.
  if (url.startsWith(extensionOrigin)) return 'page';
  if (sender.tab && url) {
    try {
      if (platformForUrl(new URL(url))) return 'content';
    } catch {
      return null;
    }
  }
  return null;
}

export function allowed(kind: SenderKind, type: MessageName): boolean {
  return kind === 'page' || CONTENT_MESSAGES.has(type);
}
