import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../common/protocol';
import { analyze } from './analysis';
import { bombingDrafts } from './sample-log';

const stored = (drafts = bombingDrafts()): StoredEvent[] =>
  drafts.map((d, seq) => ({ ...d, sessionId: 's', seq, prevHash: '', hash: '' }));

const ev = (type: StoredEvent['type'], time: string, payload: Record<string, unknown>, seq = 0): StoredEvent => ({
  id: `e${seq}-${type}-${time}`,
  sessionId: 's',
  seq,
  type,
  time,
  payload,
  prevHash: '',
  hash: '',
});
const p = (id: string, name: string) => ({
  participant: { id, idStable: true, name, role: 'participant', self: false },
});

describe('one meeting read for the teacher', () => {
  it('the people: when each came and went, and what was found about them', () => {
    const a = analyze(stored());
    const stranger = a.people.find((r) => r.id === 'spaces/x/devices/666')!;
    expect(stranger).toMatchObject({
      names: ['Khách Lạ 99'],
      joined: ['2026-11-28T14:02:00.000+07:00'],
      left: ['2026-11-28T14:07:00.000+07:00'],
      findings: ['unknown-participant', 'profanity'],
    });
    expect(a.people.find((r) => r.self)?.names).toEqual(['Nguyễn Thị Lan (host)']);
    expect(a.maxPresent).toBe(3);
    expect(a.presence.map((x) => x.present)).toEqual([1, 2, 3, 2]);
  });

  it('renames: every name used under one id, oldest first', () => {
    const a = analyze([
      ev('participant.joined', '2026-11-28T14:00:00+07:00', p('7', 'Minh')),
      ev('participant.renamed', '2026-11-28T14:01:00+07:00', { ...p('7', 'Cô Lan'), from: 'Minh' }),
      ev('participant.renamed', '2026-11-28T14:02:00+07:00', { ...p('7', 'Admin'), from: 'Cô Lan' }),
    ]);
    expect(a.people[0]!.names).toEqual(['Minh', 'Cô Lan', 'Admin']);
  });

  it('the waiting room: who waited and whether they were let in', () => {
    const a = analyze([
      ev('waiting.joined', '2026-11-28T14:00:00+07:00', p('w1', 'Stranger')),
      ev('waiting.joined', '2026-11-28T14:00:10+07:00', p('w2', 'Bạn Nam')),
      ev('waiting.admitted', '2026-11-28T14:00:20+07:00', p('w2', 'Bạn Nam')),
      ev('participant.joined', '2026-11-28T14:00:21+07:00', p('w2', 'Bạn Nam')),
    ]);
    expect(a.people.map((r) => [r.id, r.waited.length, r.admitted, r.joined.length])).toEqual([
      ['w1', 1, false, 0],
      ['w2', 1, true, 1],
    ]);
    expect(a.presence.at(-1)).toMatchObject({ present: 1, waiting: 1 });
  });

  it('shares: who, from when, how long; one still running has no end', () => {
    const a = analyze([
      ...stored(),
      ev('share.started', '2026-11-28T14:08:00+07:00', { presenter: { participantId: '1', name: 'Trần Minh Anh' } }),
    ]);
    expect(a.shares).toEqual([
      {
        who: 'Khách Lạ 99',
        id: 'spaces/x/devices/666',
        start: '2026-11-28T14:04:00.000+07:00',
        end: '2026-11-28T14:05:30.000+07:00',
        durationMs: 90_000,
      },
      { who: 'Trần Minh Anh', id: '1', start: '2026-11-28T14:08:00+07:00', end: null, durationMs: null },
    ]);
  });

  it('incidents: a chat finding comes with its message and the chat around it', () => {
    const msg = (n: number) =>
      ev(
        'chat.message',
        `2026-11-28T14:10:0${n}+07:00`,
        { message: { id: `c${n}`, senderName: 'A', text: `m${n}` } },
        n,
      );
    const finding = ev(
      'finding',
      '2026-11-28T14:10:05+07:00',
      { finding: { category: 'insult', subject: { messageId: 'c4' }, evidence: {} } },
      99,
    );
    const a = analyze([msg(0), msg(1), msg(2), msg(3), msg(4), msg(5), finding, msg(6), msg(7), msg(8), msg(9)]);
    const i = a.incidents[0]!;
    const texts = (es: StoredEvent[]) => es.map((e) => (e.payload['message'] as { text: string }).text);
    expect(texts(i.before)).toEqual(['m1', 'm2', 'm3']);
    expect(texts([i.message!])).toEqual(['m4']);
    expect(texts(i.after)).toEqual(['m5', 'm6', 'm7']);
  });

  it('the teacher’s note is the latest one written; every action is listed', () => {
    const note = (n: string, time: string) => ev('teacher.action', time, { action: 'report-note', note: n });
    const a = analyze([
      ...stored(),
      note('Đã báo ban giám hiệu', '2026-11-28T15:00:00+07:00'),
      note('Đã báo BGH và phụ huynh', '2026-11-28T15:05:00+07:00'),
    ]);
    expect(a.note).toBe('Đã báo BGH và phụ huynh');
    expect(a.actions).toHaveLength(3);
  });

  it('a payload of an unexpected shape is skipped, never thrown on', () => {
    expect(() =>
      analyze([
        ev('participant.joined', 'not a time', { participant: 'constructor' }),
        ev('finding', '2026-11-28T14:00:00+07:00', { finding: null }),
        ev('share.stopped', '2026-11-28T14:00:00+07:00', {}),
      ]),
    ).not.toThrow();
  });
});
