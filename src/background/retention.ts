/**
 * Retention (docs/events.md, "Retention"): meetings whose last activity is older than the setting are
 * deleted on a schedule, except those kept as evidence. Each deletion leaves a purge record: which
 * meeting, when it ran, how many events, and its chain head.
 */
import type { PurgeRecord, SessionRecord } from '../common/protocol';
import { isoWithOffset } from '../common/time';
import { appendEvents, db, recordDiagnostic, serialized, UnknownSessionError, type LogDB } from './event-log';

export const RETENTION_ALARM = 'retention';
/** Hourly: a meeting outlives its term by at most an hour, and a sleeping computer catches up on waking. */
export const RETENTION_PERIOD_MINUTES = 60;
const DAY_MS = 86_400_000;

/** The later of start and last event; NaN when neither is a time (never deleted: it cannot be dated). */
export function lastActivity(s: SessionRecord): number {
  const times = [Date.parse(s.startedAt), Date.parse(s.lastEventAt)].filter(Number.isFinite);
  return times.length ? Math.max(...times) : NaN;
}

export function purgeRecordOf(s: SessionRecord, now: number, days: number, reason: PurgeRecord['reason']): PurgeRecord {
  return {
    purgedAt: isoWithOffset(now),
    sessionId: s.id,
    platform: s.meeting.platform,
    code: s.meeting.code,
    startedAt: s.startedAt,
    lastEventAt: s.lastEventAt,
    eventCount: s.eventCount,
    headHash: s.headHash,
    retentionDays: days,
    reason,
  };
}

/**
 * Deletes a meeting with its events and adds its purge record, in one transaction. `bytes`: the
 * events' size as JSON, what deleting them frees give or take the database's own overhead.
 */
export async function deleteSession(
  d: LogDB,
  s: SessionRecord,
  record: PurgeRecord,
): Promise<{ record: PurgeRecord; bytes: number }> {
  const tx = d.transaction(['sessions', 'events', 'purges'], 'readwrite');
  const range = IDBKeyRange.bound([s.id, 0], [s.id, Number.MAX_SAFE_INTEGER]);
  const stored = await tx.objectStore('events').index('by-session-seq').getAll(range);
  const events = tx.objectStore('events');
  const id = await tx.objectStore('purges').add(record);
  const deletes = stored.map((e) => events.delete(e.id));
  await Promise.all([...deletes, tx.objectStore('sessions').delete(s.id), tx.done]);
  const bytes = stored.reduce((sum, e) => sum + JSON.stringify(e).length, 0);
  return { record: { ...record, id, eventCount: stored.length }, bytes };
}

/** Deletes each expired meeting with its events in one transaction, with its purge record. */
export function purgeExpired(days: number, now = Date.now()): Promise<PurgeRecord[]> {
  return serialized(async () => {
    const d = await db();
    const cutoff = now - days * DAY_MS;
    const expired = (await d.getAll('sessions')).filter((s) => !s.keptAsEvidence && lastActivity(s) < cutoff);
    const purged: PurgeRecord[] = [];
    for (const s of expired) purged.push((await deleteSession(d, s, purgeRecordOf(s, now, days, 'retention'))).record);
    return purged;
  });
}

export async function listPurges(): Promise<PurgeRecord[]> {
  const d = await db();
  return (await d.getAll('purges')).reverse();
}

/** Sets or clears the flag, and logs the change in the meeting's own chain. */
export async function setKeptAsEvidence(sessionId: string, keep: boolean, now = Date.now()): Promise<SessionRecord> {
  const changed = await serialized(async () => {
    const d = await db();
    const session = await d.get('sessions', sessionId);
    if (!session) throw new UnknownSessionError(`unknown session ${sessionId}`);
    if (Boolean(session.keptAsEvidence) === keep) return false;
    await d.put('sessions', { ...session, keptAsEvidence: keep });
    return true;
  });
  if (changed) {
    const action = keep ? 'kept-as-evidence' : 'evidence-released';
    await appendEvents(sessionId, [
      { id: crypto.randomUUID(), type: 'teacher.action', time: isoWithOffset(now), payload: { action } },
    ]);
  }
  const session = await (await db()).get('sessions', sessionId);
  if (!session) throw new UnknownSessionError(`unknown session ${sessionId}`);
  return session;
}

/** What the alarm runs; failures are recorded, never thrown into the worker. */
export async function runRetention(days: number, now = Date.now()): Promise<PurgeRecord[]> {
  try {
    const purged = await purgeExpired(days, now);
    if (purged.length)
      console.info(`Class Guard: retention deleted ${purged.length} meeting(s) older than ${days} days`);
    return purged;
  } catch (err) {
    await recordDiagnostic({ kind: 'error', detail: `retention: ${String(err)}`.slice(0, 500) });
    return [];
  }
}
