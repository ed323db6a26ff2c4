/**
 * docs/events.md, "Delivery guarantees". One queue, so a page's events reach the log in the order the
 * page saw them.
 */
import { appendEvents, recordDiagnostic, UnknownSessionError } from './event-log';
import { OUTBOX_PREFIX, decodeOutbox } from '../common/outbox-store';
import { LIMITS, type EventDraft } from '../common/protocol';
import { EVENT_DRAFT, SESSION_ID, summarize } from './validate';
import { deriveChatFindings } from './chat-findings';
import { onEventsStored } from './alerts';
import { forwardStored } from './forwarding';
import { tabOf } from './session-tabs';
import { quarantineRecord, storeSplitting } from './quarantine';
import { localStorageArea, onStorageChanged } from '../browser/storage';
import { isQuotaError, noteStored, noteWriteFailure } from './storage-watch';

const RETRY_MS = 2_000;

let queue: Promise<void> = Promise.resolve();
let retry: ReturnType<typeof setTimeout> | null = null;

function enqueue(job: () => Promise<void>): Promise<void> {
  queue = queue.then(job).catch((err: unknown) => {
    console.error('Class Guard: could not store events:', err);
    // The chunk stays in the outbox; room is made and the teacher told when the disk is full.
    noteWriteFailure(err);
    void recordDiagnostic({ kind: 'error', detail: `storing events: ${String(err)}`.slice(0, 500) });
    retry ??= setTimeout(() => {
      retry = null;
      void drainOutboxes();
    }, RETRY_MS);
  });
  return queue;
}

/** What no storage event delivered. */
export function drainOutboxes(): Promise<void> {
  return enqueue(async () => {
    const all = await localStorageArea.get(null);
    // A page's chunks sort in push order by key; pages sort by when they wrote.
    const chunks = Object.entries(all)
      .filter(([key]) => key.startsWith(OUTBOX_PREFIX))
      .map(([key, value]) => ({ key, value, at: decodeOutbox(value)?.updatedAt ?? 0 }))
      .sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
    for (const { key, value } of chunks) await consume(key, value, 'left');
  });
}

onStorageChanged((changes, area) => {
  if (area !== 'local') return;
  const written = Object.keys(changes)
    // lookup-ok: the change's own keys
    .filter((key) => key.startsWith(OUTBOX_PREFIX) && changes[key]!.newValue !== undefined)
    .sort();
  for (const key of written) {
    const value = changes[key]!.newValue; // lookup-ok: as above
    void enqueue(() => consume(key, value, 'written'));
  }
});

/** No chunk is retried for one bad event: it is quarantined in its place. */
async function consume(key: string, value: unknown, how: 'written' | 'left'): Promise<void> {
  const box = decodeOutbox(value);
  const sessionId = SESSION_ID.safeParse(box?.sessionId);
  if (!box || !sessionId.success) {
    await localStorageArea.remove(key);
    await recordDiagnostic({
      kind: 'message.rejected',
      detail: `outbox ${key}: ${box ? 'no valid session id' : 'unreadable'}: not stored`.slice(0, 500),
    });
    return;
  }
  const raw: unknown[] = Array.isArray(box.events) ? box.events : [];
  const drafts: EventDraft[] = [];
  const problems: string[] = [];
  for (const [i, e] of raw.entries()) {
    const checked = EVENT_DRAFT.safeParse(e);
    if (checked.success) drafts.push(checked.data as EventDraft);
    else {
      const reason = summarize(checked.error);
      drafts.push(await quarantineRecord(e, `refused: ${reason}`, `${key}#${i}`));
      problems.push(reason);
    }
  }
  let stored = 0;
  let unknownSession: string | null = null;
  try {
    const tabId = await tabOf(sessionId.data);
    for (let i = 0; i < drafts.length; i += LIMITS.eventsPerBatch) {
      const { stored: n, quarantined } = await storeSplitting(drafts.slice(i, i + LIMITS.eventsPerBatch), {
        store: async (batch) => {
          const { fresh } = await appendEvents(sessionId.data, batch, deriveChatFindings);
          onEventsStored(sessionId.data, fresh, tabId);
          noteStored();
          void forwardStored(sessionId.data, fresh).catch(() => undefined);
          const ids = new Set(batch.map((e) => e.id));
          return fresh.filter((e) => ids.has(e.id)).length;
        },
        // No event is at fault when the disk is full: quarantining would not store it either.
        splittable: (err) => !(err instanceof UnknownSessionError) && !isQuotaError(err),
        quarantine: (event, err) => quarantineRecord(event, `not stored: ${String(err)}`, `${key}#${event.id}`),
      });
      stored += n;
      for (const q of quarantined) problems.push(`${String(q.payload['originalType'])} ${q.id} could not be stored`);
    }
  } catch (err) {
    // The session's data was cleared: nothing to add these to.
    if (!(err instanceof UnknownSessionError)) throw err;
    unknownSession = err.message;
  }
  // Stored, or never can be.
  await localStorageArea.remove(key);
  if (unknownSession)
    await recordDiagnostic({
      kind: 'message.rejected',
      detail: `outbox ${key}: ${raw.length} events not stored: ${unknownSession}`.slice(0, 500),
    });
  if (problems.length)
    await recordDiagnostic({
      kind: 'event.quarantined',
      detail: `outbox ${key}: ${problems.length} events quarantined: ${problems[0]}`.slice(0, 500),
    });
  if (how === 'left' && stored)
    await recordDiagnostic({ kind: 'outbox.drained', detail: `${stored} events from ${key}` });
}
