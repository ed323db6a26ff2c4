import { createChatMonitor } from './chat-monitor';
import { recentChat, recordDiagnostic, sessionMeetingCode, type Deriver } from './event-log';
import { loadSettings, onSettingsChanged } from './settings-store';

const monitor = createChatMonitor({
  options: async () => {
    const { chat, detection } = (await loadSettings()).settings;
    return { ...chat, detection };
  },
  recentChat,
  meetingCode: sessionMeetingCode,
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
  detectorFailed: (detector, eventId, error) =>
    void recordDiagnostic({
      kind: 'detector.failed',
      detail: `${detector} threw on event ${eventId}: ${String(error)}`.slice(0, 500),
    }),
});

onSettingsChanged(() => monitor.invalidate());

export const deriveChatFindings: Deriver = (sessionId) => monitor.prepare(sessionId);
