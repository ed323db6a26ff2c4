/** The waiting list (waiting room, lobby, knocking): who waits, who left it, and who was let in. */
import type { Participant } from '../../shared/model';
import { confirmMissing, type Pass, type Seen } from './pass';
import type { RosterState } from './participants';

export interface WaitingState {
  byId: Map<string, Seen>;
  /** When each unlisted waiting id was first missed from a full roster. */
  missingSince: Map<string, number>;
  /** Waiting ids by display name: admission is matched by name where the platform changes the id. */
  byName: Map<string, Set<string>>;
}

export function createWaiting(): WaitingState {
  return { byId: new Map(), missingSince: new Map(), byName: new Map() };
}

function addWaiting(w: WaitingState, p: Participant, gen: number): void {
  w.byId.set(p.id, { p, gen });
  let ids = w.byName.get(p.name);
  if (!ids) w.byName.set(p.name, (ids = new Set()));
  ids.add(p.id);
}

function removeWaiting(w: WaitingState, id: string): Participant | null {
  const e = w.byId.get(id);
  if (!e) return null;
  w.byId.delete(id);
  w.missingSince.delete(id);
  const ids = w.byName.get(e.p.name);
  ids?.delete(id);
  if (ids?.size === 0) w.byName.delete(e.p.name);
  return e.p;
}

/** The waiting entry a newly joined participant came from: same id, else same display name. */
export function takeAdmitted(w: WaitingState, p: Participant): Participant | null {
  const byId = removeWaiting(w, p.id);
  if (byId) return byId;
  const ids = w.byName.get(p.name);
  if (!ids) return null;
  for (const id of ids) return removeWaiting(w, id);
  return null;
}

/**
 * Diffs the waiting list. `admitted` holds the waiting ids that this update's roster pass saw join:
 * they, and anyone that pass saw in the call, are not new arrivals even if still listed as waiting.
 */
export function updateWaiting(
  w: WaitingState,
  roster: RosterState,
  list: readonly Participant[],
  admitted: Set<string> | null,
  pass: Pass,
): void {
  let seen = 0;
  for (const p of list) {
    const e = w.byId.get(p.id);
    if (e) {
      if (e.gen === pass.gen) continue;
      e.gen = pass.gen;
      seen++;
      if (w.missingSince.size > 0) w.missingSince.delete(p.id);
      if (e.p.name !== p.name) {
        removeWaiting(w, p.id);
        addWaiting(w, { ...p }, pass.gen);
      }
      continue;
    }
    // Listed both as waiting and in the call during the frame of admission.
    if (admitted?.has(p.id) || roster.present.get(p.id)?.gen === roster.gen) continue;
    const copy = { ...p };
    addWaiting(w, copy, pass.gen);
    seen++;
    pass.out.push({ kind: 'waiting.joined', participant: copy });
  }
  if (pass.full && seen < w.byId.size) confirmLeaves(w, pass);
}

/** Everyone waiting but not listed in this full list: counts toward their leave. */
function confirmLeaves(w: WaitingState, pass: Pass): void {
  for (const [id, e] of w.byId) {
    if (e.gen === pass.gen) continue;
    if (confirmMissing(w.missingSince, id, pass)) {
      removeWaiting(w, id);
      pass.out.push({ kind: 'waiting.left', participant: e.p });
    }
  }
}
