/** The extension runtime: its identity, its manifest, and messages between its parts. */
import type { MessageName, ProtocolMap, Reply } from '../shared/protocol';

export type MessageSender = chrome.runtime.MessageSender;
export type ContentScriptEntry = NonNullable<chrome.runtime.Manifest['content_scripts']>[number];

/** Whether this context still belongs to a loaded extension (an orphaned content script's does not). */
export function contextAlive(): boolean {
  try {
    return Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
}

/** Whether `err` means the extension behind this context was reloaded, updated or removed. */
export function isContextInvalidated(err: unknown): boolean {
  return !contextAlive() || /context invalidated/i.test(String(err));
}

export function extensionId(): string {
  return chrome.runtime.id;
}

/** The full URL of a file in the extension package; `''` gives the extension's origin with a slash. */
export function extensionUrl(path: string): string {
  return chrome.runtime.getURL(path);
}

/** The content scripts the manifest declares (their matches, files and frames). */
export function manifestContentScripts(): ContentScriptEntry[] {
  return chrome.runtime.getManifest().content_scripts ?? [];
}

/** Sends a protocol request to the worker. The reply is as the worker sent it: unchecked, possibly absent. */
export async function sendRequest<K extends MessageName>(
  type: K,
  payload: ProtocolMap[K][0],
): Promise<Reply<ProtocolMap[K][1]> | undefined> {
  return (await chrome.runtime.sendMessage({ type, payload })) as Reply<ProtocolMap[K][1]> | undefined;
}

/** Returns true to keep `reply` usable after it returns (an asynchronous answer). */
export type MessageListener = (message: unknown, sender: MessageSender, reply: (r: Reply<unknown>) => void) => boolean;

/** Listens to messages from the extension's other parts; returns the function that stops it. */
export function onMessage(listener: MessageListener): () => void {
  chrome.runtime.onMessage.addListener(listener);
  return () => chrome.runtime.onMessage.removeListener(listener);
}

/** Calls `fn` with the reason ('install', 'update', …) each time the extension is installed or updated. */
export function onInstalled(fn: (reason: string) => void): void {
  chrome.runtime.onInstalled.addListener((details) => fn(details.reason));
}

export function openOptionsPage(): Promise<void> {
  return chrome.runtime.openOptionsPage();
}
