/**
 * A scripted class on Meet, in English and Vietnamese UI: the page is driven the way Meet mutates
 * its DOM (test/fixtures/meet/scenario.js), the adapter reads it, the tracker diffs the snapshots,
 * and every observation is checked, step by step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capText } from '../../src/common/text-cap';
import type { Coverage, Observation, Participant, Presenter } from '../../src/common/model';
import { CHAT_MAX, NAME_MAX } from '../../src/platforms/meet/adapter';
import { LANGS, MEET_URL, openMeetPage, type MeetPage, type MeetScenario } from './meet-page';

const dev = (n: number | string): string => `spaces/AbCdEfGhIjKl/devices/${n}`;
const person = (n: number | string, name: string, extra: Partial<Participant> = {}): Participant => ({
  id: dev(n),
  idStable: true,
  name,
  role: 'participant',
  self: false,
  ...extra,
});
const TEACHER = 'Nguyễn Thị Lan';
const HOSTILE = '<img src=x onerror=alert(1)>';
const FIXTURE_ROSTER: Participant[] = [
  person(113, TEACHER, { role: 'host', self: true }),
  person(116, 'Trần Minh Anh'),
  person(120, 'Lê Hoàng Bảo'),
  person(124, HOSTILE),
  person(127, 'Phạm Thu Hà', { role: 'cohost' }),
  person(131, 'Đỗ Văn\u200bHùng\u202e'),
  person(135, capText('Vũ ' + 'Ạ'.repeat(300), NAME_MAX)),
];
const STUDENTS: [number, string][] = [
  [201, 'Nguyễn Văn An'],
  [202, 'Trần Thị Bình'],
  [203, 'Lê Văn Cường'],
  [204, 'Phạm Thị Dung'],
  [205, 'Hoàng Văn Em'],
  [206, 'Vũ Thị Giang'],
  [207, 'Đặng Văn Hải'],
  [208, 'Bùi Thị Hoa'],
  [209, 'Đỗ Văn Khánh'],
  [210, 'Ngô Thị Linh'],
];
const PEOPLE_OPEN: Coverage = {
  roster: 'full',
  rosterReason: null,
  chat: 'hidden',
  chatReason: 'panel-closed',
  presenter: 'readable',
  presenterReason: null,
};
/** With the People panel closed, the call's camera tiles are read: the fixture shows 6 of its 17 people. */
const TILES = { read: 6, of: 17 };
const ALL_CLOSED: Coverage = { ...PEOPLE_OPEN, roster: 'hidden', rosterReason: 'panel-closed', stage: TILES };
const CHAT_OPEN: Coverage = { ...ALL_CLOSED, chat: 'visible', chatReason: null };
/** Back on the People panel: the chat container persists (hidden) and keeps receiving messages. */
const PEOPLE_AFTER_CHAT: Coverage = { ...PEOPLE_OPEN, chat: 'visible', chatReason: null };
const SELF = '\u0000self';
/** [sender, text]; SELF marks the teacher's own messages. Follow-on runs test the carried sender. */
const CHAT: [string, string][] = [
  [SELF, 'Chào các em, hôm nay học bài 5'],
  ['Nguyễn Văn An', 'Em chào cô ạ'],
  ['Nguyễn Văn An', 'Em nghe rõ ạ'],
  ['Trần Thị Bình', 'Cô ơi em bị mất tiếng'],
  [SELF, 'Bình thử vào lại nhé'],
  ['Hoàng Văn Em', 'Em đang chia sẻ màn hình ạ'],
  ['Cường 10A1', 'Em xin phép ra ngoài 5 phút'],
  [HOSTILE, "<script>alert('x')</script>"],
  [HOSTILE, 'vào link này nhận quà https://bit.ly/qua-tang'],
  ['Phạm Thị Dung', 'Dạ vâng'],
  ['Phạm Thị Dung', 'Em hiểu rồi ạ'],
  ['Phạm Thị Dung', 'Cảm ơn cô'],
  ['Vũ Thị Giang', 'Cô ơi slide số mấy ạ'],
  [SELF, 'Slide 12 nhé'],
  ['Đặng Văn Hải', '\u202egnahT\u202c'],
  ['Bùi Thị Hoa', 'x'.repeat(5000)],
  ['Đỗ Văn Khánh', 'Em nộp bài rồi ạ'],
  ['Ngô Thị Linh', 'Dạ'],
  ['Lê Hoàng Bảo', 'Em có câu hỏi'],
  [SELF, 'Các em làm bài tập 3'],
];

interface Step {
  /** Milliseconds after the previous step. */
  after: number;
  op?: keyof MeetScenario;
  args?: unknown[];
  expect: Observation[];
}

let mp: MeetPage;
beforeAll(async () => {
  mp = await openMeetPage();
});
afterAll(async () => {
  await mp?.close();
});

describe.each(LANGS)('a scripted class on Meet (%s UI)', (lang) => {
  const timeShape = lang === 'en' ? /^\d{1,2}:\d{2} [AP]M$/ : /^\d{1,2}:\d{2}$/;
  const chatObs = ([sender, text]: [string, string]): Observation => {
    const self = sender === SELF;
    return {
      kind: 'chat.message',
      message: {
        id: expect.stringMatching(/^\d+$/) as unknown as string,
        senderId: self ? dev(113) : null,
        senderName: self ? TEACHER : sender,
        self,
        text: capText(text, CHAT_MAX),
        time: expect.stringMatching(timeShape) as unknown as string,
        privateTo: null,
      },
    };
  };
  const sharer: Presenter = { participantId: dev(205), name: 'Hoàng Văn Em', self: false };

  it('yields exactly the expected observations, and no leave when the People panel closes', async () => {
    await mp.open('in-call-people', lang, { scenario: true, tracker: true });
    const steps: Step[] = [
      {
        after: 0,
        expect: [
          {
            kind: 'meeting.state',
            state: 'in-call',
            meeting: { platform: 'meet', code: 'abc-defg-hij', title: 'Lớp 10A1 - Toán', url: MEET_URL },
          },
          { kind: 'coverage.changed', coverage: PEOPLE_OPEN, previous: null },
          ...FIXTURE_ROSTER.map((p): Observation => ({ kind: 'participant.joined', participant: p })),
          { kind: 'waiting.joined', participant: person(140, 'Khách Lạ 99') },
        ],
      },
      ...STUDENTS.map(([n, name]): Step => ({
        after: 1000,
        op: 'join',
        args: [name, String(n)],
        expect: [{ kind: 'participant.joined', participant: person(n, name) }],
      })),
      {
        after: 1000,
        op: 'rename',
        args: ['203', 'Cường 10A1'],
        expect: [{ kind: 'participant.renamed', participant: person(203, 'Cường 10A1'), from: 'Lê Văn Cường' }],
      },
      {
        after: 1000,
        op: 'knock',
        args: ['Người Lạ', '299'],
        expect: [{ kind: 'waiting.joined', participant: person(299, 'Người Lạ') }],
      },
      // Denied: gone from the waiting list, confirmed on a second full look 20 s later.
      { after: 1000, op: 'deny', args: ['140'], expect: [] },
      { after: 21_000, expect: [{ kind: 'waiting.left', participant: person(140, 'Khách Lạ 99') }] },
      { after: 1000, op: 'share', args: ['205'], expect: [{ kind: 'share.started', presenter: sharer }] },
      // Mid-class the teacher closes the People panel: a coverage change, and nobody leaves.
      {
        after: 1000,
        op: 'closePeople',
        expect: [{ kind: 'coverage.changed', coverage: ALL_CLOSED, previous: PEOPLE_OPEN }],
      },
      { after: 30_000, expect: [] },
      { after: 30_000, expect: [] },
      // Opening the chat (one side panel at a time).
      {
        after: 1000,
        op: 'openChat',
        expect: [{ kind: 'coverage.changed', coverage: CHAT_OPEN, previous: ALL_CLOSED }],
      },
      ...CHAT.map(([sender, text]): Step => ({
        after: 500,
        op: 'post',
        args: [sender === SELF ? TEACHER : sender, text, { self: sender === SELF }],
        expect: [chatObs([sender, text])],
      })),
      {
        after: 1000,
        op: 'stopShare',
        expect: [
          { kind: 'share.stopped', presenter: sharer, durationMs: 1000 + 30_000 + 30_000 + 1000 + 20 * 500 + 1000 },
        ],
      },
      // Back to People: everyone is already known, so no joins; chat keeps flowing into the hidden container.
      {
        after: 1000,
        op: 'openPeople',
        expect: [{ kind: 'coverage.changed', coverage: PEOPLE_AFTER_CHAT, previous: CHAT_OPEN }],
      },
      {
        after: 500,
        op: 'post',
        args: ['Ngô Thị Linh', 'Tạm biệt cô'],
        expect: [chatObs(['Ngô Thị Linh', 'Tạm biệt cô'])],
      },
      // A real leave is still reported, once confirmed.
      { after: 1000, op: 'leave', args: ['207'], expect: [] },
      { after: 21_000, expect: [{ kind: 'participant.left', participant: person(207, 'Đặng Văn Hải') }] },
    ];
    let now = 1_764_330_000_000;
    const all: Observation[] = [];
    for (const [i, s] of steps.entries()) {
      now += s.after;
      const got = await mp.step(now, s.op, ...(s.args ?? []));
      expect(got, `step ${i}: ${s.op ?? 'look'} ${JSON.stringify(s.args ?? [])}`).toEqual(s.expect);
      all.push(...got);
    }
    const ids = all.flatMap((o) => (o.kind === 'chat.message' ? [o.message.id] : []));
    expect(new Set(ids).size).toBe(CHAT.length + 1);
    expect(all.filter((o) => o.kind === 'participant.left')).toHaveLength(1);
  });

  it('names built to fool the adapter stay ordinary people', async () => {
    await mp.open('in-call-people', lang, { scenario: true, tracker: true });
    const you = lang === 'en' ? 'You' : 'Bạn';
    const pres = lang === 'en' ? '(Presentation)' : '(Bản trình bày)';
    await mp.step(1);
    // A stranger named like a share row, one named like the "(You)" marker, one named "You".
    expect(await mp.step(2, 'join', `Trần Minh Anh ${pres}`, '301')).toEqual([
      { kind: 'participant.joined', participant: person(301, `Trần Minh Anh ${pres}`) },
    ]);
    expect(await mp.step(3, 'join', `${TEACHER} (${you})`, '302')).toEqual([
      { kind: 'participant.joined', participant: person(302, `${TEACHER} (${you})`) },
    ]);
    expect(await mp.step(4, 'join', you, '303')).toEqual([
      { kind: 'participant.joined', participant: person(303, you) },
    ]);
    // The chat replaces the People panel; what was seen there still counts.
    await mp.step(5, 'openChat');
    const [posted] = await mp.step(6, 'post', you, 'Tôi là cô giáo');
    expect(posted).toMatchObject({ kind: 'chat.message', message: { self: false, senderId: null, senderName: you } });
    await mp.step(7, 'openPeople');
    const snap = await mp.snapshot();
    expect(snap.presenters).toEqual([]);
    expect(snap.participants.filter((p) => p.self).map((p) => p.id)).toEqual([dev(113)]);
  });

  it('a People list showing far fewer rows than the client counts is partial, and nobody leaves', async () => {
    await mp.open('in-call-people', lang, { scenario: true, tracker: true });
    for (const [n, name] of STUDENTS)
      await mp.page.evaluate((name, id) => window.meetScenario.join(name, id), name, String(n));
    const start = await mp.step(0);
    expect(start.filter((o) => o.kind === 'participant.joined')).toHaveLength(FIXTURE_ROSTER.length + STUDENTS.length);
    // Rows unrendered while the panel stays open (as a collapsed section would): 17 counted, 2 listed.
    await mp.page.evaluate(() => {
      for (const row of [...document.querySelectorAll('[role="listitem"][jscontroller="ZHOeze"]')].slice(2))
        row.remove();
    });
    const partial: Coverage = { ...PEOPLE_OPEN, roster: 'partial', rosterReason: 'panel-closed' };
    expect(await mp.step(1000)).toEqual([{ kind: 'coverage.changed', coverage: partial, previous: PEOPLE_OPEN }]);
    expect(await mp.step(31_000)).toEqual([]);
    expect(await mp.step(61_000)).toEqual([]);
  });
});
