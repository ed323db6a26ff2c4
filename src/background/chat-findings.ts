import { createChatMonitor, type Members } from './chat-monitor';
import { recentChat, recordDiagnostic, sessionMeeting, sessionMeetingCode, type Deriver } from './event-log';
import { loadSettings, onSettingsChanged } from './settings-store';
import { matchClass } from '../common/classes';
import { createRosterIndex } from '../common/names/roster-index';

/** The session's class as the meeting tab matched it: its students and its teachers. */
async function members(sessionId: string): Promise<Members | null> {
  const [meeting, { settings }] = await Promise.all([sessionMeeting(sessionId), loadSettings()]);
  const cls = meeting ? matchClass(meeting, settings.classes) : null;
  if (!cls) return null;
  return createRosterIndex([...cls.roster, ...cls.teachers.map((name) => ({ name }))]);
}

const monitor = createChatMonitor({
  options: async () => {
    const { chat, detection } = (await loadSettings()).settings;
    return { ...chat, detection };
  },
  recentChat,
  meetingCode: sessionMeetingCode,
  members,
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
