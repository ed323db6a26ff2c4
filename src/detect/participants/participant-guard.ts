/** Rules and file layout: docs/detectors.md. Pure apart from the clock it is given. */
import type { ClassConfig } from '../../common/classes';
import type { Finding, Observation } from '../../common/model';
import { join, leave, waitingAdmitted, waitingJoined } from './arrivals';
import { badgeFor } from './badges';
import {
  answerOffer,
  captureRoster,
  learnedRoster,
  learningStatus,
  startLearning,
  tick,
  type LearningStatus,
} from './learning';
import type { NameClassifier } from './name-checks';
import { unnamedArrivals } from './raids';
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
  /** null: the verdict comes later (verdictsArrived). */
  classifyName?: NameClassifier;
  /** Overrides the class option. */
  learningMinutes?: number;
  raidWindowMs?: number;
  raidThreshold?: number;
}

export interface ParticipantGuard {
  /** `replay`: the log has it already; a verdict that comes later raises nothing about it. */
  observe(obs: Observation, selfInfo?: SelfInfo, replay?: boolean): Finding[];
  badgeFor(participantId: string): Badge | null;
  /** Returns the new roster, to save. */
  captureRoster(): { name: string }[];
  /** `offer`: the window ended; what was learned awaits the teacher's word (docs/detectors.md). */
  learning(): LearningStatus;
  /** Learned while the window was open, raiders left out: what the teacher is asked to confirm. */
  learnedRoster(): { name: string }[];
  /** The teacher confirmed or dismissed the learned roster: the offer is withdrawn. */
  answerLearnedOffer(): void;
  /** A late offensive verdict does not count toward a raid. */
  verdictsArrived(): Finding[];
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
    learnedRoster: () => learnedRoster(s),
    answerLearnedOffer: () => answerOffer(s),
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
    case 'participants.unnamed':
      return unnamedArrivals(s, obs.count, obs.total);
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
    case 'coverage.changed':
      // Opening the list reveals at once everyone we could not see: that is no burst of arrivals.
      if (obs.coverage.roster === 'full' && obs.previous?.roster !== 'full') s.revealedAt = at;
      s.rosterView = obs.coverage.roster;
      return [];
    case 'chat.message':
      return [];
  }
}
