/**
 * What the worker does with an event it cannot store as it is: it never drops it. An event that fails
 * its check, or that the log refuses, is stored in its place as an `event.quarantined` record holding
 * its raw text (capped) and the reason; a batch the log refuses is halved until the event at fault is
 * alone. Only a log that refuses even a quarantine record (the database itself failing) makes the
 * chunk wait for another try.
 */
import { sha256Hex } from '../shared/canonical';
import type { EventDraft } from '../shared/protocol';
import { ISO_WITH_OFFSET, isoWithOffset } from '../shared/time';

/** The raw text kept of a quarantined event, in characters. */
export const QUARANTINE_RAW_CHARS = 8_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function rawText(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}

/**
 * The record stored in place of `raw`. It keeps the event's id when it has a valid one, else one
 * derived from where it was found and what it holds, so a chunk read twice stores it once.
 */
export async function quarantineRecord(raw: unknown, reason: string, foundAt: string): Promise<EventDraft> {
  const text = rawText(raw);
  const r = (raw !== null && typeof raw === 'object' ? raw : {}) as { id?: unknown; type?: unknown; time?: unknown };
  const id = typeof r.id === 'string' && UUID.test(r.id) ? r.id : uuidFrom(await sha256Hex(`${foundAt}\n${text}`));
  const time = typeof r.time === 'string' && ISO_WITH_OFFSET.test(r.time) ? r.time : isoWithOffset();
  return {
    id,
    type: 'event.quarantined',
    time,
    payload: {
      reason: reason.slice(0, 500),
      originalType: typeof r.type === 'string' ? r.type.slice(0, 64) : null,
      raw: text.slice(0, QUARANTINE_RAW_CHARS),
      rawChars: text.length,
    },
  };
}

function uuidFrom(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface SplitOps {
  /** Stores a batch in order, all or nothing; returns how many of its events are now stored. */
  store(batch: EventDraft[]): Promise<number>;
  /** Whether a refusal is the batch's fault (split it) rather than one no split can help (the session is gone). */
  splittable(err: unknown): boolean;
  /** The record to store in place of an event the log refused on its own. */
  quarantine(event: EventDraft, err: unknown): Promise<EventDraft>;
}

/** Stores `events` in order; a refused batch is halved until the event at fault is alone and quarantined. */
export async function storeSplitting(
  events: readonly EventDraft[],
  ops: SplitOps,
): Promise<{ stored: number; quarantined: EventDraft[] }> {
  const quarantined: EventDraft[] = [];
  const run = async (batch: EventDraft[]): Promise<number> => {
    try {
      return await ops.store(batch);
    } catch (err) {
      if (!ops.splittable(err)) throw err;
      if (batch.length === 1) {
        const record = await ops.quarantine(batch[0]!, err);
        // A log that refuses the record too is failing as a whole: the chunk waits for another try.
        const n = await ops.store([record]);
        quarantined.push(record);
        return n;
      }
      const mid = batch.length >> 1;
      return (await run(batch.slice(0, mid))) + (await run(batch.slice(mid)));
    }
  };
  const stored = events.length ? await run([...events]) : 0;
  return { stored, quarantined };
}
