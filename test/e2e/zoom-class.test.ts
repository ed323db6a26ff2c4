/**
 * Issues 3 and 4 on Zoom as the teacher sees them: the built extension in real Chromium, a class
 * driven through the fixture's page-world scenario (test/fixtures/zoom/scenario.js), and the event log
 * read back from IndexedDB — observations, findings, chain. English and Vietnamese UI; the app
 * shell's #webclient iframe and the direct client.
 */
import { SELF_ID } from '../../src/platforms/zoom/adapter';
import { capText } from '../../src/common/text-cap';
import type { Frame, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage, Coverage, Finding, Participant, Presenter } from '../../src/common/model';
import type { StoredEvent } from '../../src/common/protocol';
import { fixture } from '../support/browser';
import {
  MAX_CHAT,
  MAX_NAME,
  MeetingLog,
  advanceContentClock,
  countDeep,
  findingsOf,
  watchDialogs,
  type Obs,
  HOSTILE as HOSTILE_INPUT,
} from './class-helpers';
import { useExtension } from './extension';

const LANGS = ['en', 'vi'] as const;
type Lang = (typeof LANGS)[number];

const ORIGIN = 'https://app.zoom.us';
const SCENARIO = fixture('zoom/scenario.js');
/** The fixture shell's iframe points at this meeting; each test serves its own id instead. */
const SHELL_MEETING = '81234567890';
const joinUrl = (code: string) => `${ORIGIN}/wc/${code}/join`;

const TEACHER = 'Nguyễn Thị Lan';
const TEACHER_ID = 16778240;
const TITLE = 'Lớp 10A1 - Toán';
const userId = (i: number) => 16779264 + 1024 * i;

/** Each test its own meeting, so sessions never mix. */
const CODES = {
  class: { en: '81000000301', vi: '81000000302' },
  guard: { en: '81000000401', vi: '81000000402' },
  hostile: { en: '81000000501', vi: '81000000502' },
  phone: '81000000601',
} as const;

/** The class of the guard tests (issue 4): its teacher and roster. */
const ROSTER = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];

const ext = useExtension({ keepMeetings: true });
beforeAll(async () => {
  // Read when a meeting opens its session: set before any meeting page loads.
  await ext.setSettings({
    classes: [
      {
        id: 'zoom-10a1',
        name: TITLE,
        meetings: [CODES.guard.en, `https://app.zoom.us/wc/${CODES.guard.vi}/join`, CODES.phone],
        teachers: [TEACHER],
        roster: ROSTER.map((name) => ({ name })),
      },
    ],
  });
});

/** A Zoom meeting page with the scenario driver in the frame that holds the client. */
interface ZoomClass {
  page: Page;
  client: Frame;
  log: MeetingLog;
  run(method: string, ...args: unknown[]): Promise<void>;
}

async function openClass(code: string, lang: Lang, shell: boolean): Promise<ZoomClass> {
  const client = fixture(`zoom/class.${lang}.html`);
  const page = shell
    ? await ext.openMeeting(`${ORIGIN}/wc/${code}/start`, {
        [`${ORIGIN}/wc/${code}/start`]: fixture(`zoom/shell.${lang}.html`).replace(
          `/wc/${SHELL_MEETING}/join`,
          `/wc/${code}/join`,
        ),
        [joinUrl(code)]: client,
      })
    : await ext.openMeeting(joinUrl(code), { [joinUrl(code)]: client });
  const frame = shell ? page.frames().find((f) => f.url() === joinUrl(code)) : page.mainFrame();
  if (!frame) throw new Error('the #webclient iframe did not load');
  await frame.addScriptTag({ content: SCENARIO });
  const log = await MeetingLog.open(ext, code);
  return {
    page,
    client: frame,
    log,
    async run(method, ...args) {
      await frame.evaluate(
        (m, a) => {
          (window as unknown as { zoomScenario: Record<string, (...x: unknown[]) => void> }).zoomScenario[m]!(...a);
        },
        method,
        args,
      );
    },
  };
}

// Our own row's id is 'self' (SELF_ID): name ids of other rows never collide with it.
const person = (
  name: string,
  role: Participant['role'] = 'participant',
  self = false,
  id = self ? SELF_ID : `name:${name}`,
): Participant => ({
  id,
  idStable: false,
  name,
  role,
  self,
});
const joined = (p: Participant): Obs => ({ type: 'participant.joined', payload: { participant: p } });
const left = (p: Participant): Obs => ({ type: 'participant.left', payload: { participant: p } });
const coverage = (now: Coverage, previous: Coverage | null): Obs => ({
  type: 'coverage.changed',
  payload: { coverage: now, previous },
});
const cov = (
  roster: Coverage['roster'],
  rosterReason: Coverage['rosterReason'],
  chat: Coverage['chat'] = 'visible',
): Coverage => ({
  roster,
  rosterReason,
  chat,
  chatReason: chat === 'visible' ? null : 'panel-closed',
  presenter: 'readable',
  presenterReason: null,
});
const FULL = cov('full', null);
const PARTIAL = cov('partial', 'virtualized');
const CLOSED = cov('hidden', 'panel-closed');

/** The start of every class: in call, what can be seen, the teacher (self, host). */
async function expectStart(c: ZoomClass, code: string, frame: 'top' | 'iframe'): Promise<void> {
  const meeting = { platform: 'zoom', code, title: TITLE, url: joinUrl(code) };
  await c.log.expectNext(
    [
      { type: 'meeting.state', payload: { state: 'in-call', meeting } },
      coverage(FULL, null),
      joined(person(TEACHER, 'host', true)),
    ],
    'the class starts',
  );
  const events = await c.log.events();
  expect(events[0]).toMatchObject({ seq: 0, type: 'session.started', payload: { meeting } });
  expect(events.filter((e) => e.type === 'content.attached').map((e) => e.payload)).toEqual([
    { reason: 'loaded', frame, url: joinUrl(code) },
  ]);
}

describe('issue 3: a scripted class yields exactly the expected observations in the log', () => {
  const STUDENTS = [
    'Trần Minh An',
    'Lê Hoàng Bảo',
    'Phạm Gia Huy',
    'Đỗ Khánh Linh',
    'Vũ Thu Trang',
    'Ngô Đức Mạnh',
    'Bùi Thanh Tâm',
    'Hồ Ngọc Hân',
    'Đặng Quốc Việt',
    'Phan Mai Chi',
  ];
  const STRANGER = 'Khách lạ';
  const SELF = -1;
  /** [sender (student index or SELF), text, private to]; runs of one sender test the carried-forward sender. */
  const POSTS: [number, string, string?][] = [
    [SELF, 'Chào cả lớp'],
    [SELF, 'Hôm nay học bài 5'],
    [0, 'Chào cô ạ'],
    [0, 'Em có mặt'],
    [0, 'Cô ơi em hỏi bài'],
    [1, 'Em chào cô'],
    [5, 'Em có mặt ạ'],
    [5, 'Cô ơi em chia sẻ màn hình được không?'],
    [3, 'Cô ơi em bị mất mạng lúc nãy', TEACHER],
    [3, 'em xin lỗi', TEACHER],
    [3, 'Bạn nào cho mình xin bài với'],
    [SELF, 'Các em trật tự'],
    [SELF, 'An ở lại sau giờ nhé', STUDENTS[0]],
    [6, 'ok'],
    [7, 'ok ạ'],
    [8, 'vâng'],
    [9, 'em hiểu rồi'],
    [9, 'em cảm ơn cô'],
    [4, 'Chào cô, em về ạ'],
    [SELF, 'Hết giờ'],
  ];

  /** What the log must hold for post k: the sender (and recipient) carried forward from the run's first row. */
  function message(k: number): Obs {
    const [who, text, to] = POSTS[k]!;
    const prev = POSTS[k - 1];
    const runStart = !prev || prev[0] !== who || prev[2] !== to;
    return {
      type: 'chat.message',
      payload: {
        message: {
          id: `3-5A1C0DE0-0000-4000-8000-${String(k + 1).padStart(12, '0')}`,
          senderId: String(who === SELF ? TEACHER_ID : userId(who)),
          senderName: who === SELF ? TEACHER : STUDENTS[who]!,
          self: who === SELF,
          text,
          // Zoom prints the time on a run's first message only.
          time: runStart ? `10:${String(k + 1).padStart(2, '0')} AM` : null,
          privateTo: to ?? null,
        },
      },
    };
  }

  for (const lang of LANGS) {
    it(`10 join, one renames, a stranger waits, a student shares, 20 messages, in the app shell (${lang})`, async () => {
      const code = CODES.class[lang];
      const c = await openClass(code, lang, true);
      await expectStart(c, code, 'iframe');
      // The shell's top frame is not the meeting: only the iframe writes to the log.
      expect(ext.contentFrames(c.page)).toHaveLength(2);

      for (let i = 0; i < 7; i++) {
        await c.run('join', STUDENTS[i], userId(i));
        await c.log.expectNext([joined(person(STUDENTS[i]!))], `${STUDENTS[i]} joins`);
      }
      // Nine people, eight rows fit: the list virtualizes, the eighth student is not rendered.
      await c.run('join', STUDENTS[7], userId(7));
      await c.log.expectNext([coverage(PARTIAL, FULL)], 'the list virtualizes');
      await c.run('join', STUDENTS[8], userId(8));
      await c.run('join', STUDENTS[9], userId(9));
      // Scrolling shows the last three and hides the first three: joins, never leaves.
      await c.run('scrollRoster', 3 * 32);
      await c.log.expectNext(
        STUDENTS.slice(7).map((n) => joined(person(n))),
        'scrolled to the end',
      );
      await c.run('scrollRoster', 0);
      // Zoom rows carry no user id (docs/adapters/zoom.md): a rename is a new name-derived id, a join.
      // The old name is never confirmed gone while the list is partial, so no leave either.
      await c.run('rename', STUDENTS[2], 'Huy 10A1');
      await c.log.expectNext([joined(person('Huy 10A1'))], 'a rename');
      // Long after (as far as the content script's clock knows), the rows scrolled away and the old
      // name are still not gone: each step below is read in a partial or hidden list after the clock moved.
      await advanceContentClock(ext, c.page, 30_000);
      await c.run('waitingJoin', STRANGER);
      await c.log.expectNext(
        [{ type: 'waiting.joined', payload: { participant: person(STRANGER) } }],
        'a stranger waits',
      );
      // Admitted as the 12th row, below the visible eight: seen once scrolled to.
      await c.run('admit', STRANGER, userId(20));
      await c.run('scrollRoster', 4 * 32);
      await c.log.expectNext(
        [{ type: 'waiting.admitted', payload: { participant: person(STRANGER) } }, joined(person(STRANGER))],
        'the stranger admitted',
      );
      await c.run('scrollRoster', 0);
      await advanceContentClock(ext, c.page, 30_000);
      await c.run('closeParticipants');
      // Closed, the gallery's tiles (four, one of them the teacher's own) are what is read.
      const tiles = { ...CLOSED, stage: { read: 3, of: expect.any(Number) as number } };
      await c.log.expectNext([coverage(tiles, PARTIAL)], 'the Participants panel closes');
      await advanceContentClock(ext, c.page, 30_000);
      await c.run('openParticipants');
      await c.log.expectNext([coverage(PARTIAL, tiles)], 'the Participants panel opens again');

      for (let k = 0; k < POSTS.length; k++) {
        const [who, text, to] = POSTS[k]!;
        await c.run('post', who === SELF ? TEACHER : STUDENTS[who], text, to ? { to } : {});
        await c.log.expectNext([message(k)], `message ${k + 1}`);
      }

      // Mạnh has no camera tile on screen: named through his chat sender id.
      const presenter: Presenter = { participantId: `name:${STUDENTS[5]}`, name: STUDENTS[5]!, self: false };
      await c.run('share', STUDENTS[5]);
      await c.log.expectNext([{ type: 'share.started', payload: { presenter } }], 'a student shares');
      await c.run('stopShare');
      const [stopped] = await c.log.expectNext(
        [{ type: 'share.stopped', payload: { presenter, durationMs: expect.any(Number) as number } }],
        'the share stops',
      );
      expect(stopped!.payload['durationMs']).toBeGreaterThan(0);
      // Closing the chat is the last step: everything before it has been flushed by then.
      await c.run('closeChat');
      await c.log.expectNext([coverage(cov('partial', 'virtualized', 'hidden'), PARTIAL)], 'the chat closes');
      await c.log.expectNothingMore('nothing else was observed');

      const events = await c.log.expectIntact();
      expect(events.filter((e) => e.type === 'participant.left' || e.type === 'waiting.left')).toEqual([]);
      expect(events.filter((e) => e.type === 'chat.message')).toHaveLength(20);
      await c.page.close();
    });
  }
});

/** The findings of a log as [rule id, category, subject name], in log order. */
const brief = (events: StoredEvent[]) =>
  findingsOf(events).map(({ finding: f }) => [f.ruleId, f.category, f.subject.name ?? null]);

describe('issue 4: the guard flags strangers, impostors, duplicates, renames, raids and shares in the log', () => {
  const [, , CUONG, DUNG] = ROSTER as [string, string, string, string];
  /** Roster members as they type their names: no diacritics, reversed order, a "(Guest)" suffix, exact. */
  const VARIANTS = ['Nguyen Van An', 'Bình Thị Trần', `${CUONG} (Guest)`, DUNG];
  const STRANGER = 'Khách lạ';
  /** The teacher's name with Cyrillic у (U+0443) and а (U+0430). */
  const LOOKALIKE = 'Nguуễn Thị Lаn';
  const RAIDERS = [
    'Jack Wilson',
    'Maria Garcia',
    'Ivan Petrov',
    'Oliver Stone',
    'Ahmed Karim',
    'Lucas Silva',
    'Emma Brown',
    'Yuki Tanaka',
  ];

  for (const lang of LANGS) {
    it(`with a class roster and its teacher, on the direct client (${lang})`, async () => {
      const code = CODES.guard[lang];
      const c = await openClass(code, lang, false);
      await expectStart(c, code, 'top');
      // Keep the newest rows on screen, as a host watching arrivals would.
      await c.run('scrollRoster', 1_000_000);

      // Roster members with spelling variants: joins, no finding (checked on the whole log below).
      const variantJoins: StoredEvent[] = [];
      for (let i = 0; i < VARIANTS.length; i++) {
        await c.run('join', VARIANTS[i], userId(i));
        variantJoins.push(...(await c.log.expectNext([joined(person(VARIANTS[i]!))], `${VARIANTS[i]} joins`)));
      }

      // A stranger in the waiting room is flagged while still waiting, before anyone clicks "Admit".
      await c.run('waitingJoin', STRANGER);
      const [waiting] = await c.log.expectNext(
        [{ type: 'waiting.joined', payload: { participant: person(STRANGER) } }],
        'a stranger waits',
      );
      const beforeAdmit = await c.log.waitFor(
        (ev) => findingsOf(ev).some((f) => f.observation.id === waiting!.id),
        'the waiting stranger flagged',
      );
      expect(
        findingsOf(beforeAdmit)
          .filter((f) => f.observation.id === waiting!.id)
          .map((f) => f.finding),
      ).toEqual([
        expect.objectContaining({
          ruleId: 'participant.unknown.waiting',
          category: 'unknown-participant',
          subject: { participantId: `name:${STRANGER}`, name: STRANGER },
        }),
      ]);
      await c.run('admit', STRANGER, userId(20));
      const [, admittedJoin] = await c.log.expectNext(
        [{ type: 'waiting.admitted', payload: { participant: person(STRANGER) } }, joined(person(STRANGER))],
        'the stranger admitted',
      );

      // A look-alike of the teacher's name.
      await c.run('join', LOOKALIKE, userId(21));
      const [lookalike] = await c.log.expectNext([joined(person(LOOKALIKE))], 'a look-alike of the teacher joins');
      // A second Phạm Thị Dung while she is in the call: Zoom tells the two rows apart by their order.
      await c.run('join', DUNG, userId(22));
      const [duplicate] = await c.log.expectNext(
        [joined(person(DUNG, 'participant', false, `name:${DUNG}#2`))],
        'a duplicate joins',
      );
      // A rename to the teacher's name. Zoom rows have no user id (docs/adapters/zoom.md): the log gets
      // the new name as a join (a second row named like the teacher), so the guard reports the copy of
      // the teacher as impersonation, not as a rename; the old name leaves once confirmed (below).
      await c.run('rename', VARIANTS[1], TEACHER);
      const [renamed] = await c.log.expectNext(
        [joined(person(TEACHER, 'participant', false, `name:${TEACHER}`))],
        'a student renames',
      );

      // A roster student shares without permission (the class does not let students present).
      const presenter: Presenter = { participantId: `name:${VARIANTS[0]}`, name: VARIANTS[0]!, self: false };
      await c.run('share', VARIANTS[0]);
      const [share] = await c.log.expectNext([{ type: 'share.started', payload: { presenter } }], 'a student shares');
      await c.run('stopShare');
      await c.log.expectNext(
        [{ type: 'share.stopped', payload: { presenter, durationMs: expect.any(Number) as number } }],
        'the share stops',
      );

      // The teacher removes the impostors; with every row on screen their absence is confirmed 20 s later.
      await c.run('remove', userId(21));
      await c.run('remove', userId(22));
      await c.run('remove', userId(1));
      await c.run('post', TEACHER, 'Các em trật tự');
      await c.log.expectNext(
        [expect.objectContaining({ type: 'chat.message' }) as Obs],
        'a message after the removals',
      );
      await advanceContentClock(ext, c.page, 21_000);
      await c.run('post', TEACHER, 'Tiếp tục bài học');
      await c.log.expectNext(
        [
          left(person(VARIANTS[1]!)),
          left(person(LOOKALIKE)),
          left(person(DUNG, 'participant', false, `name:${DUNG}#2`)),
          left(person(TEACHER, 'participant', false, `name:${TEACHER}`)),
          expect.objectContaining({ type: 'chat.message' }) as Obs,
        ],
        'the removed have left',
      );

      // A raid: 8 strangers within 10 s (the window since the last stranger has long passed).
      const raidJoins: StoredEvent[] = [];
      for (let i = 0; i < RAIDERS.length; i++) {
        await c.run('join', RAIDERS[i], userId(30 + i));
        // Ten rows do not fit: the list virtualizes with the fourth raider.
        const want = [joined(person(RAIDERS[i]!))];
        if (i === 3) want.unshift(coverage(PARTIAL, FULL));
        const got = await c.log.expectNext(want, `raider ${i + 1} joins`);
        raidJoins.push(got[got.length - 1]!);
      }
      await c.run('post', TEACHER, 'Ai vậy?');
      await c.log.expectNext([expect.objectContaining({ type: 'chat.message' }) as Obs], 'the last step flushed');
      await c.log.expectNothingMore('nothing else was observed');

      const events = await c.log.expectIntact();
      const findings = findingsOf(events);
      const on = (e: StoredEvent | undefined) =>
        findings.filter((f) => f.observation.id === e?.id).map((f) => f.finding);

      // Roster members with spelling variants are not flagged; neither is the teacher.
      for (const e of variantJoins) expect(on(e), (e.payload['participant'] as Participant).name).toEqual([]);
      // Flagged while waiting, and not again when admitted.
      expect(on(admittedJoin)).toEqual([]);
      expect(findings.filter((f) => f.finding.subject.name === STRANGER).map((f) => f.finding.ruleId)).toEqual([
        'participant.unknown.waiting',
      ]);

      expect(on(lookalike)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            ruleId: 'participant.impersonation.teacher',
            category: 'impersonation',
            evidence: expect.objectContaining({ matched: TEACHER, text: LOOKALIKE }),
          }),
        ]),
      );
      expect(on(duplicate)).toEqual([
        expect.objectContaining({
          ruleId: 'participant.duplicate',
          category: 'duplicate',
          evidence: expect.objectContaining({ names: [DUNG, DUNG] }),
        }),
      ]);
      expect(on(renamed)).toEqual([
        expect.objectContaining({
          ruleId: 'participant.impersonation.teacher',
          category: 'impersonation',
          subject: { participantId: `name:${TEACHER}`, name: TEACHER },
        }),
      ]);
      expect(findings.filter((f) => f.finding.category === 'rename')).toEqual([]);
      expect(on(share)).toEqual([
        expect.objectContaining({
          ruleId: 'share.student',
          category: 'screen-share',
          subject: { participantId: presenter.participantId, name: VARIANTS[0] },
          evidence: expect.objectContaining({ names: [VARIANTS[0]] }),
        }),
      ]);

      // One raid, not eight: 4 alerts while nobody could know more would come, the raid naming the
      // five in the window, then review entries only.
      const raid = findings.filter((f) => f.finding.category === 'raid');
      expect(raid).toHaveLength(1);
      expect(raid[0]!.finding).toMatchObject({
        ruleId: 'participant.raid',
        severity: 3,
        tier: 'alert',
        evidence: { names: RAIDERS.slice(0, 5) },
      });
      expect(raid[0]!.observation.id).toBe(raidJoins[4]!.id);
      expect(raidJoins.map((e) => on(e).map((f) => f.ruleId))).toEqual([
        ...Array(4).fill(['participant.unknown']),
        ['participant.raid'],
        ...Array(3).fill(['participant.unknown.raid-member']),
      ]);
      // Everything the guard said, in order: nothing unexpected on top.
      expect(brief(events)).toEqual([
        ['participant.unknown.waiting', 'unknown-participant', STRANGER],
        ['participant.name.confusable', 'suspicious-name', LOOKALIKE],
        ['participant.impersonation.teacher', 'impersonation', LOOKALIKE],
        ['participant.duplicate', 'duplicate', DUNG],
        ['participant.impersonation.teacher', 'impersonation', TEACHER],
        ['share.student', 'screen-share', VARIANTS[0]],
        ...RAIDERS.slice(0, 4).map((n) => ['participant.unknown', 'unknown-participant', n]),
        ['participant.raid', 'raid', RAIDERS[4]],
        ...RAIDERS.slice(5).map((n) => ['participant.unknown.raid-member', 'unknown-participant', n]),
      ]);
      await c.page.close();
    });
  }
});

describe('hostile names and chat through the whole pipeline', () => {
  const { name: HOSTILE, longName: LONG_NAME, flood: FLOOD } = HOSTILE_INPUT;

  for (const lang of LANGS) {
    it(`markup in a name stays text, a 100 KB bidi message is capped, nothing runs (${lang})`, async () => {
      const code = CODES.hostile[lang];
      const c = await openClass(code, lang, false);
      const dialogs = watchDialogs(c.page);
      await expectStart(c, code, 'top');

      await c.run('join', HOSTILE, userId(0));
      await c.log.expectNext([joined(person(HOSTILE))], 'a participant named with markup');
      await c.run('join', LONG_NAME, userId(1));
      const [long] = await c.log.expectNext(
        [expect.objectContaining({ type: 'participant.joined' }) as Obs],
        'a 1,000-character name',
      );
      await c.run('post', HOSTILE, FLOOD);
      const [flood] = await c.log.expectNext([expect.objectContaining({ type: 'chat.message' }) as Obs], 'the flood');
      await c.run('post', TEACHER, 'Bạn nào vậy?');
      await c.log.expectNext([expect.objectContaining({ type: 'chat.message' }) as Obs], 'the chat goes on');

      const name = (long!.payload['participant'] as Participant).name;
      // Cut at the cap, visibly: the last character is "…".
      expect(name).toBe(capText(LONG_NAME, MAX_NAME));
      const msg = flood!.payload['message'] as { text: string; senderName: string };
      expect(msg.senderName).toBe(HOSTILE);
      expect(msg.text).toBe(capText(FLOOD, MAX_CHAT));

      const events = await c.log.expectIntact();
      for (const e of events) expect(JSON.stringify(e.payload).length, e.type).toBeLessThanOrEqual(64_000);
      // Findings name the participant as written, capped, as text.
      for (const { finding } of findingsOf(events)) expect(finding.subject.name?.length ?? 0).toBeLessThanOrEqual(200);
      // No element was made from a name or a message, in the page or in our overlay's shadow roots.
      expect(await countDeep(c.page, 'img[src="x"]')).toBe(0);
      expect(dialogs).toEqual([]);
      await c.page.close();
    });
  }
});

describe('a phone number in the chat of a class with a roster', () => {
  it('is worth a look from a student to everyone, an alert from a stranger or given privately to one', async () => {
    const c = await openClass(CODES.phone, 'vi', false);
    await expectStart(c, CODES.phone, 'top');
    const posts: [string, string, { to?: string }, Finding['tier']][] = [
      [ROSTER[0]!, 'Cô ơi số mẹ em là 0912 345 678 ạ', {}, 'review'],
      ['Khách 7', 'kết bạn zalo anh 0987 654 321 nhé', {}, 'alert'],
      [ROSTER[1]!, 'số tớ 0903 123 456 nhé', { to: 'Người Ngoài' }, 'alert'],
    ];
    for (const [i, who] of [ROSTER[0]!, 'Khách 7', ROSTER[1]!].entries()) {
      await c.run('join', who, userId(i));
      await c.log.expectNext([joined(person(who))], `${who} joins`);
    }
    for (const [who, text, opts] of posts) await c.run('post', who, text, opts);
    const phones = (ev: StoredEvent[]) => findingsOf(ev).filter((f) => f.finding.category === 'personal-info');
    const events = await c.log.waitFor((ev) => phones(ev).length >= posts.length, 'a finding for each number');
    const bySender = (name: string) =>
      events.find((e) => e.type === 'chat.message' && (e.payload['message'] as ChatMessage).senderName === name)!.id;
    for (const [who, , , tier] of posts)
      expect(phones(events).find((f) => f.observation.id === bySender(who))?.finding.tier, who).toBe(tier);
    await c.page.close();
  });
});
