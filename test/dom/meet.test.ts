/**
 * The Meet adapter against the fixture pages in real Chromium, in English and Vietnamese UI: each
 * page reads as the snapshot a teacher would expect (the selector table is checked by selectors.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capText } from '../../src/common/text-cap';
import type { Coverage, Participant } from '../../src/common/model';
import { CHAT_KEPT, CHAT_MAX, CHAT_WHOLE_READ_EVERY, NAME_MAX } from '../../src/platforms/meet/adapter';
import { LANGS, MEET_URL, openMeetPage, type MeetPage } from './meet-page';

const dev = (n: number): string => `spaces/AbCdEfGhIjKl/devices/${n}`;
const person = (n: number, name: string, extra: Partial<Participant> = {}): Participant => ({
  id: dev(n),
  idStable: true,
  name,
  role: 'participant',
  self: false,
  ...extra,
});
const TEACHER = 'Nguyễn Thị Lan';
const LONG_NAME = 'Vũ ' + 'Ạ'.repeat(300);
const HOSTILE = '<img src=x onerror=alert(1)>';
const ROSTER: Participant[] = [
  person(113, TEACHER, { role: 'host', self: true }),
  person(116, 'Trần Minh Anh'),
  person(120, 'Lê Hoàng Bảo'),
  person(124, HOSTILE),
  person(127, 'Phạm Thu Hà', { role: 'cohost' }),
  person(131, 'Đỗ Văn\u200bHùng\u202e'),
  person(135, capText(LONG_NAME, NAME_MAX)),
];
const MEETING = { platform: 'meet', code: 'abc-defg-hij', title: 'Lớp 10A1 - Toán', url: MEET_URL };
const NOT_IN_CALL: Coverage = {
  roster: 'hidden',
  rosterReason: 'not-in-call',
  chat: 'hidden',
  chatReason: 'not-in-call',
  presenter: 'unreadable',
  presenterReason: 'not-in-call',
};
const PEOPLE_OPEN: Coverage = {
  roster: 'full',
  rosterReason: null,
  chat: 'hidden',
  chatReason: 'panel-closed',
  presenter: 'readable',
  presenterReason: null,
};
/** The four camera tiles of the fixtures (the grid shows a subset of the seven), read as stage sightings. */
const TILE_PEOPLE = (selfKnown: boolean): Participant[] => [
  person(113, TEACHER, { self: selfKnown }),
  person(116, 'Trần Minh Anh'),
  person(120, 'Lê Hoàng Bảo'),
  person(124, HOSTILE),
];
const ALL_CLOSED: Coverage = {
  ...PEOPLE_OPEN,
  roster: 'hidden',
  rosterReason: 'panel-closed',
  stage: { read: 4, of: 7 },
};
const CHAT_OPEN: Coverage = { ...ALL_CLOSED, chat: 'visible', chatReason: null };
const NOBODY = { id: null, name: null, host: null };
const TEACHER_SELF = { id: dev(113), name: TEACHER, host: true };

let mp: MeetPage;
beforeAll(async () => {
  mp = await openMeetPage();
});
afterAll(async () => {
  await mp?.close();
});

describe.each(LANGS)('Meet snapshots (%s UI)', (lang) => {
  const you = lang === 'en' ? 'You' : 'Bạn';
  const at = (h: number, m: number): string =>
    lang === 'en'
      ? `${h > 12 ? h - 12 : h}:${String(m).padStart(2, '0')} ${h >= 12 ? 'PM' : 'AM'}`
      : `${h}:${String(m).padStart(2, '0')}`;

  it('pre-join: state only, nothing read, untitled meeting', async () => {
    await mp.open('prejoin', lang);
    expect(await mp.snapshot()).toEqual({
      meeting: { ...MEETING, title: null },
      state: 'prejoin',
      self: NOBODY,
      participants: [],
      participantCount: null,
      waiting: [],
      presenters: [],
      chat: [],
      coverage: NOT_IN_CALL,
    });
  });

  it('waiting to be let in: the lobby leave button and toggles do not count as in call', async () => {
    await mp.open('waiting', lang);
    const s = await mp.snapshot();
    expect(s.state).toBe('waiting');
    expect(s.coverage).toEqual(NOT_IN_CALL);
  });

  it.each(['removed', 'ended'])('%s page reads as ended', async (name) => {
    await mp.open(name, lang);
    const s = await mp.snapshot();
    expect(s.state).toBe('ended');
    expect(s.meeting.code).toBe('abc-defg-hij');
    expect(s.participants).toEqual([]);
  });

  it('in call, People panel open (host view): full roster, self, host, count and the waiting guest', async () => {
    await mp.open('in-call-people', lang);
    expect(await mp.snapshot()).toEqual({
      meeting: MEETING,
      state: 'in-call',
      self: TEACHER_SELF,
      participants: ROSTER,
      participantCount: 7,
      waiting: [person(140, 'Khách Lạ 99')],
      presenters: [],
      chat: [],
      coverage: PEOPLE_OPEN,
    });
  });

  it('in call, People panel closed: the client counter only, and the roster says why it is hidden', async () => {
    await mp.open('in-call-closed', lang);
    expect(await mp.snapshot()).toEqual({
      meeting: MEETING,
      state: 'in-call',
      self: NOBODY,
      participants: [],
      participantCount: 7,
      // Tiles name people, never roles: the tracker takes them as partial sightings.
      stage: TILE_PEOPLE(false),
      // The "<Name> joined" toast names him, a name only (docs/adapters/meet.md#toasts).
      joinNotices: [
        { id: 'notice:Lê Hoàng Bảo', idStable: false, name: 'Lê Hoàng Bảo', role: 'participant', self: false },
      ],
      waiting: [],
      presenters: [],
      chat: [],
      coverage: ALL_CLOSED,
    });
  });

  it('chat open: senders carried from group headers, own messages, hostile text kept as text and capped', async () => {
    await mp.open('in-call-chat', lang);
    const s = await mp.snapshot();
    expect(s.coverage).toEqual(CHAT_OPEN);
    const msg = (id: string, senderName: string, text: string, time: string, self = false) => ({
      id,
      senderId: null,
      senderName,
      self,
      text,
      time,
      privateTo: null,
    });
    expect(s.chat).toEqual([
      msg('1764322860101', 'Trần Minh Anh', 'Em chào cô ạ', at(10, 41)),
      msg('1764322860102', 'Trần Minh Anh', 'Em vào lớp rồi ạ', at(10, 41)),
      // The People panel was never open here, so the adapter cannot know its own name yet.
      msg('1764322920103', you, 'Các em bật camera lên nhé', at(10, 42), true),
      msg('1764322925104', HOSTILE, '<b>hi</b><script>alert(1)</script>', at(10, 42)),
      msg('1764322926105', HOSTILE, 'https://example.com/free-robux', at(10, 42)),
      msg('1764322980106', 'Lê Hoàng Bảo', capText('á'.repeat(CHAT_MAX + 1), CHAT_MAX), at(10, 43)),
      msg('1764323040107', 'Phạm Thu Hà', 'Cô ơi em không nghe rõ', at(10, 44)),
    ]);
  });

  it("a student's share: one presenter from the reused participant id, no extra person", async () => {
    await mp.open('in-call-share', lang);
    const s = await mp.snapshot();
    expect(s.presenters).toEqual([{ participantId: dev(116), name: 'Trần Minh Anh', self: false }]);
    expect(s.participants).toEqual(ROSTER);
    expect(s.coverage).toEqual(PEOPLE_OPEN);
  });

  it('own share: one self presenter (tile, presentation row and toolbar glyph agree)', async () => {
    await mp.open('in-call-own-share', lang);
    const s = await mp.snapshot();
    expect(s.presenters).toEqual([{ participantId: dev(113), name: TEACHER, self: true }]);
    expect(s.participants).toEqual(ROSTER);
  });

  it('reads the top document only, not a frame inside it (the reCAPTCHA iframe, for one)', async () => {
    await mp.open('in-call-people', lang);
    const frames = await mp.page.evaluate(() => {
      const iframe = document.createElement('iframe');
      document.body.append(iframe);
      const inner = window.CGMeet.meet.createAdapter(iframe.contentDocument!, iframe.contentWindow!);
      return { top: window.cg.adapter.isMeetingFrame(), inner: inner.isMeetingFrame() };
    });
    expect(frames).toEqual({ top: true, inner: false });
  });

  it('rowFor finds the person row (not the presentation row) and the waiting row', async () => {
    await mp.open('in-call-share', lang);
    const rows = await mp.page.evaluate(
      (ids) => {
        const a = window.cg.adapter;
        const label = (el: Element | null): string | null => el?.getAttribute('aria-label') ?? null;
        return {
          presenter: label(a.rowFor('participant', ids.presenter)),
          teacher: label(a.rowFor('participant', ids.teacher)),
          unknown: a.rowFor('participant', ids.unknown),
          notWaiting: a.rowFor('waiting', ids.presenter),
        };
      },
      { presenter: dev(116), teacher: dev(113), unknown: dev(999) },
    );
    expect(rows).toEqual({ presenter: 'Trần Minh Anh', teacher: TEACHER, unknown: null, notWaiting: null });

    await mp.open('in-call-people', lang);
    const waitingLabel = await mp.page.evaluate(
      (id) => window.cg.adapter.rowFor('waiting', id)?.getAttribute('aria-label') ?? null,
      dev(140),
    );
    expect(waitingLabel).toBe('Khách Lạ 99');

    await mp.open('in-call-closed', lang);
    expect(await mp.page.evaluate((id) => window.cg.adapter.rowFor('participant', id), dev(116))).toBeNull();
  });
});

describe.each(LANGS)('Meet adapter on a changing page (%s UI)', (lang) => {
  const run = (op: string, ...args: unknown[]): Promise<unknown> =>
    mp.page.evaluate(
      (op, args) => (window.meetScenario as unknown as Record<string, (...a: unknown[]) => unknown>)[op]!(...args),
      op,
      args,
    );

  it('with the People panel closed, a share is read from its tile and self is remembered', async () => {
    await mp.open('in-call-people', lang, { scenario: true });
    await mp.snapshot(); // the teacher's own row is seen once
    await run('closePeople');
    await run('share', '120');
    let s = await mp.snapshot();
    expect(s.coverage).toEqual(ALL_CLOSED);
    expect(s.self).toEqual(TEACHER_SELF);
    // The tile says "Lê Hoàng Bảo (Presentation)" in the page's language; the suffix is not part of the name.
    expect(s.presenters).toEqual([{ participantId: dev(120), name: 'Lê Hoàng Bảo', self: false }]);
    await run('share', '113');
    s = await mp.snapshot();
    expect(s.presenters).toEqual([{ participantId: dev(113), name: TEACHER, self: true }]);
    await run('stopShare');
    expect((await mp.snapshot()).presenters).toEqual([]);
  });

  it('with the chat open and People closed, joiners are read from their tiles; reopening adds no second join, closing no leave', async () => {
    await mp.open('in-call-people', lang, { scenario: true, tracker: true });
    await mp.step(0);
    await mp.step(100, 'openChat');
    const joins = (obs: { kind: string }[]) => obs.filter((o) => o.kind === 'participant.joined');
    // The fixture's grid holds six camera tiles: two of the three newcomers get one; the third is
    // named by the "joined" toast still shown (docs/adapters/meet.md#toasts).
    await run('join', 'Khách 1', '201');
    await run('join', 'Khách 2', '202');
    const seen = await mp.step(200, 'join', 'Khách 3', '203');
    expect(joins(seen)).toEqual([
      { kind: 'participant.joined', participant: { ...person(201, 'Khách 1') } },
      { kind: 'participant.joined', participant: { ...person(202, 'Khách 2') } },
      {
        kind: 'participant.joined',
        participant: { id: 'notice:Khách 3', idStable: false, name: 'Khách 3', role: 'participant', self: false },
      },
    ]);
    const s = await mp.snapshot();
    expect(s.coverage.stage).toEqual({ read: 6, of: 10 });
    // Her row is the person the notice named: no second join.
    const reopened = await mp.step(5_000, 'openPeople');
    expect(joins(reopened)).toEqual([]);
    expect((await mp.step(6_000, 'closePeople')).filter((o) => o.kind === 'participant.left')).toEqual([]);
    expect((await mp.step(60_000)).filter((o) => o.kind === 'participant.left')).toEqual([]);
  });

  it('messages sent before the chat was first opened appear when it opens, and stay readable behind the People panel', async () => {
    await mp.open('in-call-people', lang, { scenario: true });
    await run('post', 'Trần Minh Anh', 'Cô ơi');
    await run('post', TEACHER, 'Chờ chút nhé', { self: true });
    let s = await mp.snapshot();
    expect(s.chat).toEqual([]);
    expect(s.coverage.chat).toBe('hidden');
    await run('openChat');
    s = await mp.snapshot();
    expect(s.chat.map((m) => [m.senderName, m.self, m.senderId, m.text])).toEqual([
      ['Trần Minh Anh', false, null, 'Cô ơi'],
      [TEACHER, true, dev(113), 'Chờ chút nhé'],
    ]);
    await run('openPeople');
    await run('post', 'Trần Minh Anh', 'Em nghe rồi ạ');
    s = await mp.snapshot();
    expect(s.coverage).toEqual({ ...PEOPLE_OPEN, chat: 'visible', chatReason: null });
    expect(s.chat.map((m) => m.text)).toEqual(['Cô ơi', 'Chờ chút nhé', 'Em nghe rồi ạ']);
  });

  it('controls(): the leave button, its bar and the open side panel, found again when the client re-renders them', async () => {
    await mp.open('in-call-people', lang, { scenario: true });
    await mp.snapshot();
    // What the panel keeps clear of: Leave, the toolbar region it sits in, and the side panel with rows or messages.
    const controls = () =>
      mp.page.evaluate(() => {
        const leave = document.querySelector('button[jsname="CQylAd"]')!;
        const asides = [...document.querySelectorAll('aside')].filter((a) =>
          a.querySelector('[role="listitem"][data-participant-id], [data-message-id]'),
        );
        const shown = [leave, leave.closest('[role="region"]')!, ...asides];
        const got = window.cg.adapter.controls?.() ?? [];
        return { same: got.length === shown.length && got.every((el) => shown.includes(el)), n: got.length };
      });
    expect(await controls()).toEqual({ same: true, n: 3 });
    await mp.page.evaluate(() => {
      const leave = document.querySelector('button[jsname="CQylAd"]')!;
      leave.replaceWith(leave.cloneNode(true));
    });
    expect(await controls()).toEqual({ same: true, n: 3 });
    await run('closePeople');
    expect(await controls()).toEqual({ same: true, n: 2 });
    await run('openChat');
    await run('post', 'Trần Minh Anh', 'Cô ơi');
    await mp.snapshot();
    expect(await controls()).toEqual({ same: true, n: 3 });
  });

  it('a child on a parent-guarded laptop: self without a host role line is not host', async () => {
    await mp.open('in-call-people', lang);
    await mp.page.evaluate(() => {
      const selfRow = document.querySelector('.NnTWjc')!.closest('[role="listitem"]')!;
      selfRow.querySelector('.d93U2d')!.remove();
    });
    const s = await mp.snapshot();
    expect(s.self).toEqual({ ...TEACHER_SELF, host: false });
    expect(s.participants[0]).toEqual({ ...ROSTER[0], role: 'participant' });
  });

  it('rowFor follows renames, admissions and the panel closing', async () => {
    await mp.open('in-call-people', lang, { scenario: true });
    const label = (kind: 'participant' | 'waiting', id: string): Promise<string | null> =>
      mp.page.evaluate((kind, id) => window.cg.adapter.rowFor(kind, id)?.getAttribute('aria-label') ?? null, kind, id);
    await run('rename', '116', 'Anh 10A1');
    expect(await label('participant', dev(116))).toBe('Anh 10A1');
    await run('admit', '140');
    expect(await label('waiting', dev(140))).toBeNull();
    expect(await label('participant', dev(140))).toBe('Khách Lạ 99');
    await run('closePeople');
    expect(await label('participant', dev(116))).toBeNull();
  });
  it('dispose lets go of every observer the adapter watched the page with; a later read watches again and reads the same', async () => {
    await mp.open('in-call-people', lang, { scenario: true });
    await run('openChat');
    const result = await mp.page.evaluate(() => {
      const live = new Set<MutationObserver>();
      const { observe, disconnect } = MutationObserver.prototype;
      MutationObserver.prototype.observe = function (
        this: MutationObserver,
        ...args: Parameters<MutationObserver['observe']>
      ) {
        live.add(this);
        return observe.apply(this, args);
      };
      MutationObserver.prototype.disconnect = function (this: MutationObserver) {
        live.delete(this);
        return disconnect.apply(this);
      };
      const adapter = window.CGMeet.meet.createAdapter(document, window);
      const before = adapter.snapshot();
      const watching = live.size;
      adapter.dispose?.();
      const afterDispose = live.size;
      const again = adapter.snapshot();
      return {
        watching,
        afterDispose,
        watchingAgain: live.size,
        same: JSON.stringify(again) === JSON.stringify(before),
      };
    });
    expect(result.watching).toBeGreaterThan(0);
    expect(result.afterDispose).toBe(0);
    expect(result.watchingAgain).toBe(result.watching);
    expect(result.same).toBe(true);
  });
  it('the chat, walked on from the last message read, reads as a fresh read of the page would, through late ids, and through removals and inserts by the next whole read', async () => {
    await mp.open('in-call-people', lang, { scenario: true });
    await run('openChat');
    for (const t of ['Em chào cô ạ', 'Em vào lớp rồi ạ', 'Cô ơi']) await run('post', 'Phạm Thu Hà', t);
    const texts = (chat: readonly { text: string }[]) => chat.map((m) => m.text);
    /** The kept adapter's chat, and the chat a newly created adapter reads from the page as it is. */
    const both = () =>
      mp.page.evaluate(() => ({
        kept: window.cg.adapter.snapshot().chat,
        fresh: window.CGMeet.meet.createAdapter(document, window).snapshot().chat,
      }));
    const first = await both();
    expect(first.kept).toEqual(first.fresh);
    expect(first.kept).toHaveLength(3);

    // Unchanged: the same list, handed over as the same (frozen) array; the roster likewise.
    expect(
      await mp.page.evaluate(() => {
        const a = window.cg.adapter.snapshot();
        const b = window.cg.adapter.snapshot();
        return [a.chat === b.chat, Object.isFrozen(a.chat), a.participants === b.participants];
      }),
    ).toEqual([true, true, true]);

    await run('post', 'Trần Minh Anh', 'Một');
    await run('post', 'Trần Minh Anh', 'Hai');
    await run('post', 'Lê Hoàng Bảo', 'Ba');
    let now = await both();
    expect(now.kept).toEqual(now.fresh);
    expect(texts(now.kept).slice(-3)).toEqual(['Một', 'Hai', 'Ba']);

    const messages = () => [...document.querySelectorAll('[jsname="dTKtvb"]')].map((b) => b.parentElement!);
    /** Snapshots until the adapter's next whole read of the chat (it walks on from the last message in between). */
    const untilWholeRead = () =>
      mp.page.evaluate((n) => {
        for (let i = 0; i < n; i++) window.cg.adapter.snapshot();
      }, CHAT_WHOLE_READ_EVERY);

    // A message removed (deleted by the host): it was reported when it came; the next whole read drops it from the view.
    await mp.page.evaluate(`(${messages.toString()})()[1].remove()`);
    await untilWholeRead();
    now = await both();
    expect(now.kept).toEqual(now.fresh);
    expect(texts(now.kept)).toEqual(['Em chào cô ạ', 'Cô ơi', 'Một', 'Hai', 'Ba']);

    // A message inserted before the last one (Meet only appends): found by the next whole read, in page order.
    await mp.page.evaluate(`(() => {
      const els = (${messages.toString()})();
      const copy = els[els.length - 1].cloneNode(true);
      copy.setAttribute('data-message-id', 'inserted-1');
      copy.querySelector('[jsname="dTKtvb"]').textContent = 'Chen giữa';
      els[els.length - 1].before(copy);
    })()`);
    await untilWholeRead();
    now = await both();
    expect(now.kept).toEqual(now.fresh);
    expect(texts(now.kept).slice(-2)).toEqual(['Chen giữa', 'Ba']);

    /** A message after the last one, without its id yet (as one's own until Meet's server has it). */
    const addWithoutId = (text: string) =>
      mp.page.evaluate(`(() => {
        const els = (${messages.toString()})();
        const copy = els[els.length - 1].cloneNode(true);
        copy.removeAttribute('data-message-id');
        copy.querySelector('[jsname="dTKtvb"]').textContent = ${JSON.stringify(text)};
        els[els.length - 1].after(copy);
        window.lateMessage = copy;
      })()`);
    const giveId = (id: string) =>
      mp.page.evaluate(
        (i) => (window as unknown as { lateMessage: Element }).lateMessage.setAttribute('data-message-id', i),
        id,
      );

    // A message element that gets its id after it was added: read once the id is there.
    await addWithoutId('Muộn');
    now = await both();
    expect(now.kept).toEqual(now.fresh);
    expect(texts(now.kept)).not.toContain('Muộn');
    await giveId('late-1');
    now = await both();
    expect(now.kept).toEqual(now.fresh);
    expect(texts(now.kept).at(-1)).toBe('Muộn');

    // One waiting for its id while others come after it: those are read at once, it when its id comes, in page order.
    await addWithoutId('Chờ mã');
    await run('post', 'Lê Hoàng Bảo', 'Bốn');
    now = await both();
    expect(texts(now.kept).slice(-2)).toEqual(['Muộn', 'Bốn']);
    await run('post', 'Lê Hoàng Bảo', 'Năm');
    await giveId('late-2');
    now = await both();
    expect(now.kept).toEqual(now.fresh);
    expect(texts(now.kept).slice(-4)).toEqual(['Muộn', 'Chờ mã', 'Bốn', 'Năm']);
  });

  it('a chat longer than a snapshot carries: the latest CHAT_KEPT, the whole chat on a first read, and every message reported once', async () => {
    await mp.open('in-call-people', lang, { scenario: true });
    await run('openChat');
    const total = CHAT_KEPT + 57;
    const result = await mp.page.evaluate((total) => {
      const w = window as unknown as {
        meetScenario: { post(a: string, b: string): void };
        cg: { adapter: { snapshot(): { chat: readonly { id: string; text: string }[] } } };
      };
      const seen = new Set<string>();
      let reports = 0;
      // Bursts of 1 to 30 messages between snapshots, as a busy class posts between flushes.
      for (let n = 0; n < total;) {
        const burst = Math.min(total - n, 1 + ((n * 7) % 30));
        for (let i = 0; i < burst; i++, n++) w.meetScenario.post(`Học sinh ${n % 9}`, `tin số ${n}`);
        for (const m of w.cg.adapter.snapshot().chat) {
          if (seen.has(m.id)) continue;
          seen.add(m.id);
          reports++;
        }
      }
      const kept = w.cg.adapter.snapshot().chat;
      const fresh = (
        window as unknown as {
          CGMeet: { meet: { createAdapter(d: Document, w: Window): { snapshot(): { chat: unknown[] } } } };
        }
      ).CGMeet.meet
        .createAdapter(document, window)
        .snapshot().chat;
      return { reports, kept, fresh, first: kept[0]?.text, last: kept.at(-1)?.text };
    }, total);
    expect(result.reports).toBe(total);
    expect(result.kept).toHaveLength(CHAT_KEPT);
    // A first read takes the whole chat (none of it was reported yet); later views keep the latest.
    expect(result.fresh).toHaveLength(total);
    expect(result.kept).toEqual(result.fresh.slice(-CHAT_KEPT));
    expect(result.first).toBe(`tin số ${total - CHAT_KEPT}`);
    expect(result.last).toBe(`tin số ${total - 1}`);
  });

  it('a flood of more than CHAT_KEPT messages between two reads: every one reported', async () => {
    await mp.open('in-call-people', lang, { scenario: true });
    await run('openChat');
    const total = CHAT_KEPT * 2 + 13;
    const reported = await mp.page.evaluate((total) => {
      const w = window as unknown as {
        meetScenario: { post(a: string, b: string): void };
        cg: { adapter: { snapshot(): { chat: readonly { id: string }[] } } };
      };
      const seen = new Set<string>();
      w.meetScenario.post('Học sinh', 'trước');
      for (const m of w.cg.adapter.snapshot().chat) seen.add(m.id);
      for (let n = 0; n < total; n++) w.meetScenario.post(`Khách ${n % 3}`, `spam ${n}`);
      for (const m of w.cg.adapter.snapshot().chat) seen.add(m.id);
      return seen.size;
    }, total);
    expect(reported).toBe(total + 1);
  });
});

describe.each(LANGS)('Meet coverage when selectors rotate (%s UI)', (lang) => {
  it('People rows the row selector no longer knows: roster hidden for selector-missing, not panel-closed', async () => {
    await mp.open('in-call-people', lang);
    await mp.page.evaluate(() => {
      for (const row of document.querySelectorAll('[role="listitem"][data-participant-id]')) {
        row.classList.remove('cxdMu');
        row.setAttribute('jscontroller', 'Xx1Yy');
      }
    });
    const s = await mp.snapshot();
    expect(s.participants).toEqual([]);
    // The tiles still name who they show.
    expect(s.coverage).toEqual({
      ...PEOPLE_OPEN,
      roster: 'hidden',
      rosterReason: 'selector-missing',
      stage: { read: 4, of: 7 },
    });
  });

  it('a chat container the selectors no longer know: chat hidden for selector-missing', async () => {
    await mp.open('in-call-chat', lang);
    await mp.page.evaluate(() => {
      const c = document.querySelector('[jsname="xySENc"]')!;
      c.setAttribute('jsname', 'zZ9qQ');
      c.classList.remove('Ge9Kpc');
    });
    const s = await mp.snapshot();
    expect(s.chat).toEqual([]);
    expect(s.coverage).toEqual({ ...ALL_CLOSED, chatReason: 'selector-missing' });
  });

  it('without a <main> landmark, share tiles are still found and the call is still in-call', async () => {
    // People panel closed: the share tile is the only evidence of the share.
    await mp.open('in-call-people', lang, { scenario: true });
    await mp.page.evaluate(() => {
      window.meetScenario.closePeople();
      window.meetScenario.share('116');
      const main = document.querySelector('main')!;
      const div = document.createElement('div');
      div.append(...main.childNodes);
      main.replaceWith(div);
    });
    const s = await mp.snapshot();
    expect(s.state).toBe('in-call');
    expect(s.presenters).toEqual([{ participantId: dev(116), name: 'Trần Minh Anh', self: false }]);
  });
});
