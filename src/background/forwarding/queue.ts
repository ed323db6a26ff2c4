/**
 * The forwarding queue: persistent, retried with back-off, each finding delivered once. Pure logic
 * over a store and a sender; the worker (index.ts) gives it storage.local, fetch and an alarm, so a
 * queue outlives the worker's sleep and the browser's restart.
 */
import { GIVE_UP_MS, retryDelay } from './backoff';
import type { ForwardItem } from './payload';

export interface QueueEntry {
  item: ForwardItem;
  queuedAt: number;
  failures: number;
  /** Not tried before this time (ms since the epoch). */
  nextAt: number;
  lastError: string | null;
}

export interface ForwardStatus {
  lastSuccessAt: number | null;
  lastFailure: { at: number; error: string } | null;
  /** Findings given up after GIVE_UP_MS of failures. */
  givenUp: number;
}

export interface QueueState {
  entries: QueueEntry[];
  /** Keys delivered lately, newest last: a finding enqueued again (a replayed batch) is not sent again. */
  sent: string[];
  status: ForwardStatus;
}

export type SendResult = { ok: true } | { ok: false; error: string; retry: boolean };

export interface QueueDeps {
  load(): Promise<QueueState | undefined>;
  save(state: QueueState): Promise<void>;
  send(item: ForwardItem): Promise<SendResult>;
  now(): number;
  random(): number;
  /** The next time the queue has something due (null: empty), for an alarm. */
  schedule(at: number | null): void;
}

export const SENT_KEPT = 5_000;
/** So a long outage in a busy school cannot fill storage: the oldest wait is dropped first, and counted. */
export const QUEUE_MAX = 2_000;

export const emptyState = (): QueueState => ({
  entries: [],
  sent: [],
  status: { lastSuccessAt: null, lastFailure: null, givenUp: 0 },
});

export interface ForwardQueue {
  enqueue(items: readonly ForwardItem[]): Promise<void>;
  /** Sends what is due, one at a time, in order. */
  drain(): Promise<void>;
  state(): Promise<QueueState>;
}

export function createQueue(deps: QueueDeps): ForwardQueue {
  // One operation at a time: an enqueue and an alarm's drain must not both send an entry.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  };
  const read = async (): Promise<QueueState> => ({ ...emptyState(), ...(await deps.load()) });
  const reschedule = (s: QueueState) =>
    deps.schedule(s.entries.length ? Math.min(...s.entries.map((e) => e.nextAt)) : null);

  const enqueue = (items: readonly ForwardItem[]) =>
    serial(async () => {
      if (items.length === 0) return;
      const s = await read();
      const known = new Set([...s.sent, ...s.entries.map((e) => e.item.key)]);
      const now = deps.now();
      for (const item of items) {
        if (known.has(item.key)) continue;
        known.add(item.key);
        s.entries.push({ item, queuedAt: now, failures: 0, nextAt: now, lastError: null });
      }
      if (s.entries.length > QUEUE_MAX) s.status.givenUp += s.entries.splice(0, s.entries.length - QUEUE_MAX).length;
      await deps.save(s);
      reschedule(s);
    });

  const drain = () =>
    serial(async () => {
      const s = await read();
      for (const entry of [...s.entries]) {
        if (entry.nextAt > deps.now()) continue;
        const result = await deps
          .send(entry.item)
          .catch((e: unknown) => ({ ok: false, error: String(e), retry: true }) as const);
        settle(s, entry, result, deps);
        // Saved after each send: a worker stopped mid-queue must not send the delivered ones again.
        await deps.save(s);
      }
      reschedule(s);
    });

  return { enqueue, drain, state: () => serial(read) };
}

function settle(s: QueueState, entry: QueueEntry, result: SendResult, deps: QueueDeps): void {
  const now = deps.now();
  const drop = () => s.entries.splice(s.entries.indexOf(entry), 1);
  if (result.ok) {
    drop();
    s.sent.push(entry.item.key);
    if (s.sent.length > SENT_KEPT) s.sent.splice(0, s.sent.length - SENT_KEPT);
    s.status.lastSuccessAt = now;
    return;
  }
  s.status.lastFailure = { at: now, error: result.error.slice(0, 300) };
  entry.failures++;
  entry.lastError = result.error.slice(0, 300);
  if (!result.retry || now - entry.queuedAt >= GIVE_UP_MS) {
    drop();
    s.status.givenUp++;
    return;
  }
  entry.nextAt = now + retryDelay(entry.failures, deps.random);
}
