/**
 * A scripted class on Teams, in English and Vietnamese UI: the page is driven the way Teams mutates
 * its DOM (test/fixtures/teams/scenario.js), the adapter reads it, the tracker diffs the snapshots,
 * and every observation is checked, step by step. Teams shows one side panel at a time, so opening
 * the chat unmounts the roster: that must be a coverage change, never a wave of leaves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTracker } from '../../src/content/tracker';
import type { ChatMessage, Coverage, Observation, Participant, Presenter } from '../../src/common/model';
import { launch } from '../support/browser';
import { LANGS, TEAMS_URL, THREAD, openTeamsPage, type Lang, type TeamsPage } from './teams-page';

let browser: Awaited<ReturnType<typeof launch>>;
let tp: TeamsPage;
beforeAll(async () => {
  browser = await launch();
  tp = await openTeamsPage(browser);
});
afterAll(async () => {
  await browser?.cleanup();
});

const TITLE: Record<Lang, string> = { en: 'Class 9A2 - Literature', vi: 'Lớp 9A2 - Ngữ văn' };
const YOU: Record<Lang, string> = { en: ' (You)', vi: ' (Bạn)' };
const GUEST: Record<Lang, string> = { en: ' (Guest)', vi: ' (Khách)' };
const TEACHER = 'Nguyễn Thị Lan';
const TEACHER_MRI = '8:orgid:3f2a6c1e-0b7d-4c55-9a10-5d8e2f4b7a01';
const HOSTILE = '<img src=x onerror=alert(1)>';
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
const mri = (i: number) => `8:orgid:5a1c2e3f-4b6d-4e8f-9a0b-${String(100 + i).padStart(12, '0')}`;
const student = (i: number, name = STUDENTS[i]!): Participant => ({
  id: mri(i),
  idStable: true,
  name,
  role: 'participant',
  self: false,
});
const RENAMED = 'Cường đẹp trai';

const ROSTER_OPEN: Coverage = {
  roster: 'full',
  rosterReason: null,
  chat: 'hidden',
  chatReason: 'other-panel-open',
  presenter: 'readable',
  presenterReason: null,
};
const CHAT_OPEN: Coverage = {
  ...ROSTER_OPEN,
  roster: 'hidden',
  rosterReason: 'other-panel-open',
  chat: 'visible',
  chatReason: null,
  // The stage's four tiles of the eleven the People badge counts.
  stage: { read: 4, of: 11 },
};
const VIRTUALIZED: Coverage = { ...ROSTER_OPEN, roster: 'partial', rosterReason: 'virtualized' };

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
  [5, HOSTILE],
  [5, 'kết bạn zalo.me/0912345678 \u202Eexe.tset\u202C'],
  [6, 'ok'],
  [7, 'ok ạ'],
  [7, 'em xong rồi'],
  [8, 'em cũng xong'],
  [9, 'cô ơi'],
  [9, 'em có câu hỏi về bài 4'],
  [SELF, 'Em hỏi đi'],
];

describe('Teams: a scripted class yields exactly the expected observations', () => {
  for (const lang of LANGS) {
    it(`in the ${lang === 'en' ? 'English' : 'Vietnamese'} UI`, async () => {
      await tp.load(
        '<!doctype html><html><head><meta charset="utf-8"><title>Microsoft Teams</title></head><body></body></html>',
      );
      const teacher: Participant = {
        id: TEACHER_MRI,
        idStable: true,
        name: `${TEACHER}${YOU[lang]}`,
        role: 'host',
        self: true,
      };
      await tp.run('mount', {
        lang,
        title: TITLE[lang],
        self: { name: TEACHER, mri: TEACHER_MRI, organizer: true, signedIn: true },
        people: [{ name: TEACHER, mri: TEACHER_MRI, organizer: true, kind: 'member' }],
        panel: 'roster',
        stageSize: 4,
        // A two-message chat viewport: a run's first message scrolls out while the run goes on.
        chatSize: 2,
      });

      const tracker = createTracker();
      let now = Date.UTC(2026, 10, 28, 1, 30);
      const all: Observation[] = [];
      const step = async (ms = 1000): Promise<Observation[]> => {
        now += ms;
        const obs = tracker.update(await tp.snapshot(), now);
        all.push(...obs);
        return obs;
      };

      // The teacher starts the class with the People panel open.
      expect(await step()).toEqual([
        {
          kind: 'meeting.state',
          state: 'in-call',
          meeting: { platform: 'teams', code: THREAD, title: TITLE[lang], url: TEAMS_URL },
        },
        { kind: 'coverage.changed', coverage: ROSTER_OPEN, previous: null },
        { kind: 'participant.joined', participant: teacher },
      ]);

      // Ten students join.
      for (let i = 0; i < STUDENTS.length; i++) {
        await tp.run('join', STUDENTS[i], mri(i));
        expect(await step()).toEqual([{ kind: 'participant.joined', participant: student(i) }]);
      }

      // One renames: same MRI, new name.
      await tp.run('rename', mri(2), RENAMED);
      expect(await step()).toEqual([
        { kind: 'participant.renamed', participant: student(2, RENAMED), from: STUDENTS[2] },
      ]);

      // A stranger waits in the lobby (organizer view, modelled lobby section).
      const stranger: Participant = {
        id: `name:Người lạ${GUEST[lang]}`,
        idStable: false,
        name: `Người lạ${GUEST[lang]}`,
        role: 'guest',
        self: false,
      };
      await tp.run('lobbyJoin', 'Người lạ');
      expect(await step()).toEqual([{ kind: 'waiting.joined', participant: stranger }]);

      // A student shares a screen.
      await tp.run('share', mri(4));
      const presenter: Presenter = { participantId: mri(4), name: STUDENTS[4]!, self: false };
      expect(await step()).toEqual([{ kind: 'share.started', presenter }]);
      const shareStart = now;

      // The teacher opens the chat: Teams unmounts the roster. A coverage change, no leaves, however long.
      await tp.run('openChat');
      expect(await step()).toEqual([{ kind: 'coverage.changed', coverage: CHAT_OPEN, previous: ROSTER_OPEN }]);
      expect(await step(30_000)).toEqual([]);
      expect(await step(30_000)).toEqual([]);

      // Twenty messages; follow-ons carry the run's author even after its first message scrolled out.
      const nameOf = (i: number) => (i === SELF ? TEACHER : i === 2 ? RENAMED : STUDENTS[i]!);
      for (const [who, text] of CHAT) {
        const mid = (await tp.run('post', nameOf(who), text, { self: who === SELF })) as string;
        const message: ChatMessage = {
          id: mid,
          senderId: who === SELF ? TEACHER_MRI : mri(who),
          senderName: nameOf(who),
          self: who === SELF,
          text,
          time: new Date(Number(mid)).toISOString(),
          privateTo: null,
        };
        expect(await step(), `${who}: ${text}`).toEqual([{ kind: 'chat.message', message }]);
      }
      expect(await tp.page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);

      // The share ends; the stranger is denied while the roster cannot be seen.
      await tp.run('stopShare');
      expect(await step()).toEqual([{ kind: 'share.stopped', presenter, durationMs: now - shareStart }]);
      await tp.run('deny', 'Người lạ');
      expect(await step(30_000)).toEqual([]);

      // Back on the People panel: nobody re-joins; the stranger's absence needs two sightings ~20 s apart.
      await tp.run('openRoster');
      expect(await step()).toEqual([{ kind: 'coverage.changed', coverage: ROSTER_OPEN, previous: CHAT_OPEN }]);
      expect(await step(21_000)).toEqual([{ kind: 'waiting.left', participant: stranger }]);

      // A late student is admitted from the lobby.
      await tp.run('lobbyJoin', 'Lý Minh Quân', mri(10), { kind: 'member' });
      const late: Participant = { id: mri(10), idStable: true, name: 'Lý Minh Quân', role: 'participant', self: false };
      expect(await step()).toEqual([{ kind: 'waiting.joined', participant: late }]);
      await tp.run('admit', mri(10));
      expect(await step()).toEqual([
        { kind: 'waiting.admitted', participant: late },
        { kind: 'participant.joined', participant: late },
      ]);

      // The roster virtualizes (only five rows rendered): partial coverage, still no leaves.
      await tp.run('configure', { rosterSize: 5 });
      expect(await step()).toEqual([{ kind: 'coverage.changed', coverage: VIRTUALIZED, previous: ROSTER_OPEN }]);
      expect(await step(30_000)).toEqual([]);
      await tp.run('configure', { rosterSize: 60 });
      expect(await step()).toEqual([{ kind: 'coverage.changed', coverage: ROSTER_OPEN, previous: VIRTUALIZED }]);

      // A student really leaves: confirmed by a second full sighting.
      await tp.run('leave', mri(7));
      expect(await step()).toEqual([]);
      expect(await step(21_000)).toEqual([{ kind: 'participant.left', participant: student(7) }]);

      expect(all.filter((o) => o.kind === 'participant.left')).toHaveLength(1);
      expect(all.filter((o) => o.kind === 'chat.message')).toHaveLength(CHAT.length);
    });
  }
});
