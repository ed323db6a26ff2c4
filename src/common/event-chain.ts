/** docs/events.md, "Hash rule". */
import { canonicalJson, sha256Hex } from './canonical';
import { sha256HexSync } from './sha256';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEvent {
  id: string;
  sessionId: string;
  seq: number;
  type: string;
  time: string;
  payload: unknown;
  prevHash: string;
  hash: string;
}

export type Unhashed = Omit<ChainedEvent, 'hash'>;

export function hashInput(e: Unhashed): string {
  const { id, sessionId, seq, type, time, payload, prevHash } = e;
  return canonicalJson({ id, sessionId, seq, type, time, payload, prevHash });
}

export function hashEvent(e: Unhashed): Promise<string> {
  return sha256Hex(hashInput(e));
}

export type ChainCheck =
  { valid: true; count: number; head: string } | { valid: false; count: number; brokenAt: number; reason: string };

/**
 * Checked in order with the synchronous SHA-256: the same digests as `hashEvent`, without a promise
 * and a Web Crypto call per event, which cost more than the hashing on a long chain.
 */
export async function verifyChain(events: readonly ChainedEvent[]): Promise<ChainCheck> {
  let prev = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.seq !== i)
      return { valid: false, count: events.length, brokenAt: i, reason: `seq ${e.seq} where ${i} was expected` };
    if (e.prevHash !== prev)
      return { valid: false, count: events.length, brokenAt: i, reason: 'prevHash does not match the previous event' };
    const h = sha256HexSync(hashInput(e));
    if (h !== e.hash)
      return { valid: false, count: events.length, brokenAt: i, reason: 'hash does not match the event content' };
    prev = h;
  }
  return { valid: true, count: events.length, head: prev };
}
