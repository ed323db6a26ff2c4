/**
 * The participant guard (docs/detectors.md), configured for this meeting: it turns observations
 * into findings and badges. Pure logic; this file only glues it to the settings and the class the
 * worker matched to this meeting. Chat messages and display names are classified by the worker
 * (src/background/chat-monitor.ts, name-verdicts.ts): the classifier's lexicon would sit in this
 * page's heap, and the page's main thread is the class's. A name's verdict is asked for once and
 * kept here; the guard applies it when it comes (`verdicts`).
 */
import type { ClassConfig } from '../shared/classes';
import type { Finding, Observation, Snapshot } from '../shared/model';
import { LIMITS } from '../shared/protocol';
import { createParticipantGuard, type Badge } from '../detect/participants';

export interface Guards {
  observe(obs: Observation, snap: Snapshot): Finding[];
  /**
   * What the log already has, told again (a reloaded page, new settings): the guard learns who is
   * here, and its findings about them are dropped, now and when a name's verdict comes later.
   */
  replay(obs: Observation, snap: Snapshot): void;
  /** Names whose verdict to ask the worker for (each handed out once), at most `max`. */
  takeNamesToCheck(max: number): string[];
  /** The worker's verdicts on names from takeNamesToCheck (null: it failed; they are asked again later). */
  verdicts(names: readonly string[], verdicts: readonly Finding[][] | null): Finding[];
  /** Whether findings about this person's name may still come (its verdict is not in yet). */
  awaitsVerdict(participantId: string): boolean;
  badgeFor(participantId: string): Badge | null;
  /** "Everyone here now is my class": the present students, now the roster in force. */
  captureRoster(): { name: string }[];
  /** Learning mode (no roster yet: everyone present is learned); its end changes every badge. */
  learning(): { active: boolean };
}

/** A name that failed to be classified this many times is given up on (its other checks stand). */
const MAX_ATTEMPTS = 3;
/** The verdict on most names: one shared list, not one per name of a 1,000-person class. */
const CLEAN: readonly Finding[] = Object.freeze([]);

export function createGuards(classConfig: ClassConfig | null): Guards {
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
    observe: (obs, snap) => participants.observe(obs, snap.self),
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
      return participants.verdictsArrived();
    },
    awaitsVerdict: (id) => participants.awaitsVerdict(id),
    badgeFor: (id) => participants.badgeFor(id),
    captureRoster: () => participants.captureRoster(),
    learning: () => participants.learning(),
  };
}
