import type { Participant } from '../../common/model';
import { confirmMissing, type Pass, type Seen } from './pass';
import { takeAdmitted, type WaitingState } from './waiting';

export interface RosterState {
  /** Kept while the panel is closed. */
  present: Map<string, Seen>;
  missingSince: Map<string, number>;
  /** An adapter hands over the same frozen array while its roster is unchanged: such a pass is skipped. */
  last: readonly Participant[] | null;
  lastComplete: boolean;
  gen: number;
}

export function createRoster(): RosterState {
  return { present: new Map(), missingSince: new Map(), last: null, lastComplete: false, gen: 0 };
}

/** Returns the waiting ids it admitted (null: none). */
export function updateParticipants(
  r: RosterState,
  waiting: WaitingState,
  list: readonly Participant[],
  pass: Pass,
): Set<string> | null {
  if (list === r.last && r.missingSince.size === 0 && (!pass.full || r.lastComplete)) return null;
  r.last = list;
  r.gen = pass.gen;
  let seen = 0;
  let admitted: Set<string> | null = null;
  for (const p of list) {
    const e = r.present.get(p.id);
    if (e) {
      if (e.gen === pass.gen) continue; // listed twice (e.g. a presenter's second row)
      e.gen = pass.gen;
      seen++;
      if (r.missingSince.size > 0) r.missingSince.delete(p.id);
      noteChanges(e, p, pass);
      continue;
    }
    seen++;
    const from = join(r, waiting, p, pass);
    if (from) (admitted ??= new Set()).add(from);
  }
  r.lastComplete = seen === r.present.size;
  if (pass.full && seen < r.present.size) confirmLeaves(r, pass);
  return admitted;
}

function noteChanges(e: Seen, p: Participant, pass: Pass): void {
  if (e.p.name === p.name && e.p.role === p.role && e.p.self === p.self) return;
  const before = e.p;
  e.p = { ...p };
  if (before.name !== p.name) pass.out.push({ kind: 'participant.renamed', participant: e.p, from: before.name });
  if (before.role !== p.role) pass.out.push({ kind: 'participant.role', participant: e.p, from: before.role });
}

function join(r: RosterState, waiting: WaitingState, p: Participant, pass: Pass): string | null {
  const copy = { ...p };
  r.present.set(p.id, { p: copy, gen: pass.gen });
  const from = takeAdmitted(waiting, copy);
  if (from) pass.out.push({ kind: 'waiting.admitted', participant: from });
  pass.out.push({ kind: 'participant.joined', participant: copy });
  return from ? from.id : null;
}

function confirmLeaves(r: RosterState, pass: Pass): void {
  for (const [id, e] of r.present) {
    if (e.gen === pass.gen) continue;
    if (confirmMissing(r.missingSince, id, pass)) {
      r.present.delete(id);
      pass.out.push({ kind: 'participant.left', participant: e.p });
    }
  }
}
