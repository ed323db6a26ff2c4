/**
 * Issue 5, "wired in": chat messages go through the chat guard in the worker of the built extension
 * as it stores them, display names through the content script's participant guard, and the findings
 * reach the event log linked to the message they are about — on Google Meet (both UI languages), Zoom and Teams, driven through each fixture's page-world
 * scenario, read back from IndexedDB. The classifier's own quality is measured by `npm run eval:chat`;
 * here each case is one a teacher would check by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyText } from '../../src/detect/chat';
import type { ChatMessage, Finding, Participant } from '../../src/common/model';
import type { StoredEvent } from '../../src/common/protocol';
import { fixture } from '../support/browser';
import { MAX_CHAT, MeetingLog, countDeep, findingsOf, watchDialogs, runner } from './class-helpers';
import { useExtension, type ExtensionBrowser } from './extension';

const LANGS = ['en', 'vi'] as const;

/** The teacher's word lists (settings, options page): a banned game, and the class's own Zalo group. */
const BLOCKED = 'free fire';
const CLASS_GROUP = 'https://zalo.me/g/lop10a1';

const MEET_CODES = { chat: { en: 'cgc-chat-ena', vi: 'cgc-chat-vie' }, hostile: 'cgc-host-ena' } as const;
const meetUrl = (code: string) => `https://meet.google.com/${code}`;
const TEACHER = 'Nguyễn Thị Lan';

const ext = useExtension();
beforeAll(async () => {
  // Read when a meeting opens its session: set before any meeting page loads.
  await ext.setSettings({
    classes: [],
    chat: { blockedWords: [BLOCKED], allowedWords: [CLASS_GROUP], schoolDomains: [] },
  });
});
const openMeeting: ExtensionBrowser['openMeeting'] = (url, routes) => ext.openMeeting(url, routes);

const messageOf = (e: StoredEvent) => e.payload['message'] as ChatMessage;

/** Waits for the chat message with this platform id to be in the log. */
async function logged(log: MeetingLog, id: string, what: string): Promise<StoredEvent> {
  const events = await log.waitFor((ev) => ev.some((e) => e.type === 'chat.message' && messageOf(e).id === id), what);
  return events.find((e) => e.type === 'chat.message' && messageOf(e).id === id)!;
}

/**
 * The findings the log holds on an observation. Findings are written right after their observation,
 * so once a later observation is in the log, an observation's findings are all there.
 */
const findingsOn = (events: StoredEvent[], observation: StoredEvent): Finding[] =>
  findingsOf(events)
    .filter((f) => f.observation.id === observation.id)
    .map((f) => f.finding);

/** What the teacher should see for a message: category, tier (when it matters) and the exact words. */
interface Want {
  category: Finding['category'];
  text: string;
  ruleId?: string;
  tier?: Finding['tier'];
}
const want = (category: Finding['category'], text: string, more: Omit<Want, 'category' | 'text'> = {}): Want => ({
  category,
  text,
  ...more,
});
const matching = (w: Want) =>
  expect.objectContaining({
    category: w.category,
    ...(w.tier ? { tier: w.tier } : {}),
    ...(w.ruleId ? { ruleId: w.ruleId } : {}),
    evidence: expect.objectContaining({ text: w.text }) as unknown,
  }) as unknown;

/** Checks every message's findings, and that each names the message and its sender. */
function expectFindings(events: StoredEvent[], cases: { event: StoredEvent; want: Want[]; what: string }[]): void {
  for (const { event, want: w, what } of cases) {
    const found = findingsOn(events, event);
    expect(found, what).toEqual(w.map(matching));
    const msg = messageOf(event);
    for (const f of found) expect(f.subject, what).toMatchObject({ messageId: msg.id, name: msg.senderName });
  }
}

describe('Meet: harmful chat becomes findings on the message, classroom chat does not', () => {
  const G1 = 'Anh Tuấn';
  /**
   * [sender, text, findings]. Grooming: two cue families from one sender escalate; from two senders
   * they do not. Senders vary so that none posts 6 messages within 10 s (that is a flood, rightly).
   */
  const CASES: [string, string, Want[]][] = [
    ['Lê Hoàng Bảo', 'địt mẹ lớp này', [want('profanity', 'địt mẹ', { tier: 'alert' })]],
    ['Vũ Thị Giang', 'dit me lop nay', [want('profanity', 'dit me', { tier: 'alert' })]],
    ['Đặng Văn Hải', 'đ.ị.t m.ẹ mày', [want('profanity', 'đ.ị.t m.ẹ mày', { tier: 'alert' })]],
    // The evidence is what the sender typed, zero-width spaces included.
    ['Bùi Thị Hoa', 'đ\u200bịt m\u200bẹ', [want('profanity', 'đ\u200bịt m\u200bẹ', { tier: 'alert' })]],
    ['Đỗ Văn Khánh', 'd1t m3 lop nay', [want('profanity', 'd1t m3', { tier: 'alert' })]],
    ['Trần Minh Anh', 'thằng Bảo ngu như bò', [want('insult', 'ngu như bò', { tier: 'alert' })]],
    ['Trần Minh Anh', 'tan học ra cổng đợi tao', [want('threat', 'tan học ra cổng', { tier: 'alert' })]],
    // Self-harm: any tier will do (review is enough for the report).
    ['Phạm Thu Hà', 'em muốn tự tử', [want('self-harm', 'muốn tự tử')]],
    [G1, 'gửi ảnh của em cho anh đi', [want('grooming', 'gửi ảnh của em', { tier: 'review' })]],
    ['Phạm Thu Hà', 'cô ơi em chưa hiểu bài', []],
    [
      G1,
      'đừng nói với ai nhé',
      [
        want('grooming', 'đừng nói với ai', { tier: 'review' }),
        want('grooming', 'đừng nói với ai', { tier: 'alert', ruleId: 'chat.grooming.escalated' }),
      ],
    ],
    ['Khách 1', 'gửi ảnh của em cho anh đi', [want('grooming', 'gửi ảnh của em', { tier: 'review' })]],
    ['Khách 2', 'đừng nói với ai nhé', [want('grooming', 'đừng nói với ai', { tier: 'review' })]],
    [
      'Khách 2',
      'vào đây chơi nè https://zoom.us/j/98765432101',
      [want('link', 'https://zoom.us/j/98765432101', { tier: 'alert' })],
    ],
    ['Khách 2', 'zalo em 0987.654.321 nha', [want('personal-info', '0987.654.321', { tier: 'alert' })]],
    // Normal classroom chat that looks like abuse to a word filter.
    ['Lê Hoàng Bảo', 'vl là vật lý ạ', []],
    ['Trần Minh Anh', 'em ngu quá không hiểu bài', []],
    ['Phạm Thu Hà', 'con chó nhà em bị ốm', []],
    // The teacher's lists: a banned word alerts, the class's own group link does not.
    ['Lê Hoàng Bảo', `tối nay chơi ${BLOCKED} không`, [want('blocked-word', BLOCKED, { tier: 'alert' })]],
    ['Hoàng Văn Em', `nhóm zalo lớp mình: ${CLASS_GROUP}`, []],
  ];

  it('the teacher lists change the verdicts (preconditions of the cases above)', () => {
    expect(classifyText(`tối nay chơi ${BLOCKED} không`)).toEqual([]);
    expect(classifyText(`nhóm zalo lớp mình: ${CLASS_GROUP}`)).toEqual([
      expect.objectContaining({ category: 'link', tier: 'alert' }),
    ]);
  });

  for (const lang of LANGS) {
    it(`every case reaches the log linked to its message, and an offensive name is flagged (${lang})`, async () => {
      const code = MEET_CODES.chat[lang];
      const page = await openMeeting(meetUrl(code), { [meetUrl(code)]: fixture(`meet/in-call-people.${lang}.html`) });
      await page.addScriptTag({ content: fixture('meet/scenario.js') });
      const run = runner(page, 'meetScenario');
      const log = await MeetingLog.open(ext, code);
      await log.waitFor((ev) => ev.some((e) => e.type === 'waiting.joined'), 'the class starts');

      // Names go through the same classifier: the People panel is open.
      const OFFENSIVE = 'Địt Mẹ Cả Lớp';
      await run('join', OFFENSIVE, '250');
      const isJoin = (e: StoredEvent) =>
        e.type === 'participant.joined' && (e.payload['participant'] as Participant).name === OFFENSIVE;
      await log.waitFor((ev) => ev.some(isJoin), 'the offensive name joins');

      await run('openChat');
      const posted: { event: StoredEvent; want: Want[]; what: string }[] = [];
      // A parent posting the class's own meeting link: everyone here has it, so it is kept for review only.
      const ownLink = `meet.google.com/${code}`;
      const cases: [string, string, Want[]][] = [
        ...CASES,
        [
          'Phụ huynh Minh',
          `Link họp: ${ownLink}`,
          [want('link', ownLink, { tier: 'review', ruleId: 'chat.link.meeting-invite.meet.own' })],
        ],
      ];
      for (const [k, [sender, text, w]] of cases.entries()) {
        const self = sender === TEACHER;
        const id = (await run('post', sender, text, { self })) as string;
        posted.push({
          event: await logged(log, id, `message ${k + 1}`),
          want: w,
          what: `message ${k + 1}: ${JSON.stringify(text)}`,
        });
      }
      const last = (await run('post', TEACHER, 'Các em trật tự', { self: true })) as string;
      await logged(log, last, 'the last message');

      const events = await log.expectIntact();
      expectFindings(events, posted);
      const join = events.find(isJoin)!;
      expect(findingsOn(events, join)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            ruleId: 'participant.offensive-name',
            category: 'offensive-name',
            tier: 'alert',
            subject: expect.objectContaining({ name: OFFENSIVE }) as unknown,
            // The name as written, and the words that offend.
            evidence: expect.objectContaining({ text: OFFENSIVE, matched: 'Địt Mẹ' }) as unknown,
          }),
        ]),
      );
      // Exactly one escalation: from the one sender with two cue families, never from the two guests.
      expect(
        findingsOf(events)
          .filter((f) => f.finding.ruleId === 'chat.grooming.escalated')
          .map((f) => f.finding.subject.name),
      ).toEqual([G1]);
    });
  }
});

describe('Zoom and Teams: the guard runs on every client', () => {
  it('Zoom (en): a threat to everyone, grooming in private messages from one sender across a worker restart, a trap', async () => {
    const code = '81000000601';
    const url = `https://app.zoom.us/wc/${code}/join`;
    const page = await openMeeting(url, { [url]: fixture('zoom/class.en.html') });
    await page.addScriptTag({ content: fixture('zoom/scenario.js') });
    const run = runner(page, 'zoomScenario');
    const log = await MeetingLog.open(ext, code);
    await log.waitFor((ev) => ev.some((e) => e.type === 'participant.joined'), 'the class starts');
    const STRANGER = 'Tuan Anh';
    const STUDENT = 'Hồ Ngọc Hân';
    await run('join', STRANGER, 16800000);
    await run('join', STUDENT, 16801024);

    // Zoom message ids are its own: the fixture numbers them 1, 2, 3… in this format.
    const zoomId = (k: number) => `3-5A1C0DE0-0000-4000-8000-${String(k).padStart(12, '0')}`;
    const cases: [string, string, Record<string, unknown>, Want[]][] = [
      [STRANGER, 'tao sẽ giết mày', {}, [want('threat', 'tao sẽ giết mày', { tier: 'alert' })]],
      [
        STRANGER,
        'gửi ảnh của em cho anh đi',
        { to: STUDENT },
        [want('grooming', 'gửi ảnh của em', { tier: 'review' })],
      ],
      [
        STRANGER,
        'đừng nói với ai nhé',
        { to: STUDENT },
        [
          want('grooming', 'đừng nói với ai', { tier: 'review' }),
          want('grooming', 'đừng nói với ai', { tier: 'alert', ruleId: 'chat.grooming.escalated' }),
        ],
      ],
      [STUDENT, 'con chó nhà em bị ốm', {}, []],
    ];
    const posted: { event: StoredEvent; want: Want[]; what: string }[] = [];
    for (const [k, [sender, text, opts, w]] of cases.entries()) {
      await run('post', sender, text, opts);
      posted.push({ event: await logged(log, zoomId(k + 1), `message ${k + 1}`), want: w, what: text });
      // Chrome stops an idle worker within a minute, so a groomer's cues are often a worker apart:
      // the next worker must remember the first cue (it replays the session's chat from the log).
      if (k === 1) expect(await ext.stopWorker()).toBe(true);
    }
    // The private messages are logged as private, to the student.
    expect(posted.slice(1, 3).map((p) => messageOf(p.event).privateTo)).toEqual([STUDENT, STUDENT]);
    await run('post', STUDENT, 'dạ');
    await logged(log, zoomId(cases.length + 1), 'the last message');
    expectFindings(await log.expectIntact(), posted);
  });

  it('Teams (vi): profanity without diacritics, a phone number, a trap', async () => {
    const code = '19:meeting_Q2hhdEd1YXJkVGVhbXM@thread.v2';
    const url = `https://teams.microsoft.com/v2/#/l/meetup-join/${encodeURIComponent(code)}/0`;
    const shell =
      '<!doctype html><html><head><meta charset="utf-8"><title>Microsoft Teams</title></head><body></body></html>';
    const page = await openMeeting(url, { 'https://teams.microsoft.com/': shell });
    await page.addScriptTag({ content: fixture('teams/scenario.js') });
    const run = runner(page, 'teamsScenario');
    const teacherMri = '8:orgid:3f2a6c1e-0b7d-4c55-9a10-5d8e2f4b7a01';
    await run('mount', {
      lang: 'vi',
      title: 'Lớp 9A2 - Ngữ văn',
      self: { name: TEACHER, mri: teacherMri, organizer: true, signedIn: true },
      people: [{ name: TEACHER, mri: teacherMri, organizer: true, kind: 'member' }],
      panel: 'chat',
      stageSize: 4,
    });
    const log = await MeetingLog.open(ext, code);
    const cases: [string, string, Want[]][] = [
      ['Đỗ Văn Khánh', 'dit me may', [want('profanity', 'dit me may', { tier: 'alert' })]],
      ['Đỗ Văn Khánh', 'số tao 0912 345 678 gọi đi', [want('personal-info', '0912 345 678', { tier: 'alert' })]],
      ['Ngô Thị Linh', 'vl là vật lý ạ', []],
    ];
    const posted: { event: StoredEvent; want: Want[]; what: string }[] = [];
    for (const [k, [sender, text, w]] of cases.entries()) {
      const id = (await run('post', sender, text)) as string;
      posted.push({ event: await logged(log, id, `message ${k + 1}`), want: w, what: text });
    }
    const last = (await run('post', TEACHER, 'Các em trật tự', { self: true })) as string;
    await logged(log, last, 'the last message');
    expectFindings(await log.expectIntact(), posted);
  });
});

describe('hostile chat through the whole pipeline (Meet)', () => {
  it('markup, bidi overrides, zero-width characters and 100 KB: nothing runs, text is capped, the log verifies', async () => {
    const code = MEET_CODES.hostile;
    const page = await openMeeting(meetUrl(code), { [meetUrl(code)]: fixture('meet/in-call-people.en.html') });
    const dialogs = watchDialogs(page);
    await page.addScriptTag({ content: fixture('meet/scenario.js') });
    const run = runner(page, 'meetScenario');
    const log = await MeetingLog.open(ext, code);
    await log.waitFor((ev) => ev.some((e) => e.type === 'waiting.joined'), 'the class starts');
    await run('openChat');

    const MARKUP = `<script>alert(1)</script><img src=x onerror=alert(2)> địt mẹ`;
    const BIDI = '\u202Egnp.exe\u202C mày ngu như chó';
    const FLOOD = `\u200b${'địt mẹ '.repeat(15_000)}`;
    const posts = [MARKUP, BIDI, FLOOD, 'A'.repeat(100_000)];
    const SENDER = '<b onmouseover=alert(3)>Khách</b>';
    const stored: StoredEvent[] = [];
    for (const [k, text] of posts.entries()) {
      const id = (await run('post', SENDER, text)) as string;
      stored.push(await logged(log, id, `hostile message ${k + 1}`));
    }
    // The client keeps working: the next message is logged and classified as usual.
    const after = (await run('post', 'Trần Minh Anh', 'thằng Bảo ngu như bò')) as string;
    const next = await logged(log, after, 'a message after the flood');
    const last = (await run('post', TEACHER, 'Các em trật tự', { self: true })) as string;
    await logged(log, last, 'the last message');

    const events = await log.expectIntact();
    for (const [k, e] of stored.entries()) {
      const text = messageOf(e).text;
      expect(text.length).toBeLessThanOrEqual(MAX_CHAT);
      // Stored as the text the sender typed (capped), never as markup turned into elements.
      expect(posts[k]!.startsWith(text.replace(/…$/, ''))).toBe(true);
    }
    expect(messageOf(stored[0]!)).toMatchObject({ senderName: SENDER, text: MARKUP });
    expect(messageOf(stored[1]!).text).toBe(BIDI);
    // Capped at the source: the 100 KB messages keep their first 4,000 characters.
    expect(messageOf(stored[2]!).text.length).toBeGreaterThanOrEqual(MAX_CHAT - 1);
    expect(messageOf(stored[3]!).text.length).toBeGreaterThanOrEqual(MAX_CHAT - 1);
    for (const e of events) expect(JSON.stringify(e.payload).length, e.type).toBeLessThanOrEqual(64_000);
    expectFindings(events, [
      { event: stored[0]!, want: [want('profanity', 'địt mẹ')], what: 'markup' },
      { event: stored[1]!, want: [want('insult', 'ngu như chó')], what: 'bidi' },
      { event: next, want: [want('insult', 'ngu như bò')], what: 'after the flood' },
    ]);
    expect(findingsOn(events, stored[2]!).map((f) => f.category)).toContain('profanity');
    for (const f of findingsOf(events)) expect(f.finding.evidence.text?.length ?? 0).toBeLessThanOrEqual(MAX_CHAT);
    expect(await countDeep(page, 'img[src="x"], b[onmouseover]')).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
