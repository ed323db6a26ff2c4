/**
 * The client's own counter while the list is not full: a rise that no name source explains is told
 * (`participants.unnamed`), once the sources had time to catch up, so a tile drawn a moment after the
 * counter moved is not reported twice.
 */
import type { Pass } from './pass';

/** Counters and tiles update in different frames; a second is plenty, three leave room for a slow page. */
export const COUNT_SETTLE_MS = 3_000;

export interface CountState {
  /** The count everything up to now is accounted for at. */
  base: number | null;
  /** Joins with names since `base`. */
  named: number;
  risingSince: number | null;
}

export function createCount(): CountState {
  return { base: null, named: 0, risingSince: null };
}

export function updateCount(c: CountState, count: number | null, namedJoins: number, pass: Pass): void {
  c.named += namedJoins;
  if (count === null) return;
  if (pass.full || c.base === null || count <= c.base) {
    // A full list explains everyone; a fall is people leaving, which the counter alone cannot name.
    c.base = count;
    c.named = 0;
    c.risingSince = null;
    return;
  }
  if (c.risingSince === null) c.risingSince = pass.now;
  if (pass.now - c.risingSince < COUNT_SETTLE_MS) return;
  const unnamed = count - c.base - c.named;
  if (unnamed > 0) pass.out.push({ kind: 'participants.unnamed', count: unnamed, total: count });
  c.base = count;
  c.named = 0;
  c.risingSince = null;
}
