import { describe, expect, it } from 'vitest';
import type { SessionRecord, StoredEvent } from '../../common/protocol';
import { summarize } from './summary';

const session = {
  id: 's1',
  meeting: { platform: 'meet', code: 'abc', title: 'Toán', url: '' },
  startedAt: '2026-12-07T08:00:00Z',
  lastEventAt: '2026-12-07T08:40:00Z',
} as unknown as SessionRecord;

const childEvent = (ruleId: string, evidence: Record<string, unknown>): StoredEvent =>
  ({
    id: ruleId,
    type: 'finding',
    time: '2026-12-07T08:10:00Z',
    payload: {
      finding: {
        ruleId,
        category: 'unknown-participant',
        severity: 2,
        tier: 'alert',
        subject: { name: 'Người Lạ' },
        evidence,
      },
    },
  }) as unknown as StoredEvent;

describe("the parent's summary", () => {
  it("gives what reached the child: the words sent, the advice's rule, never the detector's English note", async () => {
    const events = [
      childEvent('child.stranger', { detail: 'advice shown to the child: stranger; from participant.unknown' }),
      childEvent('child.private', { text: 'add zalo anh nhé', detail: 'advice shown to the child: private' }),
    ];
    const { classes } = await summarize([session], async () => events);
    expect(classes[0]!.seen).toEqual([
      expect.objectContaining({ ruleId: 'child.stranger', name: 'Người Lạ', words: null }),
      expect.objectContaining({ ruleId: 'child.private', words: 'add zalo anh nhé' }),
    ]);
  });

  it('counts one incident for a message several rules match, as the report does', async () => {
    const onMessage = (ruleId: string, category: string): StoredEvent =>
      ({
        id: ruleId,
        type: 'finding',
        time: '2026-12-07T08:12:00Z',
        payload: {
          observationId: 'msg-1',
          finding: {
            ruleId,
            category,
            severity: 3,
            tier: 'alert',
            subject: { participantId: 'p-9', name: 'Kẻ Lạ' },
            evidence: { text: 'đm mày ngu vl' },
          },
        },
      }) as unknown as StoredEvent;
    const events = [
      onMessage('chat.profanity', 'profanity'),
      onMessage('chat.insult', 'insult'),
      childEvent('child.stranger', {}),
    ];
    const { classes } = await summarize([session], async () => events);
    expect(classes[0]!.incidents).toBe(2);
    expect(classes[0]!.categories).toEqual(['profanity', 'insult', 'unknown-participant']);
  });
});
