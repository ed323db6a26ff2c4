/**
 * The outbox: how events leave the page. A batch is written to storage.local as one chunk
 * (`cg.outbox.<instance>.<seq>`, a JSON string: outbox-store.ts) and that write is the whole
 * delivery: the worker is woken by the storage change, stores the chunk's events in the log and
 * removes the chunk (background/outbox-consumer.ts). A chunk outlives the page, the worker and an
 * extension update, so an event is safe as soon as its batch is written; ids make a second reading
 * of a chunk harmless.
 *
 * One extension call a batch, and no reply to wait for: each call costs the page's main thread a
 * few hundred µs (it serializes its argument and crosses to the browser), and a busy class makes a
 * batch a second. Chunks are written one at a time, in push order, so the worker reads them in the
 * order the events were observed. A trickle of events gathers for COALESCE_MS first (chat messages
 * alone, the bulk of a busy class, for CHAT_COALESCE_MS).
 */
import type { EventDraft } from '../shared/protocol';
import { OUTBOX_PREFIX, encodeOutbox } from '../shared/outbox-store';
import { isContextInvalidated } from '../browser/runtime';
import type { StorageArea } from '../browser/storage';

export interface OutboxDeps {
  storage: Pick<StorageArea, 'set'>;
  /** Called once when the extension context is gone (reloaded, updated, removed): the caller shuts down. */
  onInvalidated(): void;
  instanceId: string;
}

const BACKOFF_START_MS = 50;
const BACKOFF_MAX_MS = 3_000;
/** How long a batch gathers events before it is written (about the watcher's flush spacing on a busy page). */
const COALESCE_MS = 200;
/**
 * A batch of chat messages only gathers longer: on a busy chat that means a write a second. A
 * message's findings come from the worker when it reads the chunk, so a chat alert can come this much
 * later; anything else (a join, a finding, a share) cuts the wait back to COALESCE_MS.
 */
export const CHAT_COALESCE_MS = 1_000;
/**
 * At most this many events a chunk: a 1,000-person class joining at once is ~3,000 events, and the
 * worker is handed each chunk whole in its storage event.
 */
export const CHUNK_MAX = 500;

export class Outbox {
  /** Pushed, not yet being written. */
  private unpersisted: EventDraft[] = [];
  /** Events in writes not finished yet. */
  private inFlight = 0;
  /** Whether `unpersisted` holds anything but chat messages (kept as events are pushed: a burst of joins is thousands). */
  private urgent = false;
  private chunkSeq = 0;
  private sessionId: string | null = null;
  /** The write loop is scheduled or running. */
  private busy = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timerAt = 0;
  /** How long the scheduled write gathers in all. */
  private timerWait = 0;
  private dead = false;

  constructor(private readonly deps: OutboxDeps) {}

  /** Events observed and not yet safely written. */
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

  /**
   * Writes what is still gathering, now, whatever else is being written: the page is going away
   * (reload, navigation, close). The storage call leaves before the page does.
   */
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

  /**
   * The content script's flush just ran, in a task of its own: a write in the last quarter of its
   * gathering goes now, in that task, instead of in a timer task of its own a moment later. On a busy
   * page a flush and a chat write each come about once a second: one task a second instead of two.
   */
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
      // Gathering already: only something more urgent than what is gathering brings the write forward.
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

  /** One chunk. False if it was not written: its events are back at the front of the queue (unless the extension is gone). */
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

  /** Writes chunks until what is left is less than one, one at a time and in order; a failed write is retried. */
  private async drain(): Promise<void> {
    let backoff = BACKOFF_START_MS;
    try {
      while (!this.dead && this.sessionId && this.unpersisted.length > 0) {
        const events = this.unpersisted.splice(0, CHUNK_MAX);
        this.urgent = this.unpersisted.some((e) => e.type !== 'chat.message');
        if (await this.write(events)) {
          backoff = BACKOFF_START_MS;
          // A full chunk's worth left (a burst): write on. Less: let it gather.
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
