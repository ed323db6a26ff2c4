/**
 * The Teams adapter against the fixture pages in real Chromium, in English and Vietnamese UI:
 * the snapshot of every state (the selector table is checked by selectors.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coverage, Participant, Snapshot } from '../../src/common/model';
import { CHAT_MAX, IDLE_RECHECK_MS, NAME_MAX } from '../../src/platforms/teams/adapter';
import type { Frame } from 'puppeteer-core';
import { launch } from '../support/browser';
import { LANGS, LIVE_URL, THREAD, installIn, openTeamsPage, page, type Lang, type TeamsPage } from './teams-page';

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
const SUFFIX: Record<Lang, { guest: string; external: string; unverified: string; you: string }> = {
  en: { guest: ' (Guest)', external: ' (External)', unverified: ' (Unverified)', you: ' (You)' },
  vi: { guest: ' (Khách)', external: ' (Bên ngoài)', unverified: ' (Chưa xác minh)', you: ' (Bạn)' },
};
/** The roster-closed and chat pages' eight camera tiles, as the stage reader gives them. */
const stageEight = (S: { guest: string; you: string }) =>
  [
    [`Nguyễn Thị Lan${S.you}`, 'participant', true],
    ['Phạm Minh Anh', 'participant', false],
    ['Lê Bảo Ngọc', 'participant', false],
    ['Trần Gia Huy', 'participant', false],
    ['Nguyễn Khánh Linh', 'participant', false],
    ['Hoàng Đức Thịnh', 'participant', false],
    [`Minh${S.guest}`, 'guest', false],
    ['Vũ Thu Trang', 'participant', false],
  ].map(([name, role, self]) => [`name:${String(name)}`, name, role, self]);
const TEACHER_MRI = '8:orgid:3f2a6c1e-0b7d-4c55-9a10-5d8e2f4b7a01';
const orgid = (i: number) => `8:orgid:0c6f3a1b-4d2e-4f8a-9b7c-${(i + 2).toString(16).padStart(12, '0')}`;
const NOT_IN_CALL: Coverage = {
  roster: 'hidden',
  rosterReason: 'not-in-call',
  chat: 'hidden',
  chatReason: 'not-in-call',
  presenter: 'unreadable',
  presenterReason: 'not-in-call',
};

describe('Teams snapshots per state', () => {
  for (const lang of LANGS) {
    const S = SUFFIX[lang];
    const teacher: Participant = {
      id: TEACHER_MRI,
      idStable: true,
      name: `Nguyễn Thị Lan${S.you}`,
      role: 'host',
      self: true,
    };

    it(`pre-join (${lang}): the guest's typed name, title and thread id`, async () => {
      await tp.load(page('prejoin', lang));
      const s = await tp.snapshot();
      expect(s.state).toBe('prejoin');
      expect(s.meeting).toEqual({
        platform: 'teams',
        code: THREAD,
        title: TITLE[lang],
        url: expect.stringContaining('meetup-join'),
      });
      expect(s.self).toEqual({ id: null, name: 'Trần Bảo Ngọc', host: null });
      expect(s.coverage).toEqual(NOT_IN_CALL);
      expect([s.participants, s.waiting, s.presenters, s.chat, s.participantCount]).toEqual([[], [], [], [], null]);
    });

    it(`lobby (${lang}): waiting to be admitted, although the lobby has a leave button`, async () => {
      await tp.load(page('lobby', lang));
      const s = await tp.snapshot();
      expect(s.state).toBe('waiting');
      expect(s.meeting.title).toBe(TITLE[lang]);
      expect(s.coverage).toEqual(NOT_IN_CALL);
    });

    it(`roster open, virtualized (${lang}): rendered rows, header count, lobby, suffix roles`, async () => {
      await tp.load(page('roster', lang));
      const s = await tp.snapshot();
      expect(s.state).toBe('in-call');
      expect(s.meeting.title).toBe(TITLE[lang]);
      expect(s.self).toEqual({ id: TEACHER_MRI, name: 'Nguyễn Thị Lan', host: true });
      expect(s.participantCount).toBe(34);
      expect(s.participants).toHaveLength(19);
      expect(s.participants[0]).toEqual(teacher);
      expect(s.participants[1]).toEqual({
        id: orgid(0),
        idStable: true,
        name: 'Phạm Minh Anh',
        role: 'participant',
        self: false,
      });
      const by = (n: string) => s.participants.find((p) => p.name === n);
      expect(by(`Minh${S.guest}`)).toMatchObject({
        id: expect.stringMatching(/^8:teamsvisitor:/),
        idStable: true,
        role: 'guest',
      });
      expect(by(`Trần Văn Hùng${S.external}`)).toMatchObject({
        id: expect.stringMatching(/^8:orgid:/),
        role: 'external',
      });
      // No avatar MRI: the id falls back to the name and says so.
      expect(by(`Bố của Nam${S.unverified}`)).toEqual({
        id: `name:Bố của Nam${S.unverified}`,
        idStable: false,
        name: `Bố của Nam${S.unverified}`,
        role: 'guest',
        self: false,
      });
      expect(s.waiting).toEqual([
        { id: `name:Người lạ${S.guest}`, idStable: false, name: `Người lạ${S.guest}`, role: 'guest', self: false },
      ]);
      expect(s.coverage).toEqual({
        roster: 'partial',
        rosterReason: 'virtualized',
        chat: 'hidden',
        chatReason: 'other-panel-open',
        presenter: 'readable',
        presenterReason: null,
      });
      expect(s.presenters).toEqual([]);
      // rowFor gives the row for in-page badges.
      const tid = await tp.page.evaluate(
        (id) =>
          (window as unknown as { cgAdapter: { rowFor(k: string, id: string): Element | null } }).cgAdapter
            .rowFor('participant', id)
            ?.getAttribute('data-tid'),
        orgid(0),
      );
      expect(tid).toBe('participantsInCall-Phạm Minh Anh');
      const lobbyRow = await tp.page.evaluate(
        (id) =>
          (window as unknown as { cgAdapter: { rowFor(k: string, id: string): Element | null } }).cgAdapter
            .rowFor('waiting', id)
            ?.getAttribute('data-tid'),
        `name:Người lạ${S.guest}`,
      );
      expect(lobbyRow).toBe(`participantsInLobby-Người lạ${S.guest}`);
    });

    it(`roster closed (${lang}): count from the People badge, roster hidden (panel closed)`, async () => {
      await tp.load(page('roster-closed', lang));
      const s = await tp.snapshot();
      expect(s.state).toBe('in-call');
      expect(s.participants).toEqual([]);
      expect(s.participantCount).toBe(34);
      expect(s.self).toEqual({ id: null, name: 'Nguyễn Thị Lan', host: null });
      expect(s.coverage).toEqual({
        roster: 'hidden',
        rosterReason: 'panel-closed',
        chat: 'hidden',
        chatReason: 'panel-closed',
        presenter: 'readable',
        presenterReason: null,
        stage: { read: 8, of: 34 },
      });
      // The eight camera tiles name who they show, ids derived from the names as the list derives them.
      expect(s.stage?.map((p) => [p.id, p.name, p.role, p.self])).toEqual(stageEight(S));
      // Captions share the chat's classes; they are not chat.
      expect(s.chat).toEqual([]);
    });

    it(`chat open (${lang}): roster unmounted, senders carried forward, system line and captions skipped`, async () => {
      await tp.load(page('chat', lang));
      const s = await tp.snapshot();
      expect(s.coverage).toEqual({
        roster: 'hidden',
        rosterReason: 'other-panel-open',
        chat: 'visible',
        chatReason: null,
        presenter: 'readable',
        presenterReason: null,
        stage: { read: 8, of: 34 },
      });
      expect(s.participantCount).toBe(34);
      expect(s.stage?.map((p) => [p.id, p.name, p.role, p.self])).toEqual(stageEight(S));
      const guest = `Minh${S.guest}`;
      expect(s.chat.map((m) => [m.senderName, m.self, m.text])).toEqual([
        ['Nguyễn Thị Lan', true, 'Chào các em, hôm nay chúng ta học bài 5.'],
        ['Phạm Minh Anh', false, 'Em chào cô ạ'],
        ['Phạm Minh Anh', false, 'Cô ơi em bị mất tiếng'],
        ['Lê Bảo Ngọc', false, 'dạ'],
        [guest, false, '<img src=x onerror=alert(1)>'],
        [guest, false, 'vào link này nè \u202Eexe.tset\u202C zalo.me/0912345678'],
        ['Phạm Minh Anh', false, 'ok ạ'],
      ]);
      const first = s.chat[1]!;
      expect(first).toEqual({
        id: '1795829445000',
        senderId: null, // the roster was never visible to this adapter
        senderName: 'Phạm Minh Anh',
        self: false,
        text: 'Em chào cô ạ',
        time: '2026-11-28T01:30:45.000Z',
        privateTo: null,
      });
      expect(s.chat.every((m) => m.privateTo === null && m.time !== null)).toBe(true);
    });

    it(`share (${lang}): the presenter with a video; stale 0×0 share tile and invited people ignored`, async () => {
      await tp.load(page('share', lang));
      const s = await tp.snapshot();
      expect(s.presenters).toEqual([{ participantId: orgid(0), name: 'Phạm Minh Anh', self: false }]);
      expect(s.participants).toHaveLength(8);
      expect(s.participants.map((p) => p.name)).not.toContain('Đỗ Hải Yến');
      expect(s.participantCount).toBe(8);
      expect(s.coverage.roster).toBe('full');
      expect(s.waiting).toEqual([]);
    });

    it(`removed and declined (${lang}): the call is over for us`, async () => {
      await tp.load(page('removed', lang));
      expect((await tp.snapshot()).state).toBe('ended');
      await tp.load(page('declined', lang));
      const s = await tp.snapshot();
      expect(s.state).toBe('ended');
      expect(s.coverage).toEqual(NOT_IN_CALL);
    });

    it(`teams.live.com meet-now (${lang}): numeric id, attendeesInMeeting rows, consumer MRIs`, async () => {
      await tp.load(page('meet-now', lang), LIVE_URL);
      const s = await tp.snapshot();
      expect(s.meeting).toEqual({
        platform: 'teams',
        code: '9312345678901',
        title: lang === 'vi' ? 'Học nhóm Toán' : 'Maths study group',
        url: LIVE_URL,
      });
      expect(s.self).toEqual({ id: '8:live:.cid.3a9f0c1d2e4b5a67', name: 'Lan Nguyen', host: true });
      expect(s.participants).toEqual([
        { id: '8:live:.cid.3a9f0c1d2e4b5a67', idStable: true, name: `Lan Nguyen${S.you}`, role: 'host', self: true },
        { id: '8:live:baotran_2011', idStable: true, name: 'Bao Tran', role: 'participant', self: false },
        { id: '8:live:.cid.77e1b2c3d4f5a6b8', idStable: true, name: 'Khoa Le', role: 'participant', self: false },
        {
          id: '8:teamsvisitor:0f1e2d3c4b5a69788796a5b4c3d2e1f0',
          idStable: true,
          name: `Ẩn danh${S.unverified}`,
          role: 'guest',
          self: false,
        },
      ]);
      expect(s.coverage.roster).toBe('full');
    });
  }
});

describe('Teams hostile input and frames', () => {
  it('names and chat stay text, capped, with markup, bidi and zero-width characters kept as written', async () => {
    await tp.load(page('share', 'en'));
    const evil = '<script>alert(1)</script>\u202Eevil\u200B';
    await tp.run('join', evil + 'x'.repeat(100_000), '8:orgid:ffffffff-0000-4000-8000-000000000001');
    await tp.run('configure', { panel: 'chat' });
    await tp.run('openChat');
    await tp.run('post', 'Phạm Minh Anh', '<b>hi</b>' + 'y'.repeat(100_000));
    const s = await tp.snapshot();
    const long = s.chat.at(-1)!;
    expect(long.text).toHaveLength(CHAT_MAX);
    expect(long.text.startsWith('<b>hi</b>')).toBe(true);
    await tp.run('openRoster');
    const r: Snapshot = await tp.snapshot();
    const p = r.participants.find((x) => x.id === '8:orgid:ffffffff-0000-4000-8000-000000000001')!;
    expect(p.name).toHaveLength(NAME_MAX);
    expect(p.name.startsWith(evil)).toBe(true);
    expect(await tp.page.evaluate(() => document.querySelectorAll('b, script:not([type])').length)).toBe(0);
  });
});

describe('Teams scenario edges', () => {
  it('a roster scrolled past its headers: rows still read, count from the People badge, lobby not guessed', async () => {
    await tp.load(page('roster', 'vi'));
    await tp.run('scrollRoster', 5);
    const s = await tp.snapshot();
    expect(s.participantCount).toBe(34);
    expect(s.participants).toHaveLength(22);
    expect(s.participants[0]!.name).toBe('Lê Bảo Ngọc');
    expect(s.waiting).toEqual([]);
    expect(s.coverage.roster).toBe('partial');
  });

  it('the teacher sharing is a self presenter tied to her own id', async () => {
    await tp.load(page('share', 'vi'));
    await tp.run('share', TEACHER_MRI);
    const s = await tp.snapshot();
    expect(s.presenters).toEqual([{ participantId: TEACHER_MRI, name: 'Nguyễn Thị Lan (Bạn)', self: true }]);
  });

  for (const lang of LANGS) {
    it(`a signed-out guest in the call (${lang}): self found by the "(You)" suffix, role from "(Guest)"`, async () => {
      await tp.load('<!doctype html><html><head><title>Microsoft Teams</title></head><body></body></html>');
      const me = { name: 'Minh', mri: '8:teamsvisitor:0a1b2c3d4e5f60718293a4b5c6d7e8f9', kind: 'guest' };
      await tp.run('mount', {
        lang,
        title: TITLE[lang],
        self: { ...me, signedIn: false },
        people: [{ name: 'Nguyễn Thị Lan', mri: TEACHER_MRI, organizer: true, kind: 'member' }, me],
        panel: 'roster',
      });
      const s = await tp.snapshot();
      expect(s.participants[1]).toEqual({
        id: me.mri,
        idStable: true,
        name: `Minh${SUFFIX[lang].guest}${SUFFIX[lang].you}`,
        role: 'guest',
        self: true,
      });
      expect(s.participants[0]!.self).toBe(false);
      expect(s.self).toEqual({ id: me.mri, name: 'Minh', host: false });
    });
  }

  it("a stranger who copies the teacher's name is not taken for her", async () => {
    await tp.load('<!doctype html><html><head><title>Microsoft Teams</title></head><body></body></html>');
    const teacher = { name: 'Nguyễn Thị Lan', mri: TEACHER_MRI, organizer: true, kind: 'member' };
    const fake = { name: 'Nguyễn Thị Lan', mri: '8:teamsvisitor:ffffffffffffffffffffffffffffffff', kind: 'member' };
    const others = [0, 1, 2].map((i) => ({ name: `Học sinh ${i}`, mri: orgid(i), kind: 'member' }));
    // Virtualized: only the copy's row is rendered, the teacher's own row is scrolled away.
    await tp.run('mount', {
      lang: 'vi',
      title: TITLE.vi,
      self: { ...teacher, signedIn: true },
      people: [teacher, ...others, fake],
      panel: 'roster',
      rosterStart: 5,
      rosterSize: 1,
    });
    let s = await tp.snapshot();
    expect(s.participants).toEqual([
      { id: fake.mri, idStable: true, name: 'Nguyễn Thị Lan', role: 'guest', self: false },
    ]);
    expect(s.self.id).toBeNull();
    await tp.run('configure', { rosterStart: 0, rosterSize: 60 });
    s = await tp.snapshot();
    expect(s.participants.filter((p) => p.self).map((p) => p.id)).toEqual([TEACHER_MRI]);
    expect(s.self).toEqual({ id: TEACHER_MRI, name: 'Nguyễn Thị Lan', host: true });
    // The copy shares a screen: not the teacher's own share, and not tied to either of the two.
    await tp.run('share', fake.mri);
    expect((await tp.snapshot()).presenters).toEqual([{ participantId: null, name: 'Nguyễn Thị Lan', self: false }]);
  });

  it('with the chat open, the stage names the people the list knew by their ids, and newcomers by name', async () => {
    await tp.load('<!doctype html><html><head><title>Microsoft Teams</title></head><body></body></html>');
    const teacher = { name: 'Nguyễn Thị Lan', mri: TEACHER_MRI, organizer: true, kind: 'member' };
    const student = { name: 'Học sinh 0', mri: orgid(0), kind: 'member' };
    await tp.run('mount', {
      lang: 'vi',
      title: TITLE.vi,
      self: { ...teacher, signedIn: true },
      people: [teacher, student],
      panel: 'roster',
      stageSize: 8,
    });
    let s = await tp.snapshot();
    expect([s.coverage.roster, s.stage]).toEqual(['full', undefined]);
    await tp.run('openChat');
    s = await tp.snapshot();
    expect(s.stage?.map((p) => [p.id, p.name, p.self])).toEqual([
      [TEACHER_MRI, 'Nguyễn Thị Lan (Bạn)', true],
      [orgid(0), 'Học sinh 0', false],
    ]);
    expect(s.coverage.stage).toEqual({ read: 2, of: 2 });
    // A stranger takes the teacher's bare name, twice; and a new student joins.
    await tp.run('join', 'Nguyễn Thị Lan', '8:teamsvisitor:ffffffffffffffffffffffffffffffff');
    await tp.run('join', 'Nguyễn Thị Lan', '8:teamsvisitor:eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee');
    await tp.run('join', 'Học sinh 1', orgid(1));
    s = await tp.snapshot();
    expect(s.stage?.slice(2).map((p) => [p.id, p.name, p.self])).toEqual([
      ['name:Nguyễn Thị Lan', 'Nguyễn Thị Lan', false],
      ['name:Nguyễn Thị Lan#2', 'Nguyễn Thị Lan', false],
      ['name:Học sinh 1', 'Học sinh 1', false],
    ]);
    expect(s.coverage.stage).toEqual({ read: 5, of: 5 });
  });

  it('a panel mounted outside the call screen is still found, within a few snapshots', async () => {
    await tp.load(page('roster-closed', 'en'));
    expect((await tp.snapshot()).coverage.roster).toBe('hidden');
    await tp.page.evaluate(() => {
      const panel = document.createElement('div');
      panel.setAttribute('data-tid', 'calling-roster-attendees');
      panel.innerHTML =
        '<div role="tree"><div role="treeitem" data-cid="roster-participant" data-tid="participantsInCall-Ada">' +
        '<span id="roster-avatar-img-8:orgid:aaaaaaaa-0000-4000-8000-000000000001"></span></div></div>';
      document.body.append(panel);
    });
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) seen.push((await tp.snapshot()).coverage.roster);
    expect(seen.at(-1)).toBe('partial'); // one row of the 34 the badge counts
  });

  it('a Teams page without a call is "unknown" and a call that appears is found at the next look after the idle interval', async () => {
    await tp.load(
      '<!doctype html><html><head><title>Chat | Microsoft Teams</title></head><body><div id="app"></div></body></html>',
    );
    const first = await tp.snapshot();
    expect([first.state, first.meeting.title, first.coverage]).toEqual(['unknown', null, NOT_IN_CALL]);
    await tp.run('mount', {
      lang: 'en',
      title: 'Class 9A2 - Literature',
      self: { name: 'Nguyễn Thị Lan', mri: TEACHER_MRI, signedIn: true },
      people: [],
    });
    // An idle page is searched at most every IDLE_RECHECK_MS, counted in time (not snapshots: a quiet
    // page flushes only every 2 s). After that interval, the very next snapshot sees the call.
    await new Promise((r) => setTimeout(r, IDLE_RECHECK_MS + 50));
    expect((await tp.snapshot()).state).toBe('in-call');
  });
});

describe('Teams rows and messages changed in place', () => {
  it('a recycled roster row or chat item is read again, not served from the cache', async () => {
    await tp.load(page('share', 'en'));
    const before = await tp.snapshot();
    expect(before.participants[2]).toMatchObject({ id: orgid(1), name: 'Lê Bảo Ngọc', role: 'participant' });
    // React reuses the row element for someone else: the avatar id changes in place, then the badge.
    await tp.page.evaluate(
      (from, to) => {
        const avatar = document.getElementById(`roster-avatar-img-${from}`)!;
        avatar.id = `roster-avatar-img-${to}`;
      },
      orgid(1),
      '8:orgid:11111111-2222-4333-8444-555555555555',
    );
    expect((await tp.snapshot()).participants[2]).toMatchObject({
      id: '8:orgid:11111111-2222-4333-8444-555555555555',
      idStable: true,
    });
    await tp.page.evaluate(() => {
      const row = document.querySelector('[data-tid="participantsInCall-Lê Bảo Ngọc"] .fui-TreeItemLayout__main')!;
      const badge = document.createElement('span');
      badge.setAttribute('data-tid', 'ts-roster-organizer-status');
      badge.textContent = 'Organizer';
      row.append(badge);
    });
    expect((await tp.snapshot()).participants[2]!.role).toBe('host');

    await tp.load(page('chat', 'en'));
    const chat = await tp.snapshot();
    expect(chat.chat[3]).toMatchObject({ senderName: 'Lê Bảo Ngọc', text: 'dạ' });
    // A virtualized list re-uses the item for another message: new data-mid, author and text.
    await tp.page.evaluate(() => {
      const msg = document.querySelector('[data-mid="1795829475000"]')!;
      msg.setAttribute('data-mid', '1795829999000');
      msg.querySelector('[data-tid="message-author-name"]')!.textContent = 'Vũ Thu Trang';
      msg.querySelector('[data-tid="messageBodyContent"]')!.textContent = 'tin mới';
    });
    const after = await tp.snapshot();
    expect(after.chat[3]).toMatchObject({ id: '1795829999000', senderName: 'Vũ Thu Trang', text: 'tin mới' });
  });
});

describe('Teams frames', () => {
  it('the shell defers to a same-origin call frame, which reads the call', async () => {
    const shell =
      '<!doctype html><html><head><title>Microsoft Teams</title></head><body><iframe src="/v2/call"></iframe></body></html>';
    await tp.loadWith(
      (u) => (u.pathname === '/v2/call' ? page('roster', 'vi') : shell),
      'https://teams.microsoft.com/v2/',
    );
    const frame = tp.page.frames().find((f) => f.url().endsWith('/v2/call'))!;
    await installIn(frame);
    const isMeeting = (f: Frame) =>
      f.evaluate(() => (window as unknown as { cgAdapter: { isMeetingFrame(): boolean } }).cgAdapter.isMeetingFrame());
    expect(await isMeeting(tp.page.mainFrame())).toBe(false);
    expect(await isMeeting(frame)).toBe(true);
    const s = await tp.snapshot(frame);
    expect(s.state).toBe('in-call');
    expect(s.participants).toHaveLength(19);
    // A top-level call page is its own meeting frame.
    await tp.load(page('roster-closed', 'en'));
    expect(await isMeeting(tp.page.mainFrame())).toBe(true);
  });
});
