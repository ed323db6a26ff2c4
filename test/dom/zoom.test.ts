/**
 * The Zoom adapter against the fixture pages, in Chromium, in both UI languages: one snapshot per
 * state, the app shell's #webclient iframe, and a scripted class through the tracker (the selector
 * table is checked by selectors.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage, Coverage, Observation, Participant, Presenter, Snapshot } from '../../src/common/model';
import { ZOOM_FIXTURES, type ZoomFixture } from '../../src/platforms/zoom/selectors';
import { SELF_ID } from '../../src/platforms/zoom/adapter';
import { FIXTURES, fixture, launch, serve } from '../support/browser';
import { bundle } from '../support/bundle';
import { KINDS, LANGS, render, type Lang } from '../fixtures/zoom/generate';

const ORIGIN = 'https://app.zoom.us';
const JOIN = `${ORIGIN}/wc/81234567890/join`;
const START = `${ORIGIN}/wc/81234567890/start`;

type Browser = Awaited<ReturnType<typeof launch>>;
let browser: Browser;
let page: Page;
/** What the routes serve: the page under test at /join, the shell at /start. */
const served = { join: '', start: '' };
let adapterJs = '';
let trackerJs = '';

beforeAll(async () => {
  [adapterJs, trackerJs] = await Promise.all([
    bundle('src/platforms/zoom/index.ts', 'CGZoom'),
    bundle('src/content/tracker.ts', 'CGTracker'),
  ]);
  browser = await launch();
  page = await browser.newPage();
  await serve(page, {
    [JOIN]: () => served.join,
    [START]: () => served.start,
  });
});

afterAll(async () => {
  await browser?.cleanup();
});

async function open(kind: ZoomFixture, lang: Lang): Promise<void> {
  served.join = fixture(`zoom/${kind}.${lang}.html`);
  await page.goto(JOIN, { waitUntil: 'load' });
}

async function inject(target: Page | Frame): Promise<void> {
  await target.addScriptTag({ content: adapterJs });
}

function snapshotIn(target: Page | Frame): Promise<Snapshot> {
  return target.evaluate(() => {
    const g = globalThis as unknown as { CGZoom: typeof import('../../src/platforms/zoom/index') };
    return g.CGZoom.zoom.createAdapter(document, window).snapshot();
  });
}

async function snap(kind: ZoomFixture, lang: Lang): Promise<Snapshot> {
  await open(kind, lang);
  await inject(page);
  return snapshotIn(page);
}

const p = (
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

const LAN = 'Nguyễn Thị Lan';
const MEETING = { platform: 'zoom', code: '81234567890', title: 'Lớp 10A1 - Toán', url: JOIN };
const NOT_IN_CALL = {
  roster: 'hidden',
  rosterReason: 'not-in-call',
  chat: 'hidden',
  chatReason: 'not-in-call',
  presenter: 'unreadable',
  presenterReason: 'not-in-call',
};

describe('fixtures', () => {
  it('are what generate.ts makes', () => {
    for (const kind of KINDS) {
      for (const lang of LANGS) {
        expect(readFileSync(path.join(FIXTURES, `zoom/${kind}.${lang}.html`), 'utf8'), `${kind}.${lang}`).toBe(
          render(kind, lang),
        );
      }
    }
    expect([...KINDS].sort()).toEqual([...ZOOM_FIXTURES].sort());
  });
});

describe('snapshots per state', () => {
  for (const lang of LANGS) {
    describe(lang, () => {
      it('pre-join, preview flow and classic form', async () => {
        for (const kind of ['prejoin', 'prejoin-classic'] as const) {
          const s = await snap(kind, lang);
          expect(s.state, kind).toBe('prejoin');
          expect(s.meeting).toEqual({ ...MEETING, title: null });
          expect(s.participants).toEqual([]);
          expect(s.coverage).toEqual(NOT_IN_CALL);
        }
      });

      it('waiting room (text per locale, despite .meeting-app and a live mic preview)', async () => {
        const s = await snap('waiting', lang);
        expect(s.state).toBe('waiting');
        expect(s.coverage).toEqual(NOT_IN_CALL);
      });

      it('in call, host view, Participants panel open: everyone, roles, the stranger waiting', async () => {
        const s = await snap('roster', lang);
        expect(s.state).toBe('in-call'); // the recording notice is a modal too, but not an end
        expect(s.meeting).toEqual(MEETING);
        expect(s.self).toEqual({ id: SELF_ID, name: LAN, host: true });
        expect(s.participants).toEqual([
          p(LAN, 'host', true),
          p('Phạm Thu Hà', 'cohost'),
          p('Trần Minh An'),
          p('Lê Hoàng Bảo'),
          p('<img src=x onerror="alert(1)">', 'guest'),
          p('Vũ Thu\u200b Trang'),
        ]);
        expect(s.participantCount).toBe(6);
        expect(s.waiting).toEqual([p('Khách 01')]);
        expect(s.presenters).toEqual([]);
        expect(s.chat).toEqual([]);
        expect(s.coverage).toEqual({
          roster: 'full',
          rosterReason: null,
          chat: 'hidden',
          chatReason: 'panel-closed',
          presenter: 'readable',
          presenterReason: null,
        });
        // The markup in a name stayed text.
        expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
      });

      it('a virtualized list is partial, names capped, counts from the header', async () => {
        const s = await snap('roster-virtualized', lang);
        expect(s.participantCount).toBe(40);
        expect(s.participants).toHaveLength(14);
        expect(s.coverage.roster).toBe('partial');
        expect(s.coverage.rosterReason).toBe('virtualized');
        const long = s.participants[5]!;
        expect(long.name).toHaveLength(256);
        expect(long.name.endsWith('A…')).toBe(true);
        expect(long.role).toBe('guest');
        expect(s.participants[6]!.name).toBe('Ngô Bảo \u202ettohkcab');
        expect(s.waiting.map((w) => w.name)).toEqual(['Khách 01', 'Guest 2']);
      });

      it('the older list: attendee self, and a second row with the host name gets its own id', async () => {
        const s = await snap('roster-legacy', lang);
        expect(s.state).toBe('in-call');
        expect(s.meeting).toEqual({ ...MEETING, title: null });
        expect(s.self).toEqual({ id: SELF_ID, name: 'Trần Minh An', host: false });
        expect(s.participants).toEqual([
          p('Trần Minh An', 'participant', true),
          p(LAN, 'host'),
          p(LAN, 'participant', false, `name:${LAN}#2`),
        ]);
        expect(s.participantCount).toBe(3);
        expect(s.coverage.roster).toBe('full');
      });

      it('panels closed: the footer counter still counts, the roster and chat are hidden', async () => {
        const s = await snap('closed', lang);
        expect(s.state).toBe('in-call');
        expect(s.participants).toEqual([]);
        expect(s.participantCount).toBe(6);
        // Host known from the "End" leave button alone.
        expect(s.self).toEqual({ id: null, name: null, host: true });
        // The gallery's two name footers are read instead (a partial view).
        expect(s.stage?.map((p) => p.id)).toHaveLength(2);
        expect(s.coverage).toEqual({
          stage: { read: 2, of: 6 },
          roster: 'hidden',
          rosterReason: 'panel-closed',
          chat: 'hidden',
          chatReason: 'panel-closed',
          presenter: 'readable',
          presenterReason: null,
        });
      });

      it('chat open: senders carried forward, private messages, placeholder skipped, chat texts do not end the call', async () => {
        const s = await snap('chat', lang);
        expect(s.state).toBe('in-call');
        expect(s.coverage.chat).toBe('visible');
        const T = CHAT_TEXT[lang];
        const id = (n: number) => `3-0F4E2C1A-${String(n).padStart(4, '0')}-4000-8000-00000000AAAA`;
        const m = (n: number, sender: [string, string], text: string, o: Partial<ChatMessage> = {}): ChatMessage => ({
          id: id(n),
          senderId: sender[1],
          senderName: sender[0],
          self: false,
          text,
          time: null,
          privateTo: null,
          ...o,
        });
        const AN: [string, string] = ['Trần Minh An', '16780288'];
        const BAO: [string, string] = ['Lê Hoàng Bảo', '16781312'];
        const ME: [string, string] = [LAN, '16778240'];
        const HUY: [string, string] = ['Phạm Gia Huy', '16782336'];
        const LINH: [string, string] = ['Đỗ Khánh Linh', '16783360'];
        expect(s.chat).toEqual([
          m(1, AN, T[0]!, { time: '10:02 AM' }),
          m(2, AN, T[1]!),
          m(3, BAO, T[2]!, { time: '10:03 AM' }),
          m(4, ME, T[3]!, { time: '10:04 AM', self: true }),
          m(5, ME, T[4]!, { self: true }),
          m(6, HUY, T[5]!, { time: '10:05 AM', privateTo: LAN }),
          m(7, HUY, T[6]!, { privateTo: LAN }),
          m(8, LINH, T[7]!, { time: '10:06 AM' }),
          m(9, LINH, `<img src=x onerror="alert(1)">\n${T[8]}`),
        ]);
      });

      it('share: the presenter named from the camera tile with the share node-id', async () => {
        const s = await snap('share', lang);
        expect(s.presenters).toEqual([{ participantId: 'name:Lê Hoàng Bảo', name: 'Lê Hoàng Bảo', self: false }]);
        expect(s.coverage.presenter).toBe('readable');
        // Without his camera tile, the banner names him; without the banner too, the share is unreadable.
        const fallback = await page.evaluate(() => {
          const g = globalThis as unknown as { CGZoom: typeof import('../../src/platforms/zoom/index') };
          const read = () => g.CGZoom.zoom.createAdapter(document, window).snapshot();
          document
            .querySelector('video-player[media-type="video"][node-id="16781312"]')!
            .closest('.gallery-video-container__video-frame')!
            .remove();
          const banner = read();
          document.querySelector('.sharee-container__viewing-status')!.remove();
          const none = read();
          return { banner: banner.presenters, none: none.presenters, coverage: none.coverage };
        });
        expect(fallback.banner).toEqual([{ participantId: 'name:Lê Hoàng Bảo', name: 'Lê Hoàng Bảo', self: false }]);
        expect(fallback.none).toEqual([{ participantId: null, name: null, self: false }]);
        expect(fallback.coverage.presenter).toBe('unreadable');
        expect(fallback.coverage.presenterReason).toBe('selector-missing');
      });

      it('ended and removed: the modal title wins over the footer still behind it', async () => {
        for (const kind of ['ended', 'removed'] as const) {
          const s = await snap(kind, lang);
          expect(s.state, kind).toBe('ended');
          expect(s.participants).toEqual([]);
          expect(s.coverage).toEqual(NOT_IN_CALL);
        }
      });
    });
  }
});

const CHAT_TEXT: Record<Lang, string[]> = {
  en: [
    'Good morning, teacher',
    "I'm in class now",
    'Hello everyone 👋',
    'Open your books at page 42',
    'Turn your cameras on please',
    'May I step out for 5 minutes?',
    'thank you',
    'This meeting has been ended by host',
    'You have been removed',
  ],
  vi: [
    'Chào cô ạ',
    'Em vào lớp rồi',
    'Hello everyone 👋',
    'Các em mở sách trang 42 nhé',
    'Các em bật camera lên nào',
    'Cô ơi cho em ra ngoài 5 phút ạ',
    'em cảm ơn cô',
    'Cuộc họp này đã bị người chủ trì kết thúc',
    'Bạn đã bị xóa khỏi cuộc họp',
  ],
};

describe('frames', () => {
  for (const lang of LANGS) {
    it(`app shell: the top frame is not the meeting, the same-origin #webclient iframe is (${lang})`, async () => {
      served.start = fixture(`zoom/shell.${lang}.html`);
      served.join = fixture(`zoom/roster.${lang}.html`);
      await page.goto(START, { waitUntil: 'load' });
      const iframe = page.frames().find((f) => f.url() === JOIN);
      expect(iframe).toBeDefined();
      await inject(page);
      await inject(iframe!);
      const top = await page.evaluate(() => {
        const g = globalThis as unknown as { CGZoom: typeof import('../../src/platforms/zoom/index') };
        return g.CGZoom.zoom.createAdapter(document, window).isMeetingFrame();
      });
      expect(top).toBe(false);
      const inner = await iframe!.evaluate(() => {
        const g = globalThis as unknown as { CGZoom: typeof import('../../src/platforms/zoom/index') };
        const a = g.CGZoom.zoom.createAdapter(document, window);
        return { frame: a.isMeetingFrame(), snap: a.snapshot() };
      });
      expect(inner.frame).toBe(true);
      expect(inner.snap.state).toBe('in-call');
      expect(inner.snap.meeting).toEqual(MEETING);
      expect(inner.snap.participants).toHaveLength(6);
    });

    it(`direct top-level client: the top frame is the meeting (${lang})`, async () => {
      await open('roster', lang);
      await inject(page);
      const r = await page.evaluate(() => {
        const g = globalThis as unknown as { CGZoom: typeof import('../../src/platforms/zoom/index') };
        const a = g.CGZoom.zoom.createAdapter(document, window);
        const row = a.rowFor('participant', 'name:Trần Minh An');
        const wait = a.rowFor('waiting', 'name:Khách 01');
        return {
          frame: a.isMeetingFrame(),
          row: row?.id ?? null,
          wait: wait?.id ?? null,
          none: a.rowFor('participant', 'name:nobody'),
        };
      });
      expect(r).toEqual({ frame: true, row: 'participants-list-2', wait: 'waitingRoom-li-0', none: null });
    });
  }
});

describe('scripted class through the tracker', () => {
  type Call = [method: string, ...args: unknown[]];

  /** Loads the scenario page with the adapter, the tracker and the driver; each step acts, then takes one snapshot. */
  async function startClass(lang: Lang): Promise<(call?: Call, dt?: number) => Promise<Observation[]>> {
    await open('class', lang);
    await page.addScriptTag({ content: readFileSync(path.join(FIXTURES, 'zoom/scenario.js'), 'utf8') });
    await inject(page);
    await page.addScriptTag({ content: trackerJs });
    await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown> & {
        CGZoom: typeof import('../../src/platforms/zoom/index');
        CGTracker: typeof import('../../src/content/tracker');
        zoomScenario: Record<string, (...a: unknown[]) => void>;
      };
      const adapter = g.CGZoom.zoom.createAdapter(document, window);
      const tracker = g.CGTracker.createTracker();
      let now = 0;
      g.adapter = adapter;
      g.step = (method: string | null, args: unknown[], dt: number) => {
        if (method) g.zoomScenario[method]!(...args);
        now += dt;
        return tracker.update(adapter.snapshot(), now);
      };
    });
    return (call, dt = 1000) =>
      page.evaluate(
        (method, args, ms) =>
          (globalThis as unknown as { step: (m: string | null, a: unknown[], dt: number) => Observation[] }).step(
            method,
            args,
            ms,
          ),
        call?.[0] ?? null,
        call?.slice(1) ?? [],
        dt,
      );
  }

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
  const userId = (i: number) => 16779264 + 1024 * i;
  const STRANGER = 'Khách lạ';
  const LAN_ID = '16778240';

  const cov = (roster: Coverage['roster'], rosterReason: Coverage['rosterReason']): Coverage => ({
    roster,
    rosterReason,
    chat: 'visible',
    chatReason: null,
    presenter: 'readable',
    presenterReason: null,
  });
  const FULL = cov('full', null);
  const PARTIAL = cov('partial', 'virtualized');
  const CLOSED = cov('hidden', 'panel-closed');
  const joined = (name: string, role: Participant['role'] = 'participant', self = false): Observation => ({
    kind: 'participant.joined',
    participant: p(name, role, self),
  });

  /** [sender index (-1: the teacher), text, private to the teacher] */
  const POSTS: [number, string, boolean?][] = [
    [-1, 'Chào cả lớp'],
    [-1, 'Hôm nay học bài 5'],
    [0, 'Chào cô ạ'],
    [0, 'Em có mặt'],
    [0, 'Cô ơi em hỏi bài'],
    [1, 'Em chào cô'],
    [5, 'Em có mặt ạ'],
    [5, 'Cô ơi em chia sẻ màn hình được không?'],
    [3, 'Cô ơi em bị mất mạng lúc nãy', true],
    [3, 'em xin lỗi', true],
    [3, 'Bạn nào cho mình xin bài với'],
    [-1, 'Các em trật tự'],
    [6, '<b>bold?</b> <script>alert(1)</script>'],
    [6, '\u202eabc'],
    [7, 'ok'],
    [8, 'ok ạ'],
    [9, 'vâng'],
    [9, 'x'.repeat(5000)],
    [9, '...'],
    [-1, 'Hết giờ'],
  ];

  /** What the tracker must report for post k: the sender carried forward from the run's first message. */
  function expectedMessage(k: number): ChatMessage {
    const [who, text, priv] = POSTS[k]!;
    const prev = POSTS[k - 1];
    const runStart = !prev || prev[0] !== who || Boolean(prev[2]) !== Boolean(priv);
    return {
      id: `3-5A1C0DE0-0000-4000-8000-${String(k + 1).padStart(12, '0')}`,
      senderId: who < 0 ? LAN_ID : String(userId(who)),
      senderName: who < 0 ? LAN : STUDENTS[who]!,
      self: who < 0,
      text: text.length > 4000 ? `${'x'.repeat(3999)}…` : text,
      time: runStart ? `10:${String(k + 1).padStart(2, '0')} AM` : null,
      privateTo: priv ? LAN : null,
    };
  }

  for (const lang of LANGS) {
    it(`10 join, one renames, a stranger waits and is admitted, a student shares, 20 messages (${lang})`, async () => {
      const step = await startClass(lang);
      const all: Observation[] = [];
      const expectStep = async (call: Call | undefined, want: Observation[]) => {
        const got = await step(call);
        all.push(...got);
        expect(got, JSON.stringify(call ?? 'start')).toEqual(want);
      };

      await expectStep(undefined, [
        { kind: 'meeting.state', state: 'in-call', meeting: MEETING as Snapshot['meeting'] },
        { kind: 'coverage.changed', coverage: FULL, previous: null },
        joined(LAN, 'host', true),
      ]);
      for (let i = 0; i < 7; i++) await expectStep(['join', STUDENTS[i], userId(i)], [joined(STUDENTS[i]!)]);
      // Nine people, eight rows fit: the list virtualizes and the eighth student is not rendered.
      await expectStep(
        ['join', STUDENTS[7], userId(7)],
        [{ kind: 'coverage.changed', coverage: PARTIAL, previous: FULL }],
      );
      await expectStep(['join', STUDENTS[8], userId(8)], []);
      await expectStep(['join', STUDENTS[9], userId(9)], []);
      // Scrolling reveals the last three and hides the first three: joins, never leaves.
      await expectStep(['scrollRoster', 3 * 32], [joined(STUDENTS[7]!), joined(STUDENTS[8]!), joined(STUDENTS[9]!)]);
      await expectStep(['scrollRoster', 0], []);
      // Zoom rows carry no user id: a rename is a new name-derived id (the old one is never confirmed gone while partial).
      await expectStep(['rename', STUDENTS[2], 'Huy 10A1'], [joined('Huy 10A1')]);
      await expectStep(['waitingJoin', STRANGER], [{ kind: 'waiting.joined', participant: p(STRANGER) }]);
      await expectStep(['admit', STRANGER, userId(20)], []);
      await expectStep(
        ['scrollRoster', 4 * 32],
        [{ kind: 'waiting.admitted', participant: p(STRANGER) }, joined(STRANGER)],
      );
      await expectStep(['scrollRoster', 0], []);
      // Closed, the gallery's tiles (four, one of them the teacher's own) are what is read.
      const tiles = { ...CLOSED, stage: { read: 3, of: expect.any(Number) as number } };
      await expectStep(['closeParticipants'], [{ kind: 'coverage.changed', coverage: tiles, previous: PARTIAL }]);
      await expectStep(['openParticipants'], [{ kind: 'coverage.changed', coverage: PARTIAL, previous: tiles }]);

      for (let k = 0; k < POSTS.length; k++) {
        const [who, text, priv] = POSTS[k]!;
        const sender = who < 0 ? LAN : STUDENTS[who]!;
        await expectStep(
          ['post', sender, text, priv ? { to: LAN } : {}],
          [{ kind: 'chat.message', message: expectedMessage(k) }],
        );
      }

      // Mạnh has no camera tile on screen: named through his chat sender id.
      const presenter: Presenter = { participantId: `name:${STUDENTS[5]}`, name: STUDENTS[5]!, self: false };
      await expectStep(['share', STUDENTS[5]], [{ kind: 'share.started', presenter }]);
      await expectStep(['stopShare'], [{ kind: 'share.stopped', presenter, durationMs: 1000 }]);

      expect(all.filter((o) => o.kind === 'participant.left' || o.kind === 'waiting.left')).toEqual([]);

      // Badges find rows as the list scrolls: a row is returned only while it shows that person.
      const rows = await page.evaluate(() => {
        const g = globalThis as unknown as {
          adapter: { rowFor(kind: 'participant' | 'waiting', id: string): Element | null };
          zoomScenario: { scrollRoster(px: number): void };
        };
        const nameIn = (el: Element | null) =>
          el?.querySelector('.participants-item__display-name')?.textContent ?? null;
        g.zoomScenario.scrollRoster(4 * 32);
        const shown = nameIn(g.adapter.rowFor('participant', 'name:Phan Mai Chi'));
        g.zoomScenario.scrollRoster(0);
        return {
          shown,
          hidden: nameIn(g.adapter.rowFor('participant', 'name:Phan Mai Chi')),
          first: nameIn(g.adapter.rowFor('participant', 'name:Trần Minh An')),
        };
      });
      expect(rows).toEqual({ shown: 'Phan Mai Chi', hidden: null, first: 'Trần Minh An' });
      expect(all.filter((o) => o.kind === 'chat.message')).toHaveLength(20);

      // Scrolled up, the first rendered row is a follow-on whose run header is out of the window:
      // the adapter that saw the header keeps the sender; a fresh one admits it does not know.
      await page.evaluate(() =>
        (globalThis as unknown as { zoomScenario: { scrollChat(i: number): void } }).zoomScenario.scrollChat(4),
      );
      const heads = await page.evaluate(() => {
        const g = globalThis as unknown as {
          adapter: { snapshot(): Snapshot };
          CGZoom: typeof import('../../src/platforms/zoom/index');
        };
        const fresh = g.CGZoom.zoom.createAdapter(document, window).snapshot().chat;
        const kept = g.adapter.snapshot().chat;
        return { kept: kept.slice(0, 2), fresh: fresh.slice(0, 2) };
      });
      expect(heads.kept).toEqual([expectedMessage(4), expectedMessage(5)]);
      expect(heads.fresh).toEqual([{ ...expectedMessage(4), senderId: null, senderName: '' }, expectedMessage(5)]);
    });
  }

  it("a student renamed to the teacher's name while her own row is scrolled out is a new person, not her", async () => {
    const step = await startClass('en');
    await step();
    for (let i = 0; i < 9; i++) await step(['join', STUDENTS[i], userId(i)]);
    await step(['scrollRoster', 3 * 32]); // the teacher's own ("me") row is off-screen now
    // Name ids are derived per rendered row; our own row has its own id, so the copy cannot take hers.
    expect(await step(['rename', STUDENTS[8], LAN])).toEqual([joined(LAN)]);
  });

  for (const lang of LANGS) {
    it(`with every row on screen, leaves, renames and denials are reported once confirmed (${lang})`, async () => {
      const step = await startClass(lang);
      await step();
      for (let i = 0; i < 3; i++) await step(['join', STUDENTS[i], userId(i)]);
      await step(['waitingJoin', STRANGER]);
      // Full roster: the tracker needs the absence twice, 20 s apart.
      expect(await step(['leave', STUDENTS[0]])).toEqual([]);
      expect(await step(['rename', STUDENTS[1], 'Bảo 10A1'])).toEqual([joined('Bảo 10A1')]);
      expect(await step(['remove', STRANGER])).toEqual([]);
      expect(await step(undefined, 25_000)).toEqual([
        { kind: 'participant.left', participant: p(STUDENTS[0]!) },
        { kind: 'participant.left', participant: p(STUDENTS[1]!) },
        { kind: 'waiting.left', participant: p(STRANGER) },
      ]);
      expect(await step(undefined, 25_000)).toEqual([]);
    });
  }
});
