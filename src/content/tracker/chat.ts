/** Chat: each message id is reported once, however often the client re-renders it. */
import type { ChatMessage, Observation } from '../../shared/model';

export interface ChatState {
  /** Chat ids reported, in first-seen order. */
  seen: Set<string>;
  /** The chat list of the previous update: a list that only grew (Meet's) is read from where it ended. */
  last: readonly ChatMessage[];
}

export function createChat(): ChatState {
  return { seen: new Set(), last: [] };
}

/**
 * Where the messages not in `before` start in `now`, when `now` is `before` with messages appended and
 * perhaps some of its first ones dropped (the last message of `before` found in `now`, and the first
 * of `now` where it sat in `before`); else 0: every message of `now` is looked at.
 */
function appendedFrom(before: readonly ChatMessage[], now: readonly ChatMessage[]): number {
  const n = before.length;
  if (n === 0 || now.length === 0) return 0;
  const last = before[n - 1];
  for (let k = now.length - 1; k >= 0; k--) {
    if (now[k] !== last) continue;
    const dropped = n - 1 - k;
    return dropped >= 0 && now[0] === before[dropped] ? k + 1 : 0;
  }
  return 0;
}

/** Reports the messages not seen before; `memory` caps how many ids are kept for that. */
export function updateChat(c: ChatState, messages: readonly ChatMessage[], memory: number, out: Observation[]): void {
  // The previous list with messages appended, and perhaps its oldest ones gone (the same message
  // objects where the two overlap, as an adapter hands over a list that grows at its end and is
  // kept to a length): only the new ones need a look.
  const from = appendedFrom(c.last, messages);
  c.last = messages;
  for (let i = from; i < messages.length; i++) {
    const m = messages[i]!;
    if (c.seen.has(m.id)) continue;
    c.seen.add(m.id);
    out.push({ kind: 'chat.message', message: { ...m } });
  }
  forgetOld(c, messages, memory);
}

/**
 * Bounded memory, but an id still rendered is never forgotten (Meet keeps the whole chat in the
 * DOM). The oldest others go, down to 90 % of the cap so that this runs once in a while.
 */
function forgetOld(c: ChatState, messages: readonly ChatMessage[], memory: number): void {
  const cap = Math.max(memory, 2 * messages.length);
  if (c.seen.size <= cap) return;
  const shown = new Set<string>();
  for (const m of messages) shown.add(m.id);
  const target = Math.floor(cap * 0.9);
  for (const id of c.seen) {
    if (c.seen.size <= target) break;
    if (!shown.has(id)) c.seen.delete(id);
  }
}
