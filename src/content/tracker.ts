/**
 * The tracker: turns consecutive Snapshots into Observations. Pure (no DOM, no clock: time comes in
 * as `now`), so it runs in Node tests and costs one pass over the snapshot's arrays per update.
 *
 * Rules worth knowing before changing anything here:
 * - Unseen is not gone. A row missing from a partial or hidden roster (virtualized list, closed
 *   panel, Teams showing the chat instead) never produces 'left'. A leave needs the person missing
 *   from two 'full' snapshots at least `leaveConfirmMs` apart within one unbroken stretch of full
 *   coverage: a half-dismantled virtualized list looks like everyone leaving (platform-dom.md, Teams),
 *   and a list that is still being rebuilt after the panel reopens looks the same. Any re-appearance,
 *   even in a partial list, cancels the pending leave. The same holds for the waiting list.
 * - Presence is remembered while the panel is closed: on reopening, people already known are not
 *   joined again, and only people never seen before are 'participant.joined'.
 * - Renames are reported only for stable ids. A name-derived id ("name:…", idStable false) changes
 *   with the name, so a rename there is a join now plus a confirmed leave later; no guessing.
 * - Leaving 'in-call' (ended, removed, back to the lobby) emits only 'meeting.state'. We emit no
 *   'left' for everyone and no 'share.stopped': from inside an ended call we cannot tell who left or
 *   when a share ended, and the state change already closes the timeline. Active shares are forgotten
 *   (durations would be made up); the roster is kept so that rejoining the same meeting does not report
 *   everyone as joined again, and people gone meanwhile go through the usual confirmation.
 * - A new meeting code in the same tab (single-page navigation) starts from scratch.
 */
import type {
  ChatMessage,
  Coverage,
  MeetingState,
  Observation,
  Participant,
  Presenter,
  Snapshot,
} from '../shared/model';

export interface TrackerOptions {
  /** How long someone must stay missing from a full roster before 'left' is reported. Default 20 s. */
  leaveConfirmMs?: number;
  /**
   * How many chat message ids are remembered for de-duplication. Ids still rendered are never
   * forgotten, so a message re-rendered after scrolling is reported once. Default 10,000.
   */
  chatMemory?: number;
}

export interface Tracker {
  /** Diffs the snapshot against everything seen so far; `now` is a clock in ms (Date.now()). */
  update(snapshot: Snapshot, now: number): Observation[];
  /** Forgets everything, as if newly created. */
  reset(): void;
}

export const DEFAULT_LEAVE_CONFIRM_MS = 20_000;
const DEFAULT_CHAT_MEMORY = 10_000;

interface Seen {
  p: Participant;
  /** The update in which this person was last seen. */
  gen: number;
}

interface ActiveShare {
  presenter: Presenter;
  /** null when the share was already running the first time presenters could be read. */
  since: number | null;
  gen: number;
}

/**
 * Where the messages not in `before` start in `now`, when `now` is `before` with messages appended and
 * perhaps some of its first ones dropped (the last message of `before` found in `now`, and the first
 * of `now` where it sat in `before`); else 0: every message of `now` is looked at.
 */
function appendedFrom(before: readonly ChatMessage[], now: readonly ChatMessage[]): number {
  const n = before.length;
  if (n === 0 || now.length === 0) return 0;
  const last = before[n - 1];
  for (let k = now.length - 1; k >= 0; k--) {
    if (now[k] !== last) continue;
    const dropped = n - 1 - k;
    return dropped >= 0 && now[0] === before[dropped] ? k + 1 : 0;
  }
  return 0;
}

export function createTracker(opts: TrackerOptions = {}): Tracker {
  const leaveConfirmMs = opts.leaveConfirmMs ?? DEFAULT_LEAVE_CONFIRM_MS;
  const chatMemory = opts.chatMemory ?? DEFAULT_CHAT_MEMORY;

  let gen = 0;
  let state: MeetingState | null = null;
  let code: string | null = null;
  let coverage: Coverage | null = null;
  const present = new Map<string, Seen>();
  const missingSince = new Map<string, number>();
  const waiting = new Map<string, Seen>();
  const waitingMissingSince = new Map<string, number>();
  /** Waiting ids by display name: admission is matched by name where the platform changes the id. */
  const waitingByName = new Map<string, Set<string>>();
  let shares: ActiveShare[] = [];
  let presentersWereReadable = false;
  /**
   * The participant list of the last pass that read it, and whether everyone present was in it. An
   * adapter hands over the same (frozen) array while its roster did not change: with nobody missing,
   * that pass would change nothing, so a 1,000-person roster costs nothing per flush until it changes.
   */
  let lastParticipants: readonly Participant[] | null = null;
  let lastParticipantsComplete = false;
  /** The update whose pass last marked who is in the call (`Seen.gen`). */
  let participantsGen = 0;
  /** Chat ids reported, in first-seen order. */
  const chatSeen = new Set<string>();
  /** The chat list of the previous update: a list that only grew (Meet's) is read from where it ended. */
  let lastChat: readonly ChatMessage[] = [];

  function reset(): void {
    gen = 0;
    state = null;
    code = null;
    coverage = null;
    present.clear();
    missingSince.clear();
    waiting.clear();
    waitingMissingSince.clear();
    waitingByName.clear();
    shares = [];
    presentersWereReadable = false;
    lastChat = [];
    lastParticipants = null;
    lastParticipantsComplete = false;
    participantsGen = 0;
    chatSeen.clear();
  }

  function addWaiting(p: Participant): void {
    waiting.set(p.id, { p, gen });
    let ids = waitingByName.get(p.name);
    if (!ids) waitingByName.set(p.name, (ids = new Set()));
    ids.add(p.id);
  }

  function removeWaiting(id: string): Participant | null {
    const e = waiting.get(id);
    if (!e) return null;
    waiting.delete(id);
    waitingMissingSince.delete(id);
    const ids = waitingByName.get(e.p.name);
    ids?.delete(id);
    if (ids?.size === 0) waitingByName.delete(e.p.name);
    return e.p;
  }

  /** The waiting entry a newly joined participant came from: same id, else same display name. */
  function takeAdmitted(p: Participant): Participant | null {
    const byId = removeWaiting(p.id);
    if (byId) return byId;
    const ids = waitingByName.get(p.name);
    if (!ids) return null;
    for (const id of ids) return removeWaiting(id);
    return null;
  }

  function updateParticipants(snap: Snapshot, now: number, full: boolean, out: Observation[]): Set<string> | null {
    if (snap.participants === lastParticipants && missingSince.size === 0 && (!full || lastParticipantsComplete)) return null;
    lastParticipants = snap.participants;
    participantsGen = gen;
    let seen = 0;
    let admitted: Set<string> | null = null;
    for (const p of snap.participants) {
      const e = present.get(p.id);
      if (e) {
        if (e.gen === gen) continue; // the same person listed twice (e.g. a presenter's second row)
        e.gen = gen;
        seen++;
        if (missingSince.size > 0) missingSince.delete(p.id);
        if (e.p.name !== p.name || e.p.role !== p.role || e.p.self !== p.self) {
          const before = e.p;
          e.p = { ...p };
          if (before.name !== p.name) out.push({ kind: 'participant.renamed', participant: e.p, from: before.name });
          if (before.role !== p.role) out.push({ kind: 'participant.role', participant: e.p, from: before.role });
        }
        continue;
      }
      const copy = { ...p };
      present.set(p.id, { p: copy, gen });
      seen++;
      const from = takeAdmitted(copy);
      if (from) {
        (admitted ??= new Set()).add(from.id);
        out.push({ kind: 'waiting.admitted', participant: from });
      }
      out.push({ kind: 'participant.joined', participant: copy });
    }
    lastParticipantsComplete = seen === present.size;
    if (full && seen < present.size) {
      for (const [id, e] of present) {
        if (e.gen === gen) continue;
        if (confirmMissing(missingSince, id, now)) {
          present.delete(id);
          out.push({ kind: 'participant.left', participant: e.p });
        }
      }
    }
    return admitted;
  }

  function updateWaiting(snap: Snapshot, now: number, full: boolean, admitted: Set<string> | null, out: Observation[]): void {
    let seen = 0;
    for (const w of snap.waiting) {
      const e = waiting.get(w.id);
      if (e) {
        if (e.gen === gen) continue;
        e.gen = gen;
        seen++;
        if (waitingMissingSince.size > 0) waitingMissingSince.delete(w.id);
        if (e.p.name !== w.name) {
          removeWaiting(w.id);
          addWaiting({ ...w });
        }
        continue;
      }
      // Listed both as waiting and in the call during the frame of admission.
      if (admitted?.has(w.id) || present.get(w.id)?.gen === participantsGen) continue;
      const copy = { ...w };
      addWaiting(copy);
      seen++;
      out.push({ kind: 'waiting.joined', participant: copy });
    }
    if (full && seen < waiting.size) {
      for (const [id, e] of waiting) {
        if (e.gen === gen) continue;
        if (confirmMissing(waitingMissingSince, id, now)) {
          removeWaiting(id);
          out.push({ kind: 'waiting.left', participant: e.p });
        }
      }
    }
  }

  /** Starts or completes the two-sightings confirmation; true when the absence is confirmed. */
  function confirmMissing(since: Map<string, number>, id: string, now: number): boolean {
    const t = since.get(id);
    if (t === undefined) {
      since.set(id, now);
      return false;
    }
    if (now - t < leaveConfirmMs) return false;
    since.delete(id);
    return true;
  }

  function updateShares(snap: Snapshot, now: number, out: Observation[]): void {
    const readable = snap.coverage.presenter === 'readable' || snap.coverage.presenterReason === 'no-share';
    for (const pr of snap.presenters) {
      const s = findShare(pr);
      if (s) {
        s.gen = gen;
        // The client may name the presenter a frame later, or tie the share to an id later.
        if (s.presenter.participantId === null || s.presenter.name === null) {
          s.presenter = {
            participantId: s.presenter.participantId ?? pr.participantId,
            name: s.presenter.name ?? pr.name,
            self: s.presenter.self || pr.self,
          };
        }
        continue;
      }
      const share: ActiveShare = { presenter: { ...pr }, since: presentersWereReadable ? now : null, gen };
      shares.push(share);
      out.push({ kind: 'share.started', presenter: share.presenter });
    }
    if (readable && shares.length > 0) {
      const still: ActiveShare[] = [];
      for (const s of shares) {
        if (s.gen === gen) still.push(s);
        else out.push({ kind: 'share.stopped', presenter: s.presenter, durationMs: s.since === null ? null : now - s.since });
      }
      shares = still;
    }
    presentersWereReadable = readable;
  }

  /** Presenters are few (0–3): match by participant id, then by name, then an anonymous share by `self`. */
  function findShare(pr: Presenter): ActiveShare | undefined {
    const open = shares.filter((s) => s.gen !== gen);
    if (pr.participantId !== null) {
      const byId = open.find((s) => s.presenter.participantId === pr.participantId);
      if (byId) return byId;
    }
    if (pr.name !== null) {
      return open.find(
        (s) =>
          s.presenter.name === pr.name && (s.presenter.participantId === null || pr.participantId === null),
      );
    }
    return open.find((s) => s.presenter.name === null && s.presenter.participantId === null && s.presenter.self === pr.self);
  }

  function updateChat(messages: readonly ChatMessage[], out: Observation[]): void {
    // The previous list with messages appended, and perhaps its oldest ones gone (the same message
    // objects where the two overlap, as an adapter hands over a list that grows at its end and is
    // kept to a length): only the new ones need a look.
    const from = appendedFrom(lastChat, messages);
    lastChat = messages;
    for (let i = from; i < messages.length; i++) {
      const m = messages[i]!;
      if (chatSeen.has(m.id)) continue;
      chatSeen.add(m.id);
      out.push({ kind: 'chat.message', message: { ...m } });
    }
    // Bounded memory, but an id still rendered is never forgotten (Meet keeps the whole chat in the
    // DOM). The oldest others go, down to 90 % of the cap so that this runs once in a while.
    const cap = Math.max(chatMemory, 2 * messages.length);
    if (chatSeen.size <= cap) return;
    const shown = new Set<string>();
    for (const m of messages) shown.add(m.id);
    const target = Math.floor(cap * 0.9);
    for (const id of chatSeen) {
      if (chatSeen.size <= target) break;
      if (!shown.has(id)) chatSeen.delete(id);
    }
  }

  function update(snap: Snapshot, now: number): Observation[] {
    const out: Observation[] = [];
    const newCode = snap.meeting.code;
    if (code !== null && newCode !== null && newCode !== code) reset();
    if (newCode !== null) code = newCode;
    gen++;

    if (snap.state !== state) {
      if (state === 'in-call') shares = [];
      state = snap.state;
      out.push({ kind: 'meeting.state', state, meeting: { ...snap.meeting } });
    }
    if (coverage === null || !sameCoverage(coverage, snap.coverage)) {
      const next = { ...snap.coverage };
      out.push({ kind: 'coverage.changed', coverage: next, previous: coverage });
      coverage = next;
    }

    const full = snap.coverage.roster === 'full';
    if (!full) {
      // Confirmation needs an unbroken stretch of full coverage (see the top of this file).
      missingSince.clear();
      waitingMissingSince.clear();
    }
    const admitted = updateParticipants(snap, now, full, out);
    updateWaiting(snap, now, full, admitted, out);
    updateShares(snap, now, out);
    updateChat(snap.chat, out);
    return out;
  }

  return { update, reset };
}

function sameCoverage(a: Coverage, b: Coverage): boolean {
  return (
    a.roster === b.roster &&
    a.rosterReason === b.rosterReason &&
    a.chat === b.chat &&
    a.chatReason === b.chatReason &&
    a.presenter === b.presenter &&
    a.presenterReason === b.presenterReason
  );
}
