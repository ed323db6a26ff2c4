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
  storage: Pick<StorageArea, 'set' | 'get'>;
  /** Called once when the extension context is gone; the caller shuts down. */
  onInvalidated(): void;
  instanceId: string;
  /**
   * Starts a stopped worker (any message does; it collects what is left in storage as it starts).
   * Without it, a chunk left unread is never looked at again.
   */
  wake?(): void;
}

const BACKOFF_START_MS = 50;
const BACKOFF_MAX_MS = 3_000;
const COALESCE_MS = 200;
/**
 * An alert-tier finding is written in the task after it is pushed (what the same flush pushed goes
 * with it): the teacher's notification waits on this write, and such findings are rare.
 */
export const ALERT_COALESCE_MS = 0;
/** Chat alone gathers longer (chat alerts come this much later); any other event cuts it to COALESCE_MS. */
export const CHAT_COALESCE_MS = 1_000;
/** The worker is handed each chunk whole in its storage event. */
export const CHUNK_MAX = 500;
/**
 * A chunk still in storage this long after its write was not collected: the worker that was handed
 * it stopped before removing it, and until something starts a worker again it stays there.
 */
export const UNREAD_AFTER_MS = 5_000;
const UNREAD_CHECK_MAX_MS = 60_000;

/** 0: chat alone; 1: anything else; 2: an alert-tier finding. */
type Urgency = 0 | 1 | 2;
const WAIT_MS: Record<Urgency, number> = { 0: CHAT_COALESCE_MS, 1: COALESCE_MS, 2: ALERT_COALESCE_MS };

function urgencyOf(e: EventDraft): Urgency {
  if (e.type === 'chat.message') return 0;
  const finding = e.type === 'finding' ? (e.payload.finding as { tier?: unknown } | undefined) : undefined;
  return finding?.tier === 'alert' ? 2 : 1;
}

function urgencyAll(events: readonly EventDraft[]): Urgency {
  let u: Urgency = 0;
  for (const e of events) {
    u = Math.max(u, urgencyOf(e)) as Urgency;
    if (u === 2) break;
  }
  return u;
}

export class Outbox {
  private unpersisted: EventDraft[] = [];
  private inFlight = 0;
  /** How soon `unpersisted` must leave; kept as events are pushed, not recomputed. */
  private urgency: Urgency = 0;
  private chunkSeq = 0;
  private sessionId: string | null = null;
  private busy = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timerAt = 0;
  private timerWait = 0;
  private dead = false;
  /** Chunks written and perhaps not yet collected, by key, with when they were written. */
  private readonly unread = new Map<string, number>();
  private check: ReturnType<typeof setTimeout> | null = null;
  private checkWait = UNREAD_AFTER_MS;

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
    this.urgency = Math.max(this.urgency, urgencyOf(event)) as Urgency;
    this.kick();
  }

  stop(): void {
    this.dead = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.check !== null) clearTimeout(this.check);
    this.check = null;
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
    this.urgency = 0;
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
    const wait = WAIT_MS[this.urgency];
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
      if (this.deps.wake) {
        this.unread.set(key, Date.now());
        this.armCheck();
      }
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
      this.urgency = urgencyAll(this.unpersisted);
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
        this.urgency = urgencyAll(this.unpersisted);
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

  private armCheck(): void {
    if (this.check !== null || this.dead) return;
    this.check = setTimeout(() => {
      this.check = null;
      void this.checkUnread();
    }, this.checkWait);
  }

  /** Wakes a worker for chunks left unread, less often while they stay (a busy worker is slow, not gone). */
  private async checkUnread(): Promise<void> {
    let left: Set<string>;
    try {
      left = new Set(Object.keys(await this.deps.storage.get([...this.unread.keys()])));
    } catch {
      if (!this.dead) this.armCheck(); // storage busy: look again later
      return;
    }
    for (const key of [...this.unread.keys()]) if (!left.has(key)) this.unread.delete(key);
    const now = Date.now();
    if ([...this.unread.values()].some((at) => now - at >= UNREAD_AFTER_MS)) {
      this.deps.wake?.();
      this.checkWait = Math.min(this.checkWait * 2, UNREAD_CHECK_MAX_MS);
    } else this.checkWait = UNREAD_AFTER_MS;
    if (this.unread.size > 0) this.armCheck();
  }
}
