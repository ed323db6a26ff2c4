/**
 * The outbox: every event waits here, persisted in chrome.storage.local, until the worker says it
 * is stored. One batch is in flight at a time, so events reach the log in the order they were
 * observed; a killed worker means a retry, and the ids make a retry harmless.
 *
 * Persistence is append-only: each write stores only the events pushed since the previous one, as
 * its own key ("chunk"), and a chunk's key is removed once all its events are acknowledged. A
 * backlog of a thousand events (a big class joining at once) is never rewritten per batch.
 *
 * Each extension call costs the page's main thread a few hundred µs, so a batch makes as few as it
 * can: a trickle of events is gathered for COALESCE_MS first (chat messages alone, the bulk of a busy
 * class, for CHAT_COALESCE_MS); the chunk is written as one string (outbox-store.ts); acknowledged
 * chunks are removed together, at most every REMOVE_EVERY_MS (one left behind when the page goes
 * away is read by the worker and found stored already). A busy page pays about two calls a batch:
 * write and send. A backlog of full batches is sent back to back.
 */
import type { EventDraft } from '../shared/protocol';
import { LIMITS } from '../shared/protocol';
import { OUTBOX_PREFIX, encodeOutbox } from '../shared/outbox-store';
import { ContextInvalidated, RequestRejected } from './messenger';

export interface OutboxDeps {
  send(sessionId: string, events: EventDraft[]): Promise<string[]>;
  storage: Pick<chrome.storage.StorageArea, 'set' | 'remove'>;
  /** Called once when the extension context is gone: the caller shuts down. */
  onInvalidated(): void;
  instanceId: string;
}

const BACKOFF_START_MS = 50;
const BACKOFF_MAX_MS = 3_000;
/** How long a batch gathers events before it is written and sent (about the watcher's flush spacing on a busy page). */
const COALESCE_MS = 200;
/**
 * A batch of chat messages only gathers longer: on a busy chat that halves the batches. A message's
 * findings come from the worker when it arrives, so a chat alert can come this much later; anything
 * else (a join, a finding, a share) cuts the wait back to COALESCE_MS.
 */
export const CHAT_COALESCE_MS = 1_000;
/** Acknowledged chunks are removed from storage in one call at most this often. */
export const REMOVE_EVERY_MS = 5_000;

export class Outbox {
  private queue: EventDraft[] = [];
  /** Pushed but not yet written to storage. */
  private unpersisted: EventDraft[] = [];
  /** Storage key of each written chunk → ids in it not yet acknowledged. */
  private readonly chunks = new Map<string, Set<string>>();
  /** Chunks fully acknowledged, still in storage until the next removal. */
  private removable: string[] = [];
  private removeTimer: ReturnType<typeof setTimeout> | null = null;
  private chunkSeq = 0;
  private sessionId: string | null = null;
  private pumping = false;
  /** The pending start of the next pump, while one is waiting. */
  private kickTimer: ReturnType<typeof setTimeout> | null = null;
  private kickAt = 0;
  private dead = false;

  constructor(private readonly deps: OutboxDeps) {}

  get pending(): number {
    return this.queue.length;
  }

  setSession(sessionId: string): void {
    this.sessionId = sessionId;
    this.kick();
  }

  push(event: EventDraft): void {
    if (this.dead) return;
    this.queue.push(event);
    this.unpersisted.push(event);
    this.kick();
  }

  stop(): void {
    this.dead = true;
    if (this.removeTimer !== null) clearTimeout(this.removeTimer);
    if (this.kickTimer !== null) clearTimeout(this.kickTimer);
  }

  /**
   * Writes what is still gathering, now: the page is going away (reload, navigation, close). The
   * storage call leaves before the page does; the worker stores the chunk at its next session open.
   */
  persistNow(): void {
    if (!this.dead) void this.persist().catch(() => {});
  }

  private kick(): void {
    if (this.dead || !this.sessionId) return;
    const wait = this.unpersisted.every((e) => e.type === 'chat.message') ? CHAT_COALESCE_MS : COALESCE_MS;
    const at = Date.now() + wait;
    if (this.kickTimer !== null) {
      // Waiting already: only something more urgent than what is gathering brings the batch forward.
      if (at >= this.kickAt) return;
      clearTimeout(this.kickTimer);
    } else if (this.pumping) return;
    this.pumping = true;
    this.kickAt = at;
    this.kickTimer = setTimeout(() => {
      this.kickTimer = null;
      void this.pump();
    }, wait);
  }

  private async persist(): Promise<void> {
    if (this.unpersisted.length === 0 || !this.sessionId) return;
    const events = this.unpersisted;
    this.unpersisted = [];
    // Zero-padded so that keys sort in push order (the worker drains orphans in key order).
    const key = `${OUTBOX_PREFIX}${this.deps.instanceId}.${String(this.chunkSeq++).padStart(8, '0')}`;
    this.chunks.set(key, new Set(events.map((e) => e.id)));
    await this.deps.storage.set({ [key]: encodeOutbox({ sessionId: this.sessionId, events, updatedAt: Date.now() }) });
  }

  private forget(stored: Set<string>): void {
    for (const [key, ids] of this.chunks) {
      for (const id of stored) ids.delete(id);
      if (ids.size > 0) continue;
      this.chunks.delete(key);
      this.removable.push(key);
    }
    if (this.removable.length === 0 || this.removeTimer !== null) return;
    this.removeTimer = setTimeout(() => {
      this.removeTimer = null;
      const keys = this.removable;
      this.removable = [];
      // Failing leaves stale chunks of stored events: harmless, the worker drops them by id.
      if (!this.dead) void this.deps.storage.remove(keys).catch(() => {});
    }, REMOVE_EVERY_MS);
  }

  private async pump(): Promise<void> {
    let backoff = BACKOFF_START_MS;
    let batchSize: number = LIMITS.eventsPerBatch;
    try {
      while (!this.dead && this.sessionId && this.queue.length > 0) {
        const sessionId = this.sessionId;
        const batch = this.queue.slice(0, batchSize);
        try {
          await this.persist();
          const stored = new Set(await this.deps.send(sessionId, batch));
          this.queue = this.queue.filter((e) => !stored.has(e.id));
          this.forget(stored);
          backoff = BACKOFF_START_MS;
          // Less than a full batch left: let it gather (the finally block kicks again).
          if (this.queue.length < batchSize) break;
          batchSize = LIMITS.eventsPerBatch;
        } catch (err) {
          if (err instanceof ContextInvalidated) {
            this.dead = true;
            this.deps.onInvalidated();
            return;
          }
          if (err instanceof RequestRejected && /^bad /.test(err.message)) {
            // The worker refused the batch as malformed. Find the culprit one event at a time and
            // drop only it, so one bad event cannot block the class's log.
            if (batch.length > 1) {
              batchSize = 1;
              continue;
            }
            console.warn('Class Guard: dropped an event the log refused:', err.message);
            const dropped = this.queue.shift();
            if (dropped) this.forget(new Set([dropped.id]));
            continue;
          }
          await new Promise((r) => setTimeout(r, backoff));
          backoff = Math.min(backoff * 2, BACKOFF_MAX_MS);
        }
      }
    } finally {
      this.pumping = false;
      if (!this.dead && this.sessionId && this.queue.length > 0) this.kick();
    }
  }
}
