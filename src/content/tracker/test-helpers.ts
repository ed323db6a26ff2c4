/** Snapshots, people and readers of observations shared by the tracker's unit tests. */
import type { ChatMessage, Coverage, Observation, Participant, Snapshot } from '../../common/model';

export const FULL: Coverage = {
  roster: 'full',
  rosterReason: null,
  chat: 'visible',
  chatReason: null,
  presenter: 'readable',
  presenterReason: null,
};
export const PARTIAL: Coverage = { ...FULL, roster: 'partial', rosterReason: 'virtualized' };
export const HIDDEN: Coverage = {
  ...FULL,
  roster: 'hidden',
  rosterReason: 'panel-closed',
  chat: 'hidden',
  chatReason: 'panel-closed',
};

export function person(name: string, extra: Partial<Participant> = {}): Participant {
  return { id: `u:${name}`, idStable: true, name, role: 'participant', self: false, ...extra };
}

export function msg(id: string, text: string, extra: Partial<ChatMessage> = {}): ChatMessage {
  return { id, senderId: null, senderName: 'Lan', self: false, text, time: null, privateTo: null, ...extra };
}

export function snap(over: Partial<Snapshot> = {}): Snapshot {
  return {
    meeting: { platform: 'meet', code: 'abc-defg-hij', title: 'Lớp 9A2', url: 'https://meet.google.com/abc-defg-hij' },
    state: 'in-call',
    self: { id: 'u:Cô Hoa', name: 'Cô Hoa', host: true },
    participants: [],
    participantCount: null,
    waiting: [],
    presenters: [],
    chat: [],
    coverage: FULL,
    ...over,
  };
}

/** Observations other than the ones every first snapshot carries (state and initial coverage). */
export function people(obs: Observation[]): string[] {
  return obs.flatMap((o) => {
    switch (o.kind) {
      case 'participant.joined':
      case 'participant.left':
      case 'waiting.joined':
      case 'waiting.admitted':
      case 'waiting.left':
        return [`${o.kind} ${o.participant.name}`];
      case 'participant.renamed':
        return [`${o.kind} ${o.from} -> ${o.participant.name}`];
      case 'participant.role':
        return [`${o.kind} ${o.participant.name} ${o.from} -> ${o.participant.role}`];
      default:
        return [];
    }
  });
}

export const kinds = (obs: Observation[]): string[] => obs.map((o) => o.kind);

export const teacher = person('Cô Hoa', { role: 'host', self: true });
export const an = person('Nguyễn Văn An');
export const binh = person('Trần Thị Bình');
export const chi = person('Lê Minh Chi');
