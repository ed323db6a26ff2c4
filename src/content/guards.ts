/**
 * The participant guard (docs/detectors.md), configured for this meeting: it turns observations
 * into findings and badges. Pure logic; this file only glues it to the settings and the class the
 * worker matched to this meeting. Chat messages are classified by the worker as it stores them
 * (src/background/chat-monitor.ts): that work is per message, and the page's main thread is the
 * class's. Display names are few and are classified here, for the badges.
 */
import type { ClassConfig } from '../shared/classes';
import type { Finding, Observation, Snapshot } from '../shared/model';
import type { Settings } from '../shared/settings';
import { createParticipantGuard, type Badge } from '../detect/participants';
import { createChatGuard } from '../detect/chat';

export interface Guards {
  observe(obs: Observation, snap: Snapshot): Finding[];
  badgeFor(participantId: string): Badge | null;
  /** "Everyone here now is my class": the present students, now the roster in force. */
  captureRoster(): { name: string }[];
  /** Learning mode (no roster yet: everyone present is learned); its end changes every badge. */
  learning(): { active: boolean };
}

export function createGuards(settings: Settings, classConfig: ClassConfig | null): Guards {
  const names = createChatGuard({
    blockedWords: settings.chat.blockedWords,
    allowedWords: settings.chat.allowedWords,
    schoolDomains: settings.chat.schoolDomains,
  });
  const participants = createParticipantGuard({
    classConfig,
    now: () => Date.now(),
    classifyName: (name) => names.classifyName(name),
  });
  return {
    observe: (obs, snap) => participants.observe(obs, snap.self),
    badgeFor: (id) => participants.badgeFor(id),
    captureRoster: () => participants.captureRoster(),
    learning: () => participants.learning(),
  };
}
