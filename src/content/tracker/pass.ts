/** What every part of the tracker's diff shares within one update. */
import type { Observation, Participant } from '../../common/model';

export interface Seen {
  p: Participant;
  gen: number;
}

export interface Pass {
  gen: number;
  now: number;
  full: boolean;
  leaveConfirmMs: number;
  out: Observation[];
}

/** One sighting of an absence may be a list caught half-rebuilt: a leave needs two, `leaveConfirmMs` apart. */
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
