/**
 * The participant guard (docs/detectors.md) glued to the settings and this meeting's class. Names are
 * classified by the worker, so the lexicon stays out of the page's heap; a verdict is asked for once.
 */
import type { ClassConfig } from '../common/classes';
import { tuneFindings, type Detection } from '../common/detection';
import type { Finding, Observation, Snapshot } from '../common/model';
import { LIMITS } from '../common/protocol';
import { createParticipantGuard, type Badge, type LearningStatus } from '../detect/participants';

export interface Guards {
  observe(obs: Observation, snap: Snapshot): Finding[];
  /** A replay (reloaded page, new settings): the guard learns who is here; findings about them are dropped. */
  replay(obs: Observation, snap: Snapshot): void;
  /** Each name is handed out once. */
  takeNamesToCheck(max: number): string[];
  /** null: it failed; the names are asked again later. */
  verdicts(names: readonly string[], verdicts: readonly Finding[][] | null): Finding[];
  awaitsVerdict(participantId: string): boolean;
  badgeFor(participantId: string): Badge | null;
  captureRoster(): { name: string }[];
  /** Its end changes every badge, and offers the learned roster to the teacher. */
  learning(): LearningStatus;
  learnedRoster(): { name: string }[];
  answerLearnedOffer(): void;
}

const MAX_ATTEMPTS = 3;
/** One shared list for most names, not one per name of a large class. */
const CLEAN: readonly Finding[] = Object.freeze([]);

/** `detection`: the categories switched off and the sensitivity (settings.detection) decide what is raised. */
export function createGuards(classConfig: ClassConfig | null, detection?: Detection): Guards {
  const known = new Map<string, readonly Finding[]>();
  const toAsk = new Set<string>();
  const asked = new Set<string>();
  const attempts = new Map<string, number>();
  const key = (name: string) => name.slice(0, LIMITS.nameChars);
  const participants = createParticipantGuard({
    classConfig,
    now: () => Date.now(),
    classifyName: (name) => {
      const k = key(name);
      const hits = known.get(k);
      if (hits) return hits;
      if (!asked.has(k)) toAsk.add(k);
      return null;
    },
  });

  return {
    observe: (obs, snap) => tuneFindings(participants.observe(obs, snap.self), detection),
    replay: (obs, snap) => {
      try {
        participants.observe(obs, snap.self, true);
      } catch {
        // A replay's findings are dropped anyway; the live observation tells of a failing detector.
      }
    },
    takeNamesToCheck(max) {
      const out: string[] = [];
      for (const name of toAsk) {
        if (out.length >= max) break;
        toAsk.delete(name);
        asked.add(name);
        out.push(name);
      }
      return out;
    },
    verdicts(names, verdicts) {
      names.forEach((name, i) => {
        asked.delete(name);
        const hits = verdicts?.[i];
        const tried = (attempts.get(name) ?? 0) + 1;
        if (hits || tried >= MAX_ATTEMPTS) {
          known.set(name, hits?.length ? hits : CLEAN);
          attempts.delete(name);
        } else {
          attempts.set(name, tried);
          toAsk.add(name);
        }
      });
      return tuneFindings(participants.verdictsArrived(), detection);
    },
    awaitsVerdict: (id) => participants.awaitsVerdict(id),
    badgeFor: (id) => participants.badgeFor(id),
    captureRoster: () => participants.captureRoster(),
    learning: () => participants.learning(),
    learnedRoster: () => participants.learnedRoster(),
    answerLearnedOffer: () => participants.answerLearnedOffer(),
  };
}
