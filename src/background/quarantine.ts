/** An event the worker cannot store as it is is quarantined, never dropped (docs/events.md). */
import { sha256Hex } from '../common/canonical';
import type { EventDraft } from '../common/protocol';
import { ISO_WITH_OFFSET, isoWithOffset } from '../common/time';

export const QUARANTINE_RAW_CHARS = 8_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function rawText(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}

/** A derived id makes a chunk read twice store it once. */
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
  /** In order, all or nothing. */
  store(batch: EventDraft[]): Promise<number>;
  /** False when no split can help (the session is gone). */
  splittable(err: unknown): boolean;
  quarantine(event: EventDraft, err: unknown): Promise<EventDraft>;
}

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
