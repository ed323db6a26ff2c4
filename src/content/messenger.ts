import type { MessageName, ProtocolMap } from '../common/protocol';
import { contextAlive, isContextInvalidated, sendRequest } from '../browser/runtime';

export { contextAlive };

/** This content script is an orphan and must stop. */
export class ContextInvalidated extends Error {}
export class RequestRejected extends Error {}

export async function request<K extends MessageName>(
  type: K,
  payload: ProtocolMap[K][0],
  timeoutMs = 10_000,
): Promise<ProtocolMap[K][1]> {
  if (!contextAlive()) throw new ContextInvalidated('extension context invalidated');
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const reply = await Promise.race([
      sendRequest(type, payload),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no reply to ${type} within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    if (!reply) throw new Error(`empty reply to ${type}`);
    if (!reply.ok) throw new RequestRejected(reply.error);
    return reply.value;
  } catch (err) {
    // "Extension context invalidated" is a normal shutdown.
    if (isContextInvalidated(err)) throw new ContextInvalidated(String(err));
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
