/** The content side of the protocol: typed requests to the worker, with a timeout. */
import type { MessageName, ProtocolMap, Reply } from '../shared/protocol';

/** The extension was reloaded, updated or removed: this content script is an orphan and must stop. */
export class ContextInvalidated extends Error {}
/** The worker answered with an error (e.g. validation). */
export class RequestRejected extends Error {}

export function contextAlive(): boolean {
  try {
    return Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
}

export async function request<K extends MessageName>(type: K, payload: ProtocolMap[K][0], timeoutMs = 10_000): Promise<ProtocolMap[K][1]> {
  if (!contextAlive()) throw new ContextInvalidated('extension context invalidated');
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const reply = (await Promise.race([
      chrome.runtime.sendMessage({ type, payload }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no reply to ${type} within ${timeoutMs} ms`)), timeoutMs);
      }),
    ])) as Reply<ProtocolMap[K][1]> | undefined;
    if (!reply) throw new Error(`empty reply to ${type}`);
    if (!reply.ok) throw new RequestRejected(reply.error);
    return reply.value;
  } catch (err) {
    // Treat "Extension context invalidated" as a normal shutdown (refined-github, Dark Reader do the same).
    if (!contextAlive() || /context invalidated/i.test(String(err))) throw new ContextInvalidated(String(err));
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
