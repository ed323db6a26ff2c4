/** The worker's one chat monitor (chat-monitor.ts), fed by the event log and the settings in force. */
import { createChatMonitor } from './chat-monitor';
import { recentChat, recordDiagnostic, type Deriver } from './event-log';
import { loadSettings, onSettingsChanged } from './settings-store';

const monitor = createChatMonitor({
  options: async () => (await loadSettings()).settings.chat,
  recentChat,
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
  detectorFailed: (detector, eventId, error) =>
    void recordDiagnostic({
      kind: 'detector.failed',
      detail: `${detector} threw on event ${eventId}: ${String(error)}`.slice(0, 500),
    }),
});

// The teacher's word lists (a "Not harmful" click in the report, the options page, a new policy)
// apply to the next message.
onSettingsChanged(() => monitor.invalidate());

/** Chat findings for the events being stored: pass to appendEvents. */
export const deriveChatFindings: Deriver = (sessionId) => monitor.prepare(sessionId);
