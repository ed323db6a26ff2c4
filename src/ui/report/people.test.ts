import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../common/protocol';
import { peopleInvolved } from './people';

let seq = 0;
const ev = (type: string, payload: Record<string, unknown>): StoredEvent =>
  ({ id: `e${++seq}`, seq, type, time: '2026-12-07T09:00:00Z', payload }) as unknown as StoredEvent;
const finding = (participantId: string | null, name: string, messageId?: string) =>
  ev('finding', {
    finding: {
      ruleId: 'r',
      category: 'profanity',
      severity: 2,
      tier: 'alert',
      subject: { participantId, name, ...(messageId ? { messageId } : {}) },
      evidence: {},
    },
  });

describe('the people an incident was about', () => {
  it('one person seen under a real id and a name-derived one is one row with every incident', () => {
    const events = [
      ev('chat.message', { message: { id: 'm1', senderId: '16779301', senderName: 'Lê Văn Cường', text: 'đm' } }),
      finding('16779301', 'Lê Văn Cường', 'm1'),
      finding('16779301', 'Lê Văn Cường', 'm1'),
      finding('name:Lê Văn Cường', 'Lê Văn Cường'), // the share bar gave only the name
    ];
    expect(peopleInvolved(events)).toEqual([{ id: '16779301', names: ['Lê Văn Cường'], incidents: 3 }]);
  });

  it('keeps the name-derived row when two real ids share the name', () => {
    const events = [finding('111', 'An'), finding('222', 'An'), finding('name:An', 'An')];
    expect(peopleInvolved(events).map((r) => [r.id, r.incidents])).toEqual([
      ['111', 1],
      ['222', 1],
      ['name:An', 1],
    ]);
  });
});
