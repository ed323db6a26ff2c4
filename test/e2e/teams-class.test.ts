/**
 * Issues 3 and 4 on Microsoft Teams as the teacher sees them: the built extension in real Chromium, a
 * class driven through the fixture's page-world model of the v2 client (test/fixtures/teams/scenario.js),
 * and the event log read back from IndexedDB — observations, findings, chain. English and Vietnamese UI.
 * Teams shows one side panel at a time: opening the chat unmounts the roster, which must be a coverage
 * change, never a wave of leaves.
 */
import type { Page } from 'puppeteer-core';
import { capText } from '../../src/common/text-cap';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Coverage, Participant, Presenter } from '../../src/common/model';
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

const SCENARIO = fixture('teams/scenario.js');
const thread = (tag: string) => `19:meeting_ZTJl${tag}@thread.v2`;
const meetingUrl = (code: string) => `https://teams.microsoft.com/v2/#/l/meetup-join/${encodeURIComponent(code)}/0`;

/** Each test its own meeting, so sessions never mix. */
const CODES = {
  class: { en: thread('Q2xhc3NFbg'), vi: thread('Q2xhc3NWaQ') },
  guard: { en: thread('R3VhcmRFbg'), vi: thread('R3VhcmRWaQ') },
  hostile: { en: thread('SG9zdGlsZUVu'), vi: thread('SG9zdGlsZVZp') },
} as const;

const TITLE: Record<Lang, string> = { en: 'Class 9A2 - Literature', vi: 'Lớp 9A2 - Ngữ văn' };
const YOU: Record<Lang, string> = { en: ' (You)', vi: ' (Bạn)' };
const GUEST: Record<Lang, string> = { en: ' (Guest)', vi: ' (Khách)' };
const TEACHER = 'Nguyễn Thị Lan';
const TEACHER_MRI = '8:orgid:3f2a6c1e-0b7d-4c55-9a10-5d8e2f4b7a01';
const mri = (i: number) => `8:orgid:5a1c2e3f-4b6d-4e8f-9a0b-${String(100 + i).padStart(12, '0')}`;

/** The class of the guard tests (issue 4): its teacher and roster. */
const ROSTER = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];

const ext = useExtension({ keepMeetings: true });
beforeAll(async () => {
  // Read when a meeting opens its session: set before any meeting page loads.
  await ext.setSettings({
    classes: [
      {
        id: 'teams-9a2',
        name: TITLE.vi,
        meetings: [CODES.guard.en, meetingUrl(CODES.guard.vi)],
        teachers: [TEACHER],
        roster: ROSTER.map((name) => ({ name })),
      },
    ],
  });
});

interface TeamsClass {
  page: Page;
  log: MeetingLog;
  run(method: string, ...args: unknown[]): Promise<unknown>;
}

/**
 * Opens the client at the meeting's URL with the call already on screen (the teacher organizes,
 * People panel open): the fixture's model renders it while the page loads, then the test drives it.
 */
async function openClass(code: string, lang: Lang, opts: Record<string, unknown> = {}): Promise<TeamsClass> {
  const state = {
    lang,
    title: TITLE[lang],
    self: { name: TEACHER, mri: TEACHER_MRI, organizer: true, signedIn: true },
    people: [{ name: TEACHER, mri: TEACHER_MRI, organizer: true, kind: 'member' }],
    panel: 'roster',
    stageSize: 4,
    ...opts,
  };
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Microsoft Teams</title></head><body>
<script>${SCENARIO}</script><script>window.teamsScenario.mount(${JSON.stringify(state).replace(/</g, '\\u003c')});</script></body></html>`;
  const page = await ext.openMeeting(meetingUrl(code), { 'https://teams.microsoft.com/': html });
  const run = (method: string, ...args: unknown[]) =>
    page.evaluate(
      (m, a) =>
        (window as unknown as { teamsScenario: Record<string, (...x: unknown[]) => unknown> }).teamsScenario[m]!(
          ...a,
        ) ?? null,
      method,
      args,
    );
  const log = await MeetingLog.open(ext, code);
  return { page, log, run };
}

const ROSTER_OPEN: Coverage = {
  roster: 'full',
  rosterReason: null,
  chat: 'hidden',
  chatReason: 'other-panel-open',
  presenter: 'readable',
  presenterReason: null,
};
/** With the chat open the stage's camera tiles are read: `read` of the `of` people the People badge counts. */
const chatOpen = (read: number, of: number): Coverage => ({
  ...ROSTER_OPEN,
  roster: 'hidden',
  rosterReason: 'other-panel-open',
  chat: 'visible',
  chatReason: null,
  stage: { read, of },
});
const VIRTUALIZED: Coverage = { ...ROSTER_OPEN, roster: 'partial', rosterReason: 'virtualized' };

const member = (i: number, name: string, role: Participant['role'] = 'participant'): Participant => ({
  id: mri(i),
  idStable: true,
  name,
  role,
  self: false,
});
const guest = (name: string, lang: Lang): Participant => ({
  id: `name:${name}${GUEST[lang]}`,
  idStable: false,
  name: `${name}${GUEST[lang]}`,
  role: 'guest',
  self: false,
});
const joined = (p: Participant): Obs => ({ type: 'participant.joined', payload: { participant: p } });
const coverage = (now: Coverage, previous: Coverage | null): Obs => ({
  type: 'coverage.changed',
  payload: { coverage: now, previous },
});
const waitingObs = (type: 'waiting.joined' | 'waiting.admitted' | 'waiting.left', p: Participant): Obs => ({
  type,
  payload: { participant: p },
});
const anyOf = (type: string) => expect.objectContaining({ type }) as Obs;

async function expectStart(c: TeamsClass, code: string, lang: Lang): Promise<void> {
  const meeting = { platform: 'teams', code, title: TITLE[lang], url: meetingUrl(code) };
  const teacher: Participant = {
    id: TEACHER_MRI,
    idStable: true,
    name: `${TEACHER}${YOU[lang]}`,
    role: 'host',
    self: true,
  };
  await c.log.expectNext(
    [{ type: 'meeting.state', payload: { state: 'in-call', meeting } }, coverage(ROSTER_OPEN, null), joined(teacher)],
    'the class starts',
  );
  const events = await c.log.events();
  expect(events[0]).toMatchObject({ seq: 0, type: 'session.started', payload: { meeting } });
  expect(events.filter((e) => e.type === 'content.attached').map((e) => e.payload)).toEqual([
    { reason: 'loaded', frame: 'top', url: 'https://teams.microsoft.com/v2/' },
  ]);
}

describe('issue 3: a scripted class yields exactly the expected observations in the log', () => {
  const STUDENTS = [
    'Nguyễn Văn An',
    'Trần Thị Bình',
    'Lê Văn Cường',
    'Phạm Thị Dung',
    'Hoàng Văn Em',
    'Vũ Thị Giang',
    'Đặng Văn Hải',
    'Bùi Thị Hoa',
    'Đỗ Văn Khánh',
    'Ngô Thị Linh',
  ];
  const RENAMED = 'Cường đẹp trai';
  const SELF = -1;
  /** [student index or SELF, text]: runs of one sender test the carried-forward author. */
  const CHAT: [number, string][] = [
    [SELF, 'Chào các em, hôm nay học bài 5'],
    [0, 'Em chào cô ạ'],
    [0, 'Em nghe rõ ạ'],
    [1, 'Dạ em chào cô'],
    [2, 'Cô ơi cho em hỏi'],
    [2, 'bài 5 trang mấy ạ'],
    [2, 'em quên sách'],
    [2, 'em mượn bạn rồi ạ'],
    [SELF, 'Trang 42 nhé'],
    [3, 'dạ'],
    [4, 'em đang chia sẻ màn hình ạ'],
    [5, 'Good morning, teacher'],
    [5, 'I am here'],
    [6, 'ok'],
    [7, 'ok ạ'],
    [7, 'em xong rồi'],
    [8, 'em cũng xong'],
    [9, 'cô ơi'],
    [9, 'em có câu hỏi về bài 4'],
    [SELF, 'Em hỏi đi'],
  ];

  for (const lang of LANGS) {
    it(`10 join, one renames, a stranger waits in the lobby, a student shares, 20 messages (${lang})`, async () => {
      const code = CODES.class[lang];
      // A two-message chat viewport: a run's first message scrolls out while the run goes on.
      const c = await openClass(code, lang, { chatSize: 2 });
      await expectStart(c, code, lang);

      for (let i = 0; i < STUDENTS.length; i++) {
        await c.run('join', STUDENTS[i], mri(i));
        await c.log.expectNext([joined(member(i, STUDENTS[i]!))], `${STUDENTS[i]} joins`);
      }
      // Teams keeps the person's id (MRI) across a rename.
      await c.run('rename', mri(2), RENAMED);
      await c.log.expectNext(
        [{ type: 'participant.renamed', payload: { participant: member(2, RENAMED), from: STUDENTS[2] } }],
        'a rename',
      );
      // The organizer's lobby section is modelled (docs/adapters/teams.md: no public capture).
      const stranger = guest('Người lạ', lang);
      await c.run('lobbyJoin', 'Người lạ');
      await c.log.expectNext([waitingObs('waiting.joined', stranger)], 'a stranger waits in the lobby');
      const presenter: Presenter = { participantId: mri(4), name: STUDENTS[4]!, self: false };
      await c.run('share', mri(4));
      await c.log.expectNext([{ type: 'share.started', payload: { presenter } }], 'a student shares');

      // The chat replaces the roster: a coverage change, and no leaves however long it stays open.
      await c.run('openChat');
      // The stage's four camera tiles of the eleven in the call.
      await c.log.expectNext([coverage(chatOpen(4, 11), ROSTER_OPEN)], 'the chat opens');
      await advanceContentClock(ext, c.page, 60_000);

      const nameOf = (i: number) => (i === SELF ? TEACHER : i === 2 ? RENAMED : STUDENTS[i]!);
      for (const [who, text] of CHAT) {
        const mid = (await c.run('post', nameOf(who), text, { self: who === SELF })) as string;
        const message = {
          id: mid,
          senderId: who === SELF ? TEACHER_MRI : mri(who),
          senderName: nameOf(who),
          self: who === SELF,
          text,
          time: new Date(Number(mid)).toISOString(),
          privateTo: null, // Teams private chats are separate threads, never part of the meeting chat
        };
        await c.log.expectNext([{ type: 'chat.message', payload: { message } }], `${nameOf(who)}: ${text}`);
      }

      await c.run('stopShare');
      const [stopped] = await c.log.expectNext(
        [{ type: 'share.stopped', payload: { presenter, durationMs: expect.any(Number) as number } }],
        'the share stops',
      );
      expect(stopped!.payload['durationMs']).toBeGreaterThanOrEqual(60_000);
      // Denied while the roster cannot be seen: nothing to report until the lobby is visible again.
      await c.run('deny', 'Người lạ');
      await c.run('openRoster');
      await c.log.expectNext([coverage(ROSTER_OPEN, chatOpen(4, 11))], 'back on the People panel');
      // Nobody rejoined; the stranger's absence is confirmed after 20 s (the watcher's tick reads it).
      await advanceContentClock(ext, c.page, 21_000);
      await c.log.expectNext([waitingObs('waiting.left', stranger)], 'the denied stranger is gone');

      // The roster virtualizes (five rows rendered) and stays so for a long time: partial, no leaves.
      await c.run('configure', { rosterSize: 5 });
      await c.log.expectNext([coverage(VIRTUALIZED, ROSTER_OPEN)], 'the roster virtualizes');
      await advanceContentClock(ext, c.page, 30_000);
      // A late student knocks (the lobby section renders above the attendees) and is admitted.
      const late: Participant = { id: mri(10), idStable: true, name: 'Lý Minh Quân', role: 'participant', self: false };
      await c.run('lobbyJoin', 'Lý Minh Quân', mri(10), { kind: 'member' });
      await c.log.expectNext([waitingObs('waiting.joined', late)], 'a late student waits');
      await c.run('admit', mri(10));
      await c.run('configure', { rosterSize: 60 });
      await c.log.expectNext(
        [coverage(ROSTER_OPEN, VIRTUALIZED), waitingObs('waiting.admitted', late), joined(late)],
        'the late student admitted, every row rendered',
      );

      // A student really leaves: reported once confirmed in a full roster 20 s later.
      await c.run('leave', mri(7));
      const teacherShares: Presenter = { participantId: TEACHER_MRI, name: `${TEACHER}${YOU[lang]}`, self: true };
      await c.run('share', TEACHER_MRI);
      await c.log.expectNext([{ type: 'share.started', payload: { presenter: teacherShares } }], 'the teacher shares');
      await advanceContentClock(ext, c.page, 21_000);
      await c.log.expectNext(
        [{ type: 'participant.left', payload: { participant: member(7, STUDENTS[7]!) } }],
        'a student left',
      );
      await c.run('stopShare');
      await c.log.expectNext([anyOf('share.stopped')], 'the last step flushed');
      await c.log.expectNothingMore('nothing else was observed');

      const events = await c.log.expectIntact();
      expect(events.filter((e) => e.type === 'participant.left')).toHaveLength(1);
      expect(events.filter((e) => e.type === 'chat.message')).toHaveLength(CHAT.length);
      await c.page.close();
    });
  }
});

/** The findings of a log as [rule id, category, subject name], in log order. */
const brief = (events: StoredEvent[]) =>
  findingsOf(events).map(({ finding: f }) => [f.ruleId, f.category, f.subject.name ?? null]);

describe('issue 4: the guard flags strangers, impostors, duplicates, renames, raids and shares in the log', () => {
  const [, , CUONG, DUNG, EM] = ROSTER as [string, string, string, string, string];
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
    it(`with a class roster and its teacher (${lang})`, async () => {
      const code = CODES.guard[lang];
      const c = await openClass(code, lang);
      await expectStart(c, code, lang);

      // Roster members as they type their names: no diacritics, reversed order, a guest suffix, exact.
      const variants: Participant[] = [
        member(0, 'Nguyen Van An'),
        member(1, 'Bình Thị Trần'),
        member(2, `${CUONG}${GUEST[lang]}`, 'guest'),
        member(3, DUNG),
        member(4, EM),
      ];
      const variantJoins: StoredEvent[] = [];
      for (const [i, p] of variants.entries()) {
        await c.run(
          'join',
          p.role === 'guest' ? CUONG : p.name,
          mri(i),
          p.role === 'guest' ? { kind: 'guest' } : undefined,
        );
        variantJoins.push(...(await c.log.expectNext([joined(p)], `${p.name} joins`)));
      }

      // A stranger in the lobby is flagged while still waiting, before anyone clicks "Admit".
      const stranger = guest('Khách lạ', lang);
      await c.run('lobbyJoin', 'Khách lạ');
      const [waiting] = await c.log.expectNext([waitingObs('waiting.joined', stranger)], 'a stranger waits');
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
          subject: { participantId: stranger.id, name: stranger.name },
        }),
      ]);
      await c.run('admit', 'Khách lạ');
      const [, admittedJoin] = await c.log.expectNext(
        [waitingObs('waiting.admitted', stranger), joined(stranger)],
        'the stranger admitted',
      );

      await c.run('join', LOOKALIKE, mri(21));
      const [lookalike] = await c.log.expectNext([joined(member(21, LOOKALIKE))], 'a look-alike of the teacher joins');
      await c.run('join', DUNG, mri(22));
      const [duplicate] = await c.log.expectNext([joined(member(22, DUNG))], 'a second Phạm Thị Dung joins');
      // Teams keeps the MRI across a rename: the log says renamed, the guard says which name was taken.
      await c.run('rename', mri(4), TEACHER);
      const [renamed] = await c.log.expectNext(
        [{ type: 'participant.renamed', payload: { participant: member(4, TEACHER), from: EM } }],
        'a student renames',
      );

      const presenter: Presenter = { participantId: mri(0), name: 'Nguyen Van An', self: false };
      await c.run('share', mri(0));
      const [share] = await c.log.expectNext([{ type: 'share.started', payload: { presenter } }], 'a student shares');
      await c.run('stopShare');
      await c.log.expectNext([anyOf('share.stopped')], 'the share stops');

      // A raid, once the 10 s window since the last stranger has passed: 8 strangers within 10 s.
      await advanceContentClock(ext, c.page, 11_000);
      const raidJoins: StoredEvent[] = [];
      for (let i = 0; i < RAIDERS.length; i++) {
        await c.run('join', RAIDERS[i], mri(30 + i));
        raidJoins.push(...(await c.log.expectNext([joined(member(30 + i, RAIDERS[i]!))], `raider ${i + 1} joins`)));
      }
      await c.run('openChat');
      await c.log.expectNext([coverage(chatOpen(4, 17), ROSTER_OPEN)], 'the last step flushed');
      await c.log.expectNothingMore('nothing else was observed');

      const events = await c.log.expectIntact();
      const findings = findingsOf(events);
      const on = (e: StoredEvent | undefined) =>
        findings.filter((f) => f.observation.id === e?.id).map((f) => f.finding);

      for (const e of variantJoins) expect(on(e), (e.payload['participant'] as Participant).name).toEqual([]);
      expect(on(admittedJoin)).toEqual([]);
      expect(
        findings.filter((f) => f.finding.subject.participantId === stranger.id).map((f) => f.finding.ruleId),
      ).toEqual(['participant.unknown.waiting']);
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
          ruleId: 'participant.rename.teacher',
          category: 'rename',
          subject: { participantId: mri(4), name: TEACHER },
          evidence: expect.objectContaining({ matched: TEACHER }),
        }),
      ]);
      expect(on(share)).toEqual([
        expect.objectContaining({
          ruleId: 'share.student',
          category: 'screen-share',
          subject: { participantId: mri(0), name: 'Nguyen Van An' },
          evidence: expect.objectContaining({ names: ['Nguyen Van An'] }),
        }),
      ]);

      const raid = findings.filter((f) => f.finding.category === 'raid');
      expect(raid).toHaveLength(1);
      expect(raid[0]!.finding).toMatchObject({
        ruleId: 'participant.raid',
        severity: 3,
        tier: 'alert',
        evidence: { names: RAIDERS.slice(0, 5) },
      });
      expect(raidJoins.map((e) => on(e).map((f) => f.ruleId))).toEqual([
        ...Array(4).fill(['participant.unknown']),
        ['participant.raid'],
        ...Array(3).fill(['participant.unknown.raid-member']),
      ]);
      expect(brief(events)).toEqual([
        ['participant.unknown.waiting', 'unknown-participant', stranger.name],
        ['participant.name.confusable', 'suspicious-name', LOOKALIKE],
        ['participant.impersonation.teacher', 'impersonation', LOOKALIKE],
        ['participant.duplicate', 'duplicate', DUNG],
        ['participant.rename.teacher', 'rename', TEACHER],
        ['share.student', 'screen-share', 'Nguyen Van An'],
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
      const c = await openClass(code, lang);
      const dialogs = watchDialogs(c.page);
      await expectStart(c, code, lang);

      await c.run('join', HOSTILE, mri(0));
      await c.log.expectNext([joined(member(0, HOSTILE))], 'a participant named with markup');
      await c.run('join', LONG_NAME, mri(1));
      const [long] = await c.log.expectNext([anyOf('participant.joined')], 'a 1,000-character name');
      await c.run('openChat');
      await c.log.expectNext([coverage(chatOpen(3, 3), ROSTER_OPEN)], 'the chat opens');
      await c.run('post', HOSTILE, FLOOD);
      const [flood] = await c.log.expectNext([anyOf('chat.message')], 'the flood');
      await c.run('post', TEACHER, 'Bạn nào vậy?', { self: true });
      await c.log.expectNext([anyOf('chat.message')], 'the chat goes on');

      const name = (long!.payload['participant'] as Participant).name;
      // Cut at the cap, visibly: the last character is "…".
      expect(name).toBe(capText(LONG_NAME, MAX_NAME));
      const msg = flood!.payload['message'] as { text: string; senderName: string; senderId: string };
      expect(msg).toMatchObject({ senderName: HOSTILE, senderId: mri(0) });
      expect(msg.text).toBe(capText(FLOOD, MAX_CHAT));

      const events = await c.log.expectIntact();
      for (const e of events) expect(JSON.stringify(e.payload).length, e.type).toBeLessThanOrEqual(64_000);
      for (const { finding } of findingsOf(events)) expect(finding.subject.name?.length ?? 0).toBeLessThanOrEqual(200);
      // No element was made from a name or a message, in the page or in our overlay's shadow roots.
      expect(await countDeep(c.page, 'img[src="x"]')).toBe(0);
      expect(dialogs).toEqual([]);
      await c.page.close();
    });
  }
});
