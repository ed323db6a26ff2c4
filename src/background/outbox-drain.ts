/**
 * Stores events that content scripts persisted but whose page went away (reload, tab closed,
 * extension update) before the worker acknowledged them. Resends are harmless: ids deduplicate.
 */
import { appendEvents, recordDiagnostic, UnknownSessionError } from './event-log';
import { OUTBOX_PREFIX, decodeOutbox } from '../shared/outbox-store';
import { LIMITS } from '../shared/protocol';
import { REQUEST_SCHEMAS } from './validate';
import { deriveChatFindings } from './chat-findings';
import { onEventsStored } from './alerts';

let running: Promise<void> | null = null;

export function drainOrphanOutboxes(): Promise<void> {
  running ??= drain().finally(() => {
    running = null;
  });
  return running;
}

async function drain(): Promise<void> {
  const all = await chrome.storage.local.get(null);
  // Chunks of one page sort in push order by key; pages sort by when they wrote.
  const boxes = Object.entries(all)
    .filter(([key]) => key.startsWith(OUTBOX_PREFIX))
    .map(([key, value]) => ({ key, box: decodeOutbox(value) }))
    .sort((a, b) => (a.box?.updatedAt ?? 0) - (b.box?.updatedAt ?? 0) || a.key.localeCompare(b.key));
  for (const { key, box } of boxes) {
    let stored = 0;
    try {
      if (!box) await recordDiagnostic({ kind: 'message.rejected', detail: `persisted outbox ${key}: unreadable` });
      const events = Array.isArray(box?.events) ? box.events : [];
      for (let i = 0; i < events.length; i += LIMITS.eventsPerBatch) {
        const payload = { sessionId: box?.sessionId, events: events.slice(i, i + LIMITS.eventsPerBatch) };
        const checked = REQUEST_SCHEMAS['events.append'].safeParse(payload);
        if (!checked.success) {
          await recordDiagnostic({ kind: 'message.rejected', detail: `persisted outbox ${key}: ${checked.error.issues[0]?.message ?? 'invalid'}` });
          break;
        }
        // The page that saw these went away (a reload, mostly: the teacher is still in class), so
        // their findings still notify; the tab's badge count is unknown here.
        const { fresh } = await appendEvents(checked.data.sessionId, checked.data.events, deriveChatFindings);
        onEventsStored(checked.data.sessionId, fresh, undefined);
        const ids = new Set(checked.data.events.map((e) => e.id));
        stored += fresh.filter((e) => ids.has(e.id)).length;
      }
    } catch (err) {
      if (!(err instanceof UnknownSessionError)) throw err;
    }
    // Chunks are written once and never changed, so removing what was read loses nothing. A live
    // page that still holds these events resends them; their ids make that harmless. Most chunks
    // hold only events already stored (a page removes its acknowledged chunks a few seconds late).
    await chrome.storage.local.remove(key);
    if (stored) await recordDiagnostic({ kind: 'outbox.drained', detail: `${stored} events from ${key}` });
  }
}
