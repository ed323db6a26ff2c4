/** What every part of the tracker's diff shares within one update. */
import type { Observation, Participant } from '../../shared/model';

/** A person on the roster or the waiting list. */
export interface Seen {
  p: Participant;
  /** The update in which this person was last seen. */
  gen: number;
}

/** One update: its number, its clock and where its observations go. */
export interface Pass {
  /** Counts updates; whoever is listed in this one gets it as `Seen.gen`. */
  gen: number;
  now: number;
  /** The roster is 'full', so an absence counts toward a leave. */
  full: boolean;
  leaveConfirmMs: number;
  out: Observation[];
}

/**
 * Starts or completes the two-sightings confirmation of an absence; true when it is confirmed. A
 * single sighting may be a list caught half-rebuilt, so a leave needs two, `leaveConfirmMs` apart.
 */
export function confirmMissing(since: Map<string, number>, id: string, pass: Pass): boolean {
  const t = since.get(id);
  if (t === undefined) {
    since.set(id, pass.now);
    return false;
  }
  if (pass.now - t < pass.leaveConfirmMs) return false;
  since.delete(id);
  return true;
}
