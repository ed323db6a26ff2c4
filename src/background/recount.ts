/**
 * Version 3 of the log: each meeting's `findingCount` counted again as incidents. Versions before
 * it counted one per finding (or nothing at all), so a message both profane and an insult read as
 * two in the meetings list and as one in its report. Run inside the upgrade's own transaction: it
 * is done once, wholly or not at all (a worker stopped half-way leaves version 2, and the next
 * start recounts from the beginning).
 */
import type { IDBPTransaction, StoreNames, DBSchema } from 'idb';
import { incidentKey } from '../common/incident-key';
import type { SessionRecord, StoredEvent } from '../common/protocol';

interface Stores extends DBSchema {
  sessions: { key: string; value: SessionRecord };
  events: { key: string; value: StoredEvent; indexes: { 'by-session-seq': [string, number] } };
}

/** Each session's incidents, as the report groups them (src/common/incident-key.ts), with no lookback limit. */
export async function recountIncidents<S extends Stores>(
  tx: IDBPTransaction<S, StoreNames<S>[], 'versionchange'>,
): Promise<number> {
  const t = tx as unknown as IDBPTransaction<Stores, ['sessions', 'events'], 'versionchange'>;
  const counts = new Map<string, number>();
  let keys = new Set<string>();
  let current: string | null = null;
  // In session then chain order: one session's keys are held at a time.
  for (let c = await t.objectStore('events').index('by-session-seq').openCursor(); c; c = await c.continue()) {
    const e = c.value;
    if (e.sessionId !== current) {
      current = e.sessionId;
      keys = new Set();
      counts.set(current, 0);
    }
    if (e.type !== 'finding') continue;
    const key = incidentKey(e.payload);
    if (key !== null && keys.has(key)) continue;
    if (key !== null) keys.add(key);
    counts.set(current, counts.get(current)! + 1);
  }
  let changed = 0;
  for (let c = await t.objectStore('sessions').openCursor(); c; c = await c.continue()) {
    // A meeting whose events retention deleted keeps what it had.
    const count = counts.get(c.value.id);
    if (count === undefined || count === c.value.findingCount) continue;
    await c.update({ ...c.value, findingCount: count });
    changed++;
  }
  return changed;
}
