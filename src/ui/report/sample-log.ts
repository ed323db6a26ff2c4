/** A recorded class built in code, hashed as the worker hashes it: for the tests and the bench of the exports. */
import { GENESIS_HASH, hashEvent } from '../../common/event-chain';
import type { EventDraft, SessionRecord, StoredEvent } from '../../common/protocol';

export const SAMPLE_MEETING = {
  platform: 'meet',
  code: 'abc-defg-hij',
  title: 'Lớp 10A1 - Toán',
  url: 'https://meet.google.com/abc-defg-hij',
} as const;

export async function chain(sessionId: string, drafts: readonly EventDraft[]): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (const [seq, d] of drafts.entries()) {
    const unhashed = { ...d, sessionId, seq, prevHash };
    const hash = await hashEvent(unhashed);
    out.push({ ...unhashed, hash });
    prevHash = hash;
  }
  return out;
}

export function sessionOf(id: string, events: readonly StoredEvent[]): SessionRecord {
  return {
    id,
    key: `meet:${SAMPLE_MEETING.code}`,
    meeting: { ...SAMPLE_MEETING },
    startedAt: events[0]?.time ?? '2026-11-28T14:00:00.000+07:00',
    lastEventAt: events[events.length - 1]?.time ?? '2026-11-28T14:00:00.000+07:00',
    endedAt: null,
    eventCount: events.length,
    headHash: events[events.length - 1]?.hash ?? GENESIS_HASH,
  };
}

const at = (minute: number, second = 0) =>
  `2026-11-28T14:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}.000+07:00`;
const person = (id: string, name: string) => ({ id, idStable: true, name, role: 'participant', self: false });

const finding = (ruleId: string, category: string, severity: number, subject: object, evidence: object) => ({
  ruleId,
  category,
  severity,
  tier: 'alert',
  subject,
  evidence,
});

/** One finding as the log stores it (unhashed), for tests of the sentence the report makes of it. */
export function storedFinding(f: { ruleId: string; category: string; name: string; evidence?: object }): StoredEvent {
  return {
    id: 'e1',
    seq: 1,
    sessionId: 's',
    type: 'finding',
    time: '2026-12-07T09:00:00.000+07:00',
    payload: { finding: finding(f.ruleId, f.category, 3, { participantId: 'p', name: f.name }, f.evidence ?? {}) },
  } as unknown as StoredEvent;
}

/** A class bombed by `intruder` who writes `words`: a join, a chat message and its finding, a share, a teacher action. */
export function bombingDrafts(intruder = 'Khách Lạ 99', words = 'đm mày'): EventDraft[] {
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const stranger = person('spaces/x/devices/666', intruder);
  const presenter = { participantId: stranger.id, name: intruder, self: false };
  const subject = { participantId: stranger.id, name: intruder };
  const message = { id: 'm1', senderId: stranger.id, senderName: intruder, self: false, text: words };
  const drafts: [EventDraft['type'], string, Record<string, unknown>][] = [
    ['session.started', at(0), { meeting: SAMPLE_MEETING }],
    [
      'participant.joined',
      at(0, 5),
      { participant: { ...person('spaces/x/devices/0', 'Nguyễn Thị Lan (host)'), self: true } },
    ],
    ['participant.joined', at(1), { participant: person('spaces/x/devices/1', 'Trần Minh Anh') }],
    ['participant.joined', at(2), { participant: stranger }],
    [
      'finding',
      at(2, 1),
      {
        finding: finding('participants.unknown', 'unknown-participant', 2, subject, { detail: 'not on the roster' }),
        observationId: id(3),
      },
    ],
    ['chat.message', at(3), { message: { ...message, time: null, privateTo: null } }],
    [
      'finding',
      at(3, 1),
      {
        finding: finding('chat.profanity.lexicon', 'profanity', 3, { ...subject, messageId: 'm1' }, { text: words }),
        observationId: id(5),
      },
    ],
    ['share.started', at(4), { presenter }],
    ['share.stopped', at(5, 30), { presenter, durationMs: 90_000 }],
    ['teacher.action', at(6), { action: 'marked-not-harmful', findingId: id(6), words: 'mày' }],
    ['participant.left', at(7), { participant: stranger }],
  ];
  return drafts.map(([type, time, payload], n) => ({ id: id(n), type, time, payload }));
}
