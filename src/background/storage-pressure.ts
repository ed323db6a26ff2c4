/**
 * Storage near its quota (docs/events.md, "Storage near its quota"): past QUOTA_HIGH of the quota the
 * oldest meetings not kept as evidence are deleted, never one in progress, until the log is back under
 * QUOTA_LOW. What to tell the teacher is decided here too; the Chrome side is storage-watch.ts.
 */
import type { PurgeRecord, SessionRecord, StorageWarning } from '../common/protocol';
import { isoWithOffset } from '../common/time';
import { db, RESUME_WINDOW_MS, serialized } from './event-log';
import { deleteSession, lastActivity, purgeRecordOf } from './retention';

/** Past this share of the quota, old meetings are deleted… */
export const QUOTA_HIGH = 0.8;
/** …until the log is estimated back under this one: a gap, so one check frees room for a while. */
export const QUOTA_LOW = 0.7;
/** A "nothing can be deleted" warning is repeated at most this often while it lasts. */
export const FULL_RENOTIFY_MS = 6 * 3_600_000;

export interface Estimate {
  usage: number;
  quota: number;
}

/** A meeting a tab may still add to: not ended and active within the window in which it is resumed. */
export function inProgress(s: SessionRecord, now: number): boolean {
  return s.endedAt === null && !(now - lastActivity(s) >= RESUME_WINDOW_MS);
}

/**
 * Deletes the oldest meetings that may go until their events add up to `bytes`. Kept as evidence, in
 * progress, with events still waiting in an outbox (`protect`) or undated: never deleted.
 */
export function purgeForSpace(
  bytes: number,
  protect: ReadonlySet<string>,
  retentionDays: number,
  now = Date.now(),
): Promise<{ purged: PurgeRecord[]; freed: number }> {
  return serialized(async () => {
    const d = await db();
    const candidates = (await d.getAll('sessions'))
      .filter((s) => !s.keptAsEvidence && !protect.has(s.id) && !inProgress(s, now) && Number.isFinite(lastActivity(s)))
      .sort((a, b) => lastActivity(a) - lastActivity(b));
    const purged: PurgeRecord[] = [];
    let freed = 0;
    for (const s of candidates) {
      if (freed >= bytes) break;
      const done = await deleteSession(d, s, purgeRecordOf(s, now, retentionDays, 'storage'));
      purged.push(done.record);
      freed += done.bytes;
    }
    return { purged, freed };
  });
}

export interface PressureDeps {
  estimate(): Promise<Estimate | null>;
  /** Sessions whose events still wait in an outbox: deleting them would lose those events. */
  pending(): Promise<ReadonlySet<string>>;
  /** The warning stored by the last check that did something. */
  previous: StorageWarning | null;
  retentionDays: number;
  now: number;
}

export interface PressureOutcome {
  estimate: Estimate;
  level: 'ok' | StorageWarning['level'];
  purged: PurgeRecord[];
  freed: number;
  /** Bytes deleted earlier that the estimate does not show yet. */
  credit: number;
}

/**
 * Deleted records leave the database's files as big until it compacts them, which can take long: what
 * earlier checks deleted is counted as free until the estimate shows at least half of it gone.
 * Without this, each check would delete more meetings for room already made.
 */
export function unreclaimed(previous: StorageWarning | null, usage: number): number {
  const freed = previous?.freed ?? 0;
  return freed > 0 && usage > previous!.usage - freed / 2 ? freed : 0;
}

/**
 * One check. `force`: a write was just refused for lack of space, so at least the oldest meeting that
 * may go is deleted whatever the estimate says. Null when the browser gives no estimate.
 */
export async function relieveStorage(deps: PressureDeps, force = false): Promise<PressureOutcome | null> {
  const estimate = await deps.estimate();
  if (!estimate || !(estimate.quota > 0) || !Number.isFinite(estimate.usage)) return null;
  const credit = unreclaimed(deps.previous, estimate.usage);
  const usage = estimate.usage - credit;
  const over = usage >= QUOTA_HIGH * estimate.quota;
  if (!over && !force) return { estimate, level: 'ok', purged: [], freed: 0, credit };
  const need = Math.max(usage - QUOTA_LOW * estimate.quota, force ? 1 : 0);
  const { purged, freed } = await purgeForSpace(need, await deps.pending(), deps.retentionDays, deps.now);
  return { estimate, level: freed >= need ? 'purged' : 'full', purged, freed, credit };
}

/**
 * What to store and whether to notify. `undefined`: leave the stored warning as it is. A deletion is
 * always told; "full" when it starts, when a write is first refused, and then every FULL_RENOTIFY_MS.
 * Room again clears a "full" warning; a "purged" one stays as the record of what was deleted.
 */
export function nextWarning(
  outcome: PressureOutcome,
  previous: StorageWarning | null,
  writeRefused: boolean,
  now: number,
): { warning: StorageWarning | null | undefined; notify: boolean } {
  if (outcome.level === 'ok') return { warning: previous?.level === 'full' ? null : undefined, notify: false };
  const warning: StorageWarning = {
    level: outcome.level,
    at: isoWithOffset(now),
    purged: outcome.purged.length,
    usage: outcome.estimate.usage,
    quota: outcome.estimate.quota,
    freed: outcome.credit + outcome.freed,
    ...(writeRefused ? { writeRefused: true } : {}),
  };
  if (outcome.level === 'purged') return { warning, notify: true };
  const stale = !previous || previous.level !== 'full' || !(now - Date.parse(previous.at) < FULL_RENOTIFY_MS);
  const newlyRefused = writeRefused && !previous?.writeRefused;
  return stale || newlyRefused ? { warning, notify: true } : { warning: undefined, notify: false };
}
