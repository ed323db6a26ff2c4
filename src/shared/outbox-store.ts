/**
 * How a content script hands events to the worker: chunks in the extension's storage.local, which
 * outlive the page and the worker, until the worker has stored them (content/outbox.ts,
 * background/outbox-consumer.ts).
 * Keys `cg.outbox.<instance>.<chunk>`, each written once.
 *
 * A chunk is stored as one JSON string: the extension API checks and converts an object argument
 * field by field on the page's main thread (about 0.5 ms for 20 chat messages), a string in a
 * third of that. The string's cost still grows with its length (~20 ns a character, measured in a
 * content script), so chat messages, the bulk of a busy class, are written as rows (arrays, see
 * ChatRow) instead of objects with the same keys each time: half the characters. Every other event
 * is written as it is, in its place among them. Chunks that earlier versions wrote (objects, or
 * strings without rows) are still read.
 */
import type { ChatMessage } from './model';
import type { EventDraft } from './protocol';

export const OUTBOX_PREFIX = 'cg.outbox.';

export interface PersistedOutbox {
  sessionId: string;
  events: EventDraft[];
  updatedAt: number;
}

/** A chat.message event whose payload is `{ message }`: [event id, time, then the message's fields in ChatMessage's order, self as 0 or 1]. */
type ChatRow = [
  id: string,
  time: string,
  messageId: string,
  senderId: string | null,
  senderName: string,
  self: 0 | 1,
  text: string,
  shown: string | null,
  privateTo: string | null,
];

const MESSAGE_KEYS = ['id', 'senderId', 'senderName', 'self', 'text', 'time', 'privateTo'] as const;

/** How many own enumerable keys `o` has, without making their list (this runs for every chat message). */
function keyCount(o: object): number {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k)) n++;
  return n;
}

function toRow(e: EventDraft): ChatRow | null {
  const m = e.payload['message'] as ChatMessage | undefined;
  // Only the exact shape a row holds; anything else is written whole.
  if (!m || typeof m !== 'object' || keyCount(e.payload) !== 1 || keyCount(m) !== MESSAGE_KEYS.length) return null;
  // Seven keys are not yet these seven, and `self` is written as 0 or 1.
  if (!MESSAGE_KEYS.every((k) => Object.hasOwn(m, k)) || typeof m.self !== 'boolean') return null;
  return [e.id, e.time, m.id, m.senderId, m.senderName, m.self ? 1 : 0, m.text, m.time, m.privateTo];
}

function fromRow(row: unknown[]): EventDraft | unknown[] {
  if (row.length !== 9) return row; // not a row this code wrote: left as it is, for the worker's check to refuse
  const [id, time, messageId, senderId, senderName, self, text, shown, privateTo] = row as ChatRow;
  const message: ChatMessage = { id: messageId, senderId, senderName, self: self === 1, text, time: shown, privateTo };
  return { id, type: 'chat.message', time, payload: { message } };
}

export function encodeOutbox(box: PersistedOutbox): string {
  const events = box.events.map((e) => (e.type === 'chat.message' ? (toRow(e) ?? e) : e));
  return JSON.stringify({ sessionId: box.sessionId, events, updatedAt: box.updatedAt });
}

/** A stored chunk as far as it can be read (the worker validates its events before storing them); null if unreadable. */
export function decodeOutbox(value: unknown): Partial<PersistedOutbox> | null {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
  const box = v as Partial<PersistedOutbox>;
  if (Array.isArray(box.events))
    box.events = (box.events as unknown[]).map((e) => (Array.isArray(e) ? fromRow(e) : e)) as EventDraft[];
  return box;
}
