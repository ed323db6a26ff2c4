import type { MessageName, ProtocolMap, Reply } from '../common/protocol';

export type MessageSender = chrome.runtime.MessageSender;
export type ContentScriptEntry = NonNullable<chrome.runtime.Manifest['content_scripts']>[number];

/** False in an orphaned content script (its extension reloaded or removed). */
export function contextAlive(): boolean {
  try {
    return Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
}

export function isContextInvalidated(err: unknown): boolean {
  return !contextAlive() || /context invalidated/i.test(String(err));
}

export function extensionId(): string {
  return chrome.runtime.id;
}

/** `''` gives the extension's origin with a slash. */
export function extensionUrl(path: string): string {
  return chrome.runtime.getURL(path);
}

export function manifestContentScripts(): ContentScriptEntry[] {
  return chrome.runtime.getManifest().content_scripts ?? [];
}

/** The reply is unchecked and possibly absent. */
export async function sendRequest<K extends MessageName>(
  type: K,
  payload: ProtocolMap[K][0],
): Promise<Reply<ProtocolMap[K][1]> | undefined> {
  return (await chrome.runtime.sendMessage({ type, payload })) as Reply<ProtocolMap[K][1]> | undefined;
}

/** Returns true to keep `reply` usable after it returns. */
export type MessageListener = (message: unknown, sender: MessageSender, reply: (r: Reply<unknown>) => void) => boolean;

export function onMessage(listener: MessageListener): () => void {
  chrome.runtime.onMessage.addListener(listener);
  return () => chrome.runtime.onMessage.removeListener(listener);
}

export function onInstalled(fn: (reason: string) => void): void {
  chrome.runtime.onInstalled.addListener((details) => fn(details.reason));
}

export function openOptionsPage(): Promise<void> {
  return chrome.runtime.openOptionsPage();
}
