/** Extension pages' side of the protocol. */
import type { MessageName, ProtocolMap, Reply } from '../shared/protocol';

export async function call<K extends MessageName>(type: K, payload: ProtocolMap[K][0]): Promise<ProtocolMap[K][1]> {
  const reply = (await chrome.runtime.sendMessage({ type, payload })) as Reply<ProtocolMap[K][1]> | undefined;
  if (!reply) throw new Error(`no reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
