/**
 * The participant and screen-share guard: fed the tracker's observations one at a time, it keeps who
 * is in the call and who is waiting, and answers with findings. Pure apart from the clock it is given.
 *
 *   arrival (waiting.joined | participant.joined not from the waiting list)
 *     ├─ name by itself ......... bidi / invisible / look-alike / long / offensive
 *     ├─ copy of the teacher .... impersonation.teacher (or .title for "Cô"/"Thầy" + nobody's name)
 *     ├─ copy of someone here ... impersonation.student (disguised) | duplicate (plain)
 *     ├─ roster ................. unknown / unknown.waiting / unknown.late (or device-name without roster)
 *     ├─ raid window ............ the arrival that reaches the threshold becomes one raid finding
 *     └─ role ................... privilege (a stranger who is host or co-host)
 *   participant.renamed ......... rename.teacher | rename.present | rename.roster | rename
 *   participant.role ............ privilege
 *   share.started ............... hijack | unauthorized | student | unidentified | takeover
 *
 * The parts share one GuardState (state.ts): arrivals.ts (the checks of an arrival, in order),
 * teachers.ts and copies.ts (who is the teacher, who copies whom), raids.ts, renames.ts, shares.ts,
 * learning.ts, verdicts.ts (late classifier verdicts), badges.ts.
 */
import type { ClassConfig } from '../../shared/classes';
import type { Finding, Observation } from '../../shared/model';
import { join, leave, waitingAdmitted, waitingJoined } from './arrivals';
import { badgeFor } from './badges';
import { captureRoster, learningStatus, startLearning, tick } from './learning';
import type { NameClassifier } from './name-checks';
import { rename, roleChange } from './renames';
import { shareStarted, shareStopped } from './shares';
import { createGuardState, endCall, type GuardState } from './state';
import { verdictsArrived } from './verdicts';

export type Badge = 'roster' | 'similar' | 'unknown' | 'impostor' | 'teacher';

export interface SelfInfo {
  id: string | null;
  name: string | null;
  host: boolean | null;
}

export interface ParticipantGuardOptions {
  classConfig: ClassConfig | null;
  now: () => number;
  /** The chat classifier, applied to display names; null: its verdict comes later (verdictsArrived). */
  classifyName?: NameClassifier;
  /** Overrides the class option (or its default without a class). */
  learningMinutes?: number;
  raidWindowMs?: number;
  raidThreshold?: number;
}

export interface ParticipantGuard {
  /**
   * `replay`: what the log already has, told again (a reloaded page, new settings): the caller drops
   * the findings, and a name's verdict that comes later raises none about them.
   */
  observe(obs: Observation, selfInfo?: SelfInfo, replay?: boolean): Finding[];
  badgeFor(participantId: string): Badge | null;
  /** "Everyone here now is my class": the present students become the roster; returns them to save. */
  captureRoster(): { name: string }[];
  learning(): { active: boolean; endsAt: number | null };
  /**
   * classifyName now knows names it answered null for: the findings about the people here who wear
   * them (offensive name, contact details). A late offensive verdict does not count toward a raid.
   */
  verdictsArrived(): Finding[];
  /** Whether this person's name still waits for the classifier's verdict (their findings may still come). */
  awaitsVerdict(participantId: string): boolean;
}

export function createParticipantGuard(opts: ParticipantGuardOptions): ParticipantGuard {
  const s = createGuardState(opts);
  return {
    observe: (obs, selfInfo, replay = false) => observe(s, obs, selfInfo, replay),
    badgeFor: (id) => badgeFor(s, id),
    captureRoster: () => captureRoster(s),
    verdictsArrived: () => verdictsArrived(s),
    awaitsVerdict: (id) => s.awaitingVerdict.has(id),
    learning: () => learningStatus(s),
  };
}

function observe(s: GuardState, obs: Observation, selfInfo: SelfInfo | undefined, replay: boolean): Finding[] {
  s.replaying = replay;
  try {
    return observeNow(s, obs, selfInfo);
  } finally {
    s.replaying = false;
  }
}

function observeNow(s: GuardState, obs: Observation, selfInfo?: SelfInfo): Finding[] {
  if (selfInfo) s.self = selfInfo;
  const at = s.now();
  tick(s, at);
  switch (obs.kind) {
    case 'meeting.state':
      if (obs.state === 'in-call') {
        if (s.firstSeenAt === null) s.firstSeenAt = at;
        startLearning(s, at);
      } else if (obs.state === 'ended') endCall(s);
      return [];
    case 'participant.joined':
      return join(s, obs.participant);
    case 'participant.left':
      leave(s, obs.participant.id);
      return [];
    case 'participant.renamed':
      return rename(s, obs.participant, obs.from);
    case 'participant.role':
      return roleChange(s, obs.participant);
    case 'waiting.joined':
      return waitingJoined(s, obs.participant, at);
    case 'waiting.admitted':
      waitingAdmitted(s, obs.participant.id, at);
      return [];
    case 'waiting.left':
      s.waiting.delete(obs.participant.id);
      return [];
    case 'share.started':
      return shareStarted(s, obs.presenter);
    case 'share.stopped':
      shareStopped(s, obs.presenter);
      return [];
    case 'chat.message':
    case 'coverage.changed':
      return [];
  }
}
