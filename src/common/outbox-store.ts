/**
 * Outbox chunks (docs/events.md, "Delivery guarantees"). A chunk is one JSON string, chat messages as
 * rows: storage.local's cost on the page grows with an argument's fields and characters. Chunks
 * written as objects, or without rows, are still read.
 */
import type { ChatMessage } from './model';
import type { EventDraft } from './protocol';

export const OUTBOX_PREFIX = 'cg.outbox.';

export interface PersistedOutbox {
  sessionId: string;
  events: EventDraft[];
  updatedAt: number;
}

/** A chat.message event whose payload is exactly `{ message }`. */
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

/** Without making the keys' list: this runs for every chat message. */
function keyCount(o: object): number {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k)) n++;
  return n;
}

function toRow(e: EventDraft): ChatRow | null {
  const m = e.payload['message'] as ChatMessage | undefined;
  if (!m || typeof m !== 'object' || keyCount(e.payload) !== 1 || keyCount(m) !== MESSAGE_KEYS.length) return null;
  // Anything but the exact shape a row holds is written whole.
  if (!MESSAGE_KEYS.every((k) => Object.hasOwn(m, k)) || typeof m.self !== 'boolean') return null;
  return [e.id, e.time, m.id, m.senderId, m.senderName, m.self ? 1 : 0, m.text, m.time, m.privateTo];
}

function fromRow(row: unknown[]): EventDraft | unknown[] {
  if (row.length !== 9) return row; // for the worker's check to refuse
  const [id, time, messageId, senderId, senderName, self, text, shown, privateTo] = row as ChatRow;
  const message: ChatMessage = { id: messageId, senderId, senderName, self: self === 1, text, time: shown, privateTo };
  return { id, type: 'chat.message', time, payload: { message } };
}

export function encodeOutbox(box: PersistedOutbox): string {
  const events = box.events.map((e) => (e.type === 'chat.message' ? (toRow(e) ?? e) : e));
  return JSON.stringify({ sessionId: box.sessionId, events, updatedAt: box.updatedAt });
}

/** As far as it can be read; the worker validates the events. */
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
