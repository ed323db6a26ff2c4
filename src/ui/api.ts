/** Extension pages' side of the protocol. */
import type { MessageName, ProtocolMap } from '../common/protocol';
import { sendRequest } from '../browser/runtime';

export async function call<K extends MessageName>(type: K, payload: ProtocolMap[K][0]): Promise<ProtocolMap[K][1]> {
  const reply = await sendRequest(type, payload);
  if (!reply) throw new Error(`no reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
