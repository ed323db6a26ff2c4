/**
 * How events leave the page (docs/architecture.md#invariants): writing a chunk to storage.local is the
 * whole delivery, with no reply to wait for. Chunks are written one at a time, in push order, so the
 * worker reads events in the order they were observed.
 */
import type { EventDraft } from '../common/protocol';
import { OUTBOX_PREFIX, encodeOutbox } from '../common/outbox-store';
import { isContextInvalidated } from '../browser/runtime';
import type { StorageArea } from '../browser/storage';

export interface OutboxDeps {
  storage: Pick<StorageArea, 'set'>;
  /** Called once when the extension context is gone; the caller shuts down. */
  onInvalidated(): void;
  instanceId: string;
}

const BACKOFF_START_MS = 50;
const BACKOFF_MAX_MS = 3_000;
const COALESCE_MS = 200;
/** Chat alone gathers longer (chat alerts come this much later); any other event cuts it to COALESCE_MS. */
export const CHAT_COALESCE_MS = 1_000;
/** The worker is handed each chunk whole in its storage event. */
export const CHUNK_MAX = 500;

export class Outbox {
  private unpersisted: EventDraft[] = [];
  private inFlight = 0;
  /** `unpersisted` holds more than chat; kept as events are pushed, not recomputed. */
  private urgent = false;
  private chunkSeq = 0;
  private sessionId: string | null = null;
  private busy = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timerAt = 0;
  private timerWait = 0;
  private dead = false;

  constructor(private readonly deps: OutboxDeps) {}

  get pending(): number {
    return this.unpersisted.length + this.inFlight;
  }

  setSession(sessionId: string): void {
    this.sessionId = sessionId;
    this.kick();
  }

  push(event: EventDraft): void {
    if (this.dead) return;
    this.unpersisted.push(event);
    if (event.type !== 'chat.message') this.urgent = true;
    this.kick();
  }

  stop(): void {
    this.dead = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** The page is going away: write now, whatever else is being written. */
  persistNow(): void {
    if (this.dead || !this.sessionId || this.unpersisted.length === 0) return;
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
      this.busy = false;
    }
    const events = this.unpersisted;
    this.unpersisted = [];
    this.urgent = false;
    void this.write(events);
  }

  /** A write nearly due goes in the flush's task rather than in a timer task of its own. */
  flushed(): void {
    if (this.timer === null || this.timerAt - Date.now() > this.timerWait / 4) return;
    clearTimeout(this.timer);
    this.timer = null;
    void this.drain();
  }

  private kick(): void {
    if (this.dead || !this.sessionId || this.unpersisted.length === 0) return;
    const wait = this.urgent ? COALESCE_MS : CHAT_COALESCE_MS;
    const at = Date.now() + wait;
    if (this.timer !== null) {
      if (at >= this.timerAt) return;
      clearTimeout(this.timer);
    } else if (this.busy) return; // writing: the loop picks up what arrives meanwhile
    this.busy = true;
    this.timerAt = at;
    this.timerWait = wait;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.drain();
    }, wait);
  }

  /** False if not written: its events are back at the front of the queue. */
  private async write(events: EventDraft[]): Promise<boolean> {
    // Zero-padded so that a page's keys sort in push order.
    const key = `${OUTBOX_PREFIX}${this.deps.instanceId}.${String(this.chunkSeq++).padStart(8, '0')}`;
    this.inFlight += events.length;
    try {
      await this.deps.storage.set({
        [key]: encodeOutbox({ sessionId: this.sessionId!, events, updatedAt: Date.now() }),
      });
      return true;
    } catch (err) {
      if (isContextInvalidated(err)) {
        if (!this.dead) {
          this.stop();
          this.deps.onInvalidated();
        }
        return false;
      }
      // Storage refused (full, or busy): keep the events and try again.
      console.warn('Class Guard: could not write events yet:', String(err));
      this.unpersisted = events.concat(this.unpersisted);
      if (events.some((e) => e.type !== 'chat.message')) this.urgent = true;
      this.kick();
      return false;
    } finally {
      this.inFlight -= events.length;
    }
  }

  private async drain(): Promise<void> {
    let backoff = BACKOFF_START_MS;
    try {
      while (!this.dead && this.sessionId && this.unpersisted.length > 0) {
        const events = this.unpersisted.splice(0, CHUNK_MAX);
        this.urgent = this.unpersisted.some((e) => e.type !== 'chat.message');
        if (await this.write(events)) {
          backoff = BACKOFF_START_MS;
          if (this.unpersisted.length < CHUNK_MAX) break;
        } else {
          if (this.dead) return;
          await new Promise((r) => setTimeout(r, backoff));
          backoff = Math.min(backoff * 2, BACKOFF_MAX_MS);
        }
      }
    } finally {
      this.busy = false;
      if (!this.dead) this.kick();
    }
  }
}
