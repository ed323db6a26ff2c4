/**
 * Where a content script keeps the events the worker has not acknowledged yet: chrome.storage.local,
 * which outlives the page and the worker. Keys `cg.outbox.<instance>.<chunk>`, each written once.
 */
import type { EventDraft } from './protocol';

export const OUTBOX_PREFIX = 'cg.outbox.';

export interface PersistedOutbox {
  sessionId: string;
  events: EventDraft[];
  updatedAt: number;
}
