/**
 * The tracker: turns consecutive Snapshots into Observations. Pure (no DOM, no clock: time comes in
 * as `now`), so it runs in Node tests and costs one pass over the snapshot's arrays per update. Each
 * part of the diff has its module under ./tracker/ (participants, waiting, shares, chat).
 *
 * Rules worth knowing before changing anything here:
 * - Unseen is not gone. A row missing from a partial or hidden roster (virtualized list, closed
 *   panel, Teams showing the chat instead) never produces 'left'. A leave needs the person missing
 *   from two 'full' snapshots at least `leaveConfirmMs` apart within one unbroken stretch of full
 *   coverage: a half-dismantled virtualized list looks like everyone leaving (Teams; see
 *   docs/adapters.md), and a list that is still being rebuilt after the panel reopens looks the same. Any re-appearance,
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
import type { Coverage, MeetingState, Observation, Snapshot } from '../shared/model';
import { createChat, updateChat, type ChatState } from './tracker/chat';
import type { Pass } from './tracker/pass';
import { createRoster, updateParticipants, type RosterState } from './tracker/participants';
import { createShares, updateShares, type ShareState } from './tracker/shares';
import { createWaiting, updateWaiting, type WaitingState } from './tracker/waiting';

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

/** Everything seen so far; a reset replaces it whole. */
interface TrackerState {
  /** Counts updates (see `Pass.gen`). */
  gen: number;
  state: MeetingState | null;
  code: string | null;
  coverage: Coverage | null;
  roster: RosterState;
  waiting: WaitingState;
  shares: ShareState;
  chat: ChatState;
}

function createState(): TrackerState {
  return {
    gen: 0,
    state: null,
    code: null,
    coverage: null,
    roster: createRoster(),
    waiting: createWaiting(),
    shares: createShares(),
    chat: createChat(),
  };
}

export function createTracker(opts: TrackerOptions = {}): Tracker {
  const leaveConfirmMs = opts.leaveConfirmMs ?? DEFAULT_LEAVE_CONFIRM_MS;
  const chatMemory = opts.chatMemory ?? DEFAULT_CHAT_MEMORY;
  let st = createState();

  function reset(): void {
    st = createState();
  }

  function update(snap: Snapshot, now: number): Observation[] {
    const newCode = snap.meeting.code;
    if (st.code !== null && newCode !== null && newCode !== st.code) reset();
    if (newCode !== null) st.code = newCode;
    const pass: Pass = { gen: ++st.gen, now, full: snap.coverage.roster === 'full', leaveConfirmMs, out: [] };

    updateMeeting(st, snap, pass.out);
    if (!pass.full) {
      // Confirmation needs an unbroken stretch of full coverage (see the top of this file).
      st.roster.missingSince.clear();
      st.waiting.missingSince.clear();
    }
    const admitted = updateParticipants(st.roster, st.waiting, snap.participants, pass);
    updateWaiting(st.waiting, st.roster, snap.waiting, admitted, pass);
    updateShares(st.shares, snap, pass);
    updateChat(st.chat, snap.chat, chatMemory, pass.out);
    return pass.out;
  }

  return { update, reset };
}

/** The meeting's state and the coverage: reported when they change. */
function updateMeeting(st: TrackerState, snap: Snapshot, out: Observation[]): void {
  if (snap.state !== st.state) {
    // Durations of shares that ran into the end of a call would be made up (see the top of this file).
    if (st.state === 'in-call') st.shares.active = [];
    st.state = snap.state;
    out.push({ kind: 'meeting.state', state: st.state, meeting: { ...snap.meeting } });
  }
  if (st.coverage === null || !sameCoverage(st.coverage, snap.coverage)) {
    const next = { ...snap.coverage };
    out.push({ kind: 'coverage.changed', coverage: next, previous: st.coverage });
    st.coverage = next;
  }
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
