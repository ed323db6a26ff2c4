/**
 * The outbox: every event waits here, persisted in chrome.storage.local, until the worker says it
 * is stored. One batch is in flight at a time, so events reach the log in the order they were
 * observed; a killed worker means a retry, and the ids make a retry harmless.
 */
import type { EventDraft } from '../shared/protocol';
import { LIMITS } from '../shared/protocol';
import { OUTBOX_PREFIX, type PersistedOutbox } from '../shared/outbox-store';
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

export class Outbox {
  private queue: EventDraft[] = [];
  private sessionId: string | null = null;
  private pumping = false;
  private dirty = false;
  private dead = false;
  private readonly key: string;

  constructor(private readonly deps: OutboxDeps) {
    this.key = OUTBOX_PREFIX + deps.instanceId;
  }

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
    this.dirty = true;
    this.kick();
  }

  stop(): void {
    this.dead = true;
  }

  private kick(): void {
    if (this.pumping || this.dead || !this.sessionId) return;
    this.pumping = true;
    // Let a burst of observations from one flush join the same batch.
    queueMicrotask(() => void this.pump());
  }

  private async persist(): Promise<void> {
    if (!this.dirty || !this.sessionId) return;
    this.dirty = false;
    if (this.queue.length === 0) await this.deps.storage.remove(this.key);
    else {
      const box: PersistedOutbox = { sessionId: this.sessionId, events: this.queue, updatedAt: Date.now() };
      await this.deps.storage.set({ [this.key]: box });
    }
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
          const before = this.queue.length;
          this.queue = this.queue.filter((e) => !stored.has(e.id));
          if (this.queue.length !== before) this.dirty = true;
          backoff = BACKOFF_START_MS;
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
            this.queue.shift();
            this.dirty = true;
            continue;
          }
          await new Promise((r) => setTimeout(r, backoff));
          backoff = Math.min(backoff * 2, BACKOFF_MAX_MS);
        }
      }
      await this.persist().catch(() => {});
    } finally {
      this.pumping = false;
      if (!this.dead && this.sessionId && this.queue.length > 0) this.kick();
    }
  }
}
