import type { Participant } from '../../common/model';
import { confirmMissing, type Pass, type Seen } from './pass';
import type { RosterState } from './participants';

export interface WaitingState {
  byId: Map<string, Seen>;
  missingSince: Map<string, number>;
  /** Admission is matched by name where the platform changes the id. */
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

export function takeAdmitted(w: WaitingState, p: Participant): Participant | null {
  const byId = removeWaiting(w, p.id);
  if (byId) return byId;
  const ids = w.byName.get(p.name);
  if (!ids) return null;
  for (const id of ids) return removeWaiting(w, id);
  return null;
}

/** Those `admitted` by this update's roster pass, or seen in the call, are not new arrivals. */
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

function confirmLeaves(w: WaitingState, pass: Pass): void {
  for (const [id, e] of w.byId) {
    if (e.gen === pass.gen) continue;
    if (confirmMissing(w.missingSince, id, pass)) {
      removeWaiting(w, id);
      pass.out.push({ kind: 'waiting.left', participant: e.p });
    }
  }
}
