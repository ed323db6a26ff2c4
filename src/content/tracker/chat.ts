/** Chat: each message id is reported once, however often the client re-renders it. */
import type { ChatMessage, Observation } from '../../common/model';
import { createPreviews, notePreview, settleFull, upgradeOf, type PreviewState } from './chat-previews';

export interface ChatState {
  seen: Set<string>;
  previews: PreviewState;
  /** A list that only grew (Meet's) is read from where it ended. */
  last: readonly ChatMessage[];
}

export function createChat(): ChatState {
  return { seen: new Set(), previews: createPreviews(), last: [] };
}

/** Where `now` goes past `before`, if `now` is `before` appended to and perhaps cut at the front; else 0. */
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

export function updateChat(
  c: ChatState,
  messages: readonly ChatMessage[],
  memory: number,
  out: Observation[],
  now = 0,
): void {
  const from = appendedFrom(c.last, messages);
  c.last = messages;
  for (let i = from; i < messages.length; i++) {
    const m = messages[i]!;
    if (c.seen.has(m.id)) continue;
    c.seen.add(m.id);
    const preview = settleFull(c.previews, m, now);
    if (preview) upgradeOf(preview, m, out);
    else out.push({ kind: 'chat.message', message: { ...m } });
  }
  forgetOld(c, messages, memory);
}

/** Previews shown while the chat panel is closed; each toast once, however long it stays. */
export function updatePreviews(
  c: ChatState,
  previews: readonly ChatMessage[] | undefined,
  now: number,
  out: Observation[],
): void {
  if (!previews) return;
  for (const m of previews) {
    if (c.seen.has(m.id)) continue;
    c.seen.add(m.id);
    if (notePreview(c.previews, m, now)) out.push({ kind: 'chat.message', message: { ...m, preview: true } });
  }
}

/** An id still rendered is never forgotten (Meet keeps the whole chat); trims below the cap so this runs seldom. */
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
