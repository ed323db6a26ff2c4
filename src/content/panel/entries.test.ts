import { describe, expect, it } from 'vitest';
import type { Finding } from '../../common/model';
import { createBoard, type FindingEvent } from './entries';
import { actionsFor, stepsFor } from './steps';

let n = 0;
const ev = (f: Partial<Finding> & Pick<Finding, 'category'>, time = '2026-11-28T16:33:10.000+07:00'): FindingEvent => ({
  id: `f${n++}`,
  time,
  finding: { ruleId: 'r', severity: 2, tier: 'alert', subject: {}, evidence: {}, ...f },
});
const STRANGER = 'Khách Lạ';

describe('the panel board', () => {
  it("puts a person's name and chat findings in one entry, the words kept as written", () => {
    const b = createBoard();
    expect(b.add(ev({ category: 'unknown-participant', subject: { participantId: 'p9', name: STRANGER } }))).toBe(
      'opened',
    );
    const chat = ev({
      category: 'profanity',
      severity: 3,
      subject: { messageId: 'm1', name: STRANGER },
      evidence: { text: 'đ\u200bịt m\u200bẹ' },
    });
    expect(b.add(chat)).toBe('updated');
    const [entry] = b.open();
    expect(b.open()).toHaveLength(1);
    expect(entry).toMatchObject({ name: STRANGER, participantId: 'p9', severity: 3 });
    expect(entry!.categories).toEqual(['unknown-participant', 'profanity']);
    expect(entry!.findings.at(-1)!.finding.evidence.text).toBe('đ\u200bịt m\u200bẹ');
  });

  it('keeps a renamed person in their entry by the platform id', () => {
    const b = createBoard();
    b.add(ev({ category: 'unknown-participant', subject: { participantId: 'p1', name: 'A' } }));
    b.add(ev({ category: 'rename', subject: { participantId: 'p1', name: 'Cô Lan' } }));
    expect(b.open().map((e) => e.categories)).toEqual([['unknown-participant', 'rename']]);
  });

  it('makes a raid one entry that counts its joins, taking in the arrivals reported before it began', () => {
    const b = createBoard();
    b.add(ev({ category: 'unknown-participant', subject: { participantId: 'x1', name: 'Bot 1' } }));
    b.add(ev({ category: 'unknown-participant', subject: { participantId: 'x2', name: 'Bot 2' } }));
    const raid = ev({
      category: 'raid',
      ruleId: 'participant.raid',
      severity: 3,
      subject: { participantId: 'x3', name: 'Bot 3' },
      evidence: { names: ['Bot 1', 'Bot 2', 'Bot 3'] },
    });
    expect(b.add(raid)).toBe('opened');
    for (let i = 4; i <= 30; i++) {
      const member = ev({
        category: 'unknown-participant',
        ruleId: 'participant.unknown.raid-member',
        severity: 1,
        tier: 'review',
        subject: { participantId: `x${i}`, name: `Bot ${i}` },
      });
      expect(b.add(member)).toBe('updated');
    }
    const open = b.open();
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ kind: 'raid', joinCount: 30, severity: 3 });
    expect(b.reviewCount()).toBe(0);
  });

  it('counts review-tier findings without opening anything', () => {
    const b = createBoard();
    expect(b.add(ev({ category: 'suspicious-name', tier: 'review', severity: 1, subject: { name: 'x' } }))).toBe(
      'counted',
    );
    expect(b.open()).toEqual([]);
    expect(b.reviewCount()).toBe(1);
  });

  it('dismisses an entry, which a new alert about the same person opens again; a finding told twice is known', () => {
    const b = createBoard();
    const first = ev({ category: 'threat', subject: { name: STRANGER } });
    b.add(first);
    const key = b.open()[0]!.key;
    expect(b.dismiss(key)?.dismissed).toBe(true);
    expect(b.open()).toEqual([]);
    expect(b.add(first)).toBe('known');
    expect(b.add(ev({ category: 'insult', subject: { name: STRANGER } }))).toBe('opened');
    expect(b.findingIds(key)).toHaveLength(2);
  });

  it('orders the most severe first and is safe with names like "__proto__"', () => {
    const b = createBoard();
    b.add(ev({ category: 'link', subject: { name: '__proto__' } }));
    b.add(ev({ category: 'screen-share', severity: 3, subject: { name: 'constructor' } }));
    expect(b.open().map((e) => e.name)).toEqual(['constructor', '__proto__']);
  });
});

describe('what to do now', () => {
  it('gives share, lock, chat or care steps as the findings call for them', () => {
    expect(actionsFor(['screen-share'])).toEqual(['share', 'remove']);
    expect(actionsFor(['raid'])).toEqual(['lock', 'remove', 'chat']);
    expect(actionsFor(['unknown-participant', 'profanity'])).toEqual(['lock', 'remove', 'waiting-room', 'chat']);
    expect(actionsFor(['self-harm'])).toEqual(['care']);
  });

  it('names each client’s own controls, in both languages', () => {
    expect(stepsFor('zoom', 'en', 'waiting-room').steps.join(' ')).toContain('Put in Waiting Room');
    expect(stepsFor('zoom', 'vi', 'lock').steps.join(' ')).toContain('Khóa cuộc họp');
    expect(stepsFor('meet', 'en', 'chat').steps.join(' ')).toContain('Send chat messages');
    expect(stepsFor('teams', 'en', 'lock').steps.join(' ')).toContain('Lock the meeting');
    expect(stepsFor('teams', 'vi', 'remove').title).toBe('Xóa người này khỏi lớp');
  });
});

describe('a raid whose arrivals are judged late', () => {
  it('takes in unknown arrivals told after it began, counting each person once', () => {
    const b = createBoard();
    b.add(
      ev({
        category: 'raid',
        ruleId: 'participant.raid',
        severity: 3,
        subject: { name: 'Bot 5' },
        evidence: { names: ['Bot 1', 'Bot 2', 'Bot 3', 'Bot 4', 'Bot 5'] },
      }),
    );
    for (const i of [2, 3, 4, 5, 6, 7]) b.add(ev({ category: 'unknown-participant', subject: { name: `Bot ${i}` } }));
    expect(b.open().map((e) => [e.key, e.joinCount])).toEqual([['raid', 7]]);
  });
});

describe('a raid of numbered names', () => {
  it('keeps the copies of one another in the raid, and a raider’s chat in an entry of their own', () => {
    const b = createBoard();
    b.add(
      ev({
        category: 'raid',
        severity: 3,
        subject: { name: 'Bot 3' },
        evidence: { names: ['Bot 1', 'Bot 2', 'Bot 3'] },
      }),
    );
    b.add(ev({ category: 'duplicate', subject: { name: 'Bot 2' } }));
    b.add(ev({ category: 'duplicate', subject: { name: 'Bot 4' } }));
    b.add(ev({ category: 'threat', subject: { name: 'Bot 2', messageId: 'm9' } }));
    expect(b.open().map((e) => [e.key, e.joinCount])).toEqual([
      ['raid', 4],
      ['name:Bot 2', 0],
    ]);
  });
});
