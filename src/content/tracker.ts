/**
 * Turns consecutive Snapshots into Observations. Pure: time comes in as `now`. Read its rules first
 * (docs/architecture.md#the-tracker): unseen is not gone, renames only for stable ids.
 */
import type { Coverage, MeetingState, Observation, Snapshot } from '../common/model';
import { createChat, updateChat, updatePreviews, type ChatState } from './tracker/chat';
import type { Pass } from './tracker/pass';
import { createCount, updateCount, type CountState } from './tracker/count';
import { createRoster, updateNotices, updateParticipants, updateStage, type RosterState } from './tracker/participants';
import { createShares, updateShares, type ShareState } from './tracker/shares';
import { createWaiting, updateWaiting, type WaitingState } from './tracker/waiting';

export interface TrackerOptions {
  leaveConfirmMs?: number;
  /** Chat ids remembered for de-duplication; ids still rendered are never forgotten. */
  chatMemory?: number;
}

export interface Tracker {
  /** `now`: Date.now(). */
  update(snapshot: Snapshot, now: number): Observation[];
  reset(): void;
}

export const DEFAULT_LEAVE_CONFIRM_MS = 20_000;
const DEFAULT_CHAT_MEMORY = 10_000;

interface TrackerState {
  gen: number;
  state: MeetingState | null;
  code: string | null;
  coverage: Coverage | null;
  roster: RosterState;
  waiting: WaitingState;
  shares: ShareState;
  chat: ChatState;
  count: CountState;
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
    count: createCount(),
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
      // A leave is confirmed only within one unbroken stretch of full coverage.
      st.roster.missingSince.clear();
      st.waiting.missingSince.clear();
    }
    const before = pass.out.length;
    const admitted = updateParticipants(st.roster, st.waiting, snap.participants, pass);
    updateStage(st.roster, st.waiting, snap.stage, pass);
    updateNotices(st.roster, st.waiting, snap.joinNotices, pass);
    updateCount(st.count, snap.state === 'in-call' ? snap.participantCount : null, joinsSince(pass, before), pass);
    updateWaiting(st.waiting, st.roster, snap.waiting, admitted, pass);
    updateShares(st.shares, snap, pass);
    updateChat(st.chat, snap.chat, chatMemory, pass.out, now);
    updatePreviews(st.chat, snap.chatPreviews, now, pass.out);
    return pass.out;
  }

  return { update, reset };
}

function joinsSince(pass: Pass, from: number): number {
  let n = 0;
  for (let i = from; i < pass.out.length; i++) if (pass.out[i]!.kind === 'participant.joined') n++;
  return n;
}

function updateMeeting(st: TrackerState, snap: Snapshot, out: Observation[]): void {
  if (snap.state !== st.state) {
    // Their durations would be made up.
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
    a.presenterReason === b.presenterReason &&
    // Whether the tiles are read, not how many: a count that moves with every join is no news for the log.
    (a.stage === undefined) === (b.stage === undefined)
  );
}
