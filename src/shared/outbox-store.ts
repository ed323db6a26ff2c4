/**
 * How a content script hands events to the worker: chunks in chrome.storage.local, which outlive the
 * page and the worker, until the worker has stored them (content/outbox.ts, background/outbox-consumer.ts).
 * Keys `cg.outbox.<instance>.<chunk>`, each written once.
 *
 * A chunk is stored as one JSON string: the extension API checks and converts an object argument
 * field by field on the page's main thread (about 0.5 ms for 20 chat messages), a string in a
 * third of that. Chunks that earlier versions wrote as objects are still read.
 */
import type { EventDraft } from './protocol';

export const OUTBOX_PREFIX = 'cg.outbox.';

export interface PersistedOutbox {
  sessionId: string;
  events: EventDraft[];
  updatedAt: number;
}

export function encodeOutbox(box: PersistedOutbox): string {
  return JSON.stringify(box);
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
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Partial<PersistedOutbox>) : null;
}
