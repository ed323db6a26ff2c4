/**
 * The detectors, configured for this meeting: the participant guard (docs/detectors.md) and the
 * chat guard (docs/chat-detection.md) turn observations into findings. Pure logic; this file only
 * glues them to the settings and the class the worker matched to this meeting.
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
}

export function createGuards(settings: Settings, classConfig: ClassConfig | null): Guards {
  const chat = createChatGuard({
    blockedWords: settings.chat.blockedWords,
    allowedWords: settings.chat.allowedWords,
    schoolDomains: settings.chat.schoolDomains,
  });
  const participants = createParticipantGuard({
    classConfig,
    now: () => Date.now(),
    classifyName: (name) => chat.classifyName(name),
  });
  return {
    observe(obs, snap) {
      const found = participants.observe(obs, snap.self);
      if (obs.kind === 'chat.message') {
        const own = obs.message.self;
        // The user's own messages too: on a child's laptop they are the child's (self-harm, personal
        // info). On a teacher's they are hers (her own meeting link, her phone number): logged for the
        // report, but as review, never a pop-up alert.
        for (const f of chat.classifyMessage(obs.message, Date.now())) found.push(own && f.tier === 'alert' ? { ...f, tier: 'review' } : f);
      }
      return found;
    },
    badgeFor: (id) => participants.badgeFor(id),
    captureRoster: () => participants.captureRoster(),
  };
}
