import type { Participant } from '../../common/model';
import { confirmMissing, type Pass, type Seen } from './pass';
import { takeAdmitted, type WaitingState } from './waiting';

export interface RosterState {
  /** Kept while the panel is closed. */
  present: Map<string, Seen>;
  /** Names of people first seen on the stage, to their id: a list row with another id for that name is them. */
  staged: Map<string, string>;
  /** A list row's id → the stage sighting's id it was taken to be. */
  alias: Map<string, string>;
  missingSince: Map<string, number>;
  /** An adapter hands over the same frozen array while its roster is unchanged: such a pass is skipped. */
  last: readonly Participant[] | null;
  lastComplete: boolean;
  gen: number;
}

export function createRoster(): RosterState {
  return {
    present: new Map(),
    staged: new Map(),
    alias: new Map(),
    missingSince: new Map(),
    last: null,
    lastComplete: false,
    gen: 0,
  };
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
    const id = r.alias.size > 0 ? (r.alias.get(p.id) ?? p.id) : p.id;
    const e = r.present.get(id) ?? fromStage(r, p);
    if (e) {
      if (e.gen === pass.gen) continue; // listed twice (e.g. a presenter's second row)
      e.gen = pass.gen;
      seen++;
      if (r.missingSince.size > 0) r.missingSince.delete(e.p.id);
      noteChanges(e, e.p.id === p.id ? p : { ...p, id: e.p.id, idStable: e.p.idStable }, pass);
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

/** A row whose id we never saw, named as someone first seen on the stage under another id (a name-derived one). */
function fromStage(r: RosterState, p: Participant): Seen | undefined {
  if (r.staged.size === 0) return undefined;
  const id = r.staged.get(p.name);
  const e = id === undefined ? undefined : r.present.get(id);
  if (!e || id === undefined) return undefined;
  r.staged.delete(p.name);
  r.alias.set(p.id, id);
  return e;
}

/**
 * Partial sightings (tiles): someone never seen joins, nobody leaves. With the list full the list is
 * the truth; someone seen only on the stage and missing from it is confirmed gone like anyone else.
 * Returns how many joined.
 */
export function updateStage(
  r: RosterState,
  waiting: WaitingState,
  list: readonly Participant[] | undefined,
  pass: Pass,
): number {
  if (pass.full || !list) return 0;
  let joined = 0;
  for (const p of list) {
    if (r.present.has(p.id) || r.alias.has(p.id)) continue;
    if (fromNotice(r, p)) continue;
    join(r, waiting, p, pass);
    r.staged.set(p.name, p.id);
    joined++;
  }
  return joined;
}

/** A tile of someone first known from a join notice (a name only): the same person, under the notice's id. */
function fromNotice(r: RosterState, p: Participant): boolean {
  const named = r.staged.get(p.name);
  if (named === undefined || named === p.id || !named.startsWith(NOTICE_ID) || !r.present.has(named)) return false;
  r.alias.set(p.id, named);
  return true;
}

/** The id of a person known only from the client's "<Name> joined" notice. */
export const NOTICE_ID = 'notice:';

/**
 * Join notices ("<Name> joined") while the list is not full: a name only, so someone already present
 * under that name is not joined again; nobody leaves. Returns how many joined.
 */
export function updateNotices(
  r: RosterState,
  waiting: WaitingState,
  list: readonly Participant[] | undefined,
  pass: Pass,
): number {
  if (pass.full || !list || list.length === 0) return 0;
  let names: Set<string> | null = null;
  let joined = 0;
  for (const p of list) {
    if (r.present.has(p.id)) continue;
    names ??= new Set([...r.present.values()].map((e) => e.p.name));
    if (names.has(p.name)) continue;
    names.add(p.name);
    join(r, waiting, p, pass);
    r.staged.set(p.name, p.id);
    joined++;
  }
  return joined;
}

export function join(r: RosterState, waiting: WaitingState, p: Participant, pass: Pass): string | null {
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
      if (r.staged.get(e.p.name) === id) r.staged.delete(e.p.name);
      for (const [rowId, to] of r.alias) if (to === id) r.alias.delete(rowId);
      pass.out.push({ kind: 'participant.left', participant: e.p });
    }
  }
}
