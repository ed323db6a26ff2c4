/**
 * Issue 19, item 1: the in-meeting alert panel on each client's fixture, in Vietnamese and English.
 * A class is configured; a stranger joins and swears in the chat; the panel opens with one entry for
 * them and this client's steps in the teacher's language; the teacher shows the row in the list, adds
 * a note and dismisses it, and each action is in the log as `teacher.action`; a raid is one entry.
 * The panel's box never meets the client's leave/end button or its People list.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stepsFor } from '../../src/content/panel/steps';
import { PANEL_STRINGS } from '../../src/content/panel/strings';
import type { Platform } from '../../src/common/model';
import type { StoredEvent, TeacherActionPayload } from '../../src/common/protocol';
import { fixture, teamsScenarioPage } from '../support/browser';
import { MeetingLog, advanceContentClock, findingsOf, runner, type Run } from './class-helpers';
import { launchExtension, type ExtensionBrowser } from './extension';
import { USER_SETTINGS_KEY } from '../../src/common/storage-keys';
import { intersects, pageRects, probePanel, type PanelProbe, type Rect } from './panel-helpers';

type Lang = 'en' | 'vi';
const TEACHER = 'Nguyễn Thị Lan';
const ROSTER = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];
const STRANGER = 'Kẻ Lạ Mặt';
const ABUSE = 'địt mẹ lớp này';
const NOTE: Record<Lang, string> = { en: 'Removed him and locked the meeting', vi: 'Đã xóa và khóa cuộc họp' };

interface Client {
  platform: Platform;
  codes: Record<Lang, string>;
  /** A meeting of its own for In my class (a resumed session does not flag the fixture's people again). */
  inClassCode: string;
  /** The fixture page already shows people who are not in the class. */
  strangersAtStart?: boolean;
  /** Css of the client's leave/end button, of the bar it sits in, and of its People list. */
  leave: string;
  toolbar: string;
  list: string;
  /** Css of a row of the People list (its text holds the name). */
  row: string;
  open(lang: Lang, code: string): Promise<{ page: Page; run: Run }>;
  join(run: Run, name: string, i: number): Promise<unknown>;
  /** Posts as `name`, with whatever the client needs for the chat to be read, then shows the People list again. */
  post(run: Run, name: string, text: string, log: MeetingLog): Promise<void>;
}

const meetUrl = (code: string) => `https://meet.google.com/${code}`;
const zoomUrl = (code: string) => `https://app.zoom.us/wc/${code}/join`;
const teamsUrl = (code: string) => `https://teams.microsoft.com/v2/#/l/meetup-join/${encodeURIComponent(code)}/0`;
const teamsMri = (i: number) => `8:orgid:7b1c2e3f-4b6d-4e8f-9a0b-${String(100 + i).padStart(12, '0')}`;
const TEAMS_TEACHER = '8:orgid:3f2a6c1e-0b7d-4c55-9a10-5d8e2f4b7a01';

let ext: ExtensionBrowser;

const CLIENTS: Client[] = [
  {
    platform: 'meet',
    strangersAtStart: true,
    codes: { en: 'cgp-pane-ena', vi: 'cgp-pane-vie' },
    inClassCode: 'cgp-incl-vie',
    leave: 'button[jsname="CQylAd"]',
    toolbar: '[role="region"]:has(button[jsname="CQylAd"])',
    list: 'aside',
    row: '[role="listitem"][data-participant-id]',
    async open(lang, code) {
      const page = await ext.openMeeting(meetUrl(code), {
        [meetUrl(code)]: fixture(`meet/in-call-people.${lang}.html`),
      });
      await page.addScriptTag({ content: fixture('meet/scenario.js') });
      return { page, run: runner(page, 'meetScenario') };
    },
    join: (run, name, i) => run('join', name, String(300 + i)),
    async post(run, name, text) {
      await run('openChat');
      await run('post', name, text);
      await run('openPeople');
    },
  },
  {
    platform: 'zoom',
    codes: { en: '81000000901', vi: '81000000902' },
    inClassCode: '81000000903',
    leave: '.footer__leave-btn-container button',
    toolbar: 'footer#wc-footer',
    list: '.participants-section-container',
    row: '.participants-li[id^="participants-list-"]',
    async open(lang, code) {
      const page = await ext.openMeeting(zoomUrl(code), { [zoomUrl(code)]: fixture(`zoom/class.${lang}.html`) });
      await page.addScriptTag({ content: fixture('zoom/scenario.js') });
      return { page, run: runner(page, 'zoomScenario') };
    },
    join: (run, name, i) => run('join', name, 16_900_000 + 1024 * i),
    async post(run, name, text) {
      await run('post', name, text);
    },
  },
  {
    platform: 'teams',
    codes: { en: '19:meeting_UGFuZWxFbg@thread.v2', vi: '19:meeting_UGFuZWxWaQ@thread.v2' },
    inClassCode: '19:meeting_SW5DbGFzcw@thread.v2',
    leave: 'button[data-tid="hangup-main-btn"]',
    toolbar: '[data-tid="ubar-toolbar-wrapper"]',
    list: '[data-tid="calling-roster-attendees"]',
    row: '[data-cid="roster-participant"]',
    async open(lang, code) {
      const state = {
        lang,
        title: 'Lớp 9A2 - Ngữ văn',
        self: { name: TEACHER, mri: TEAMS_TEACHER, organizer: true, signedIn: true },
        people: [{ name: TEACHER, mri: TEAMS_TEACHER, organizer: true, kind: 'member' }],
        panel: 'roster',
        stageSize: 4,
      };
      const html = teamsScenarioPage(state);
      const page = await ext.openMeeting(teamsUrl(code), { 'https://teams.microsoft.com/': html });
      return { page, run: runner(page, 'teamsScenario') };
    },
    join: (run, name, i) => run('join', name, teamsMri(i)),
    async post(run, name, text, log) {
      // One side panel at a time: the chat is read while it is open.
      await run('openChat');
      await run('post', name, text);
      await log.waitFor(
        (ev) => ev.some((e) => e.type === 'chat.message' && JSON.stringify(e.payload).includes(text)),
        'the message read',
      );
      const read = (await log.events()).length;
      await run('openRoster');
      await log.waitFor(
        (ev) =>
          ev
            .slice(read)
            .some((e) => e.type === 'coverage.changed' && JSON.stringify(e.payload).includes('"roster":"full"')),
        'the People list read again',
      );
    },
  },
];

beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});
afterEach(() => ext.closeMeetings());

const classSettings = (lang: Lang) => ({
  language: lang,
  classes: CLIENTS.map((c) => ({
    id: `panel-${c.platform}`,
    name: 'Lớp 10A1',
    meetings: [c.codes.en, c.codes.vi, c.inClassCode],
    teachers: [TEACHER],
    roster: ROSTER.map((name) => ({ name })),
  })),
});

const OPEN_ENTRIES = `function () { return [...this.querySelectorAll('.entry')].map((e) => ({
  key: e.dataset.key, what: e.querySelector('.what')?.textContent ?? '', who: e.querySelector('.who')?.textContent ?? '',
  quotes: [...e.querySelectorAll('.quote')].map((q) => q.textContent),
  steps: [...e.querySelectorAll('details')].map((d) => ({ action: d.dataset.action, title: d.querySelector('summary').textContent,
    steps: [...d.querySelectorAll('li')].map((li) => li.textContent) })),
  notes: [...e.querySelectorAll('.notes li')].map((li) => li.textContent) })); }`;

interface ShownEntry {
  key: string;
  what: string;
  who: string;
  quotes: string[];
  steps: { action: string; title: string; steps: string[] }[];
  notes: string[];
}

/**
 * The panel moves clear in the rendering step after it grows (a ResizeObserver, before paint), or
 * 250 ms later in a window that paints no frames, as a test's may not: the state is read once settled.
 */
async function expectClearOfControls(page: Page, panel: PanelProbe, c: Client, what: string): Promise<void> {
  const read = async () => {
    const box = (await panel.rect('.panel'))!;
    const leave = [...(await pageRects(page, c.leave)), ...(await pageRects(page, c.toolbar))];
    const list = [...(await pageRects(page, c.list)), ...(await pageRects(page, c.row))];
    return { box, leave, list };
  };
  let seen = await read();
  for (let end = Date.now() + 1_000; Date.now() < end; seen = await read()) {
    if (seen.box && ![...seen.leave, ...seen.list].some((r) => intersects(seen.box, r))) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const { box, leave, list } = seen;
  expect(box, `${what}: the panel is on screen`).not.toBeNull();
  expect(leave.length, `${what}: the leave button is on the page`).toBeGreaterThan(0);
  expect(list.length, `${what}: the People list is on the page`).toBeGreaterThan(0);
  for (const r of [...leave, ...list]) expect(intersects(box, r), `${what}: ${JSON.stringify({ box, r })}`).toBe(false);
}

const near = (a: Rect, b: Rect) =>
  Math.abs(a.left - b.left) <= 4 &&
  Math.abs(a.top - b.top) <= 4 &&
  Math.abs(a.width - b.width) <= 8 &&
  Math.abs(a.height - b.height) <= 8;

const actionsOf = (events: StoredEvent[]) =>
  events.filter((e) => e.type === 'teacher.action').map((e) => e.payload as unknown as TeacherActionPayload);

async function strangerSwears(
  c: Client,
  lang: Lang,
  { page, run, panel, log }: { page: Page; run: Run; panel: PanelProbe; log: MeetingLog },
): Promise<ShownEntry> {
  const s = PANEL_STRINGS[lang];
  await c.join(run, STRANGER, 1);
  await panel.until(
    `function () { return !this.querySelector('.panel').classList.contains('collapsed') && this.querySelector('.entry'); }`,
    'the panel opens on the stranger',
  );
  await expectClearOfControls(page, panel, c, `${c.platform} ${lang}, open`);
  await c.post(run, STRANGER, ABUSE, log);
  await panel.until(
    `function () { return [...this.querySelectorAll('.entry .quote')].some((q) => q.textContent.includes('địt mẹ')); }`,
    'the abuse in the entry',
  );
  const entries = await panel.eval<ShownEntry[]>(OPEN_ENTRIES);
  expect(entries, 'the name and the chat findings are one entry').toHaveLength(1);
  const [entry] = entries;
  expect(entry!.who).toBe(STRANGER);
  expect(entry!.what).toBe(`${s.category['unknown-participant']} · ${s.category.profanity}`);
  expect(entry!.quotes[0]).toBe('“địt mẹ”');
  const remove = stepsFor(c.platform, lang, 'remove');
  expect(entry!.steps.map((x) => x.action)).toEqual(['lock', 'remove', 'waiting-room', 'chat']);
  expect(entry!.steps[1]).toEqual({ action: 'remove', title: remove.title, steps: remove.steps });
  expect(await panel.text('.summary')).toBe(s.open(1));
  return entry!;
}

async function teacherActs(c: Client, lang: Lang, page: Page, panel: PanelProbe): Promise<void> {
  const s = PANEL_STRINGS[lang];
  await panel.click('.entry .show');
  const outline = await panel.until<Rect>(
    `function () { const o = this.querySelector('.row-outline');
    if (!o || o.hidden) return null; const r = o.getBoundingClientRect(); return { left: r.left, top: r.top, width: r.width, height: r.height }; }`,
    'the row outlined',
  );
  const row = await page.evaluate(
    (css, name) => {
      const r = [...document.querySelectorAll(css)].find((e) => e.textContent?.includes(name))?.getBoundingClientRect();
      return r ? { left: r.left, top: r.top, width: r.width, height: r.height } : null;
    },
    c.row,
    STRANGER,
  );
  expect(row, "the stranger's row").not.toBeNull();
  expect(near(outline, row!), `outline ${JSON.stringify(outline)} on the row ${JSON.stringify(row)}`).toBe(true);
  expect(await panel.text('.entry .status')).toBe(s.shownInList);

  await panel.click('.entry .note');
  await page.keyboard.type(NOTE[lang]);
  await panel.click('.entry .save-note');
  await panel.until(`function () { return this.querySelector('.entry .notes li')?.textContent; }`, 'the note shown');

  const before = (await panel.rect('.panel'))!;
  await panel.eval(`function () { this.querySelector('.panel .header').focus(); }`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const after = (await panel.rect('.panel'))!;
  expect(after.top - before.top, 'arrow keys move the panel').toBe(32);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');

  await panel.click('.entry .dismiss');
  await panel.until(
    `function () { return !this.querySelector('.entry') && this.querySelector('.clear'); }`,
    'all clear',
  );
  expect(await panel.text('.summary')).toBe(s.allClear);
}

/** The teacher dismisses what the fixture's own people raised, until nothing comes for a while. */
async function dismissAll(panel: PanelProbe): Promise<void> {
  await panel.until(`function () { return this.querySelector('.entry'); }`, "the fixture's people flagged");
  let quietSince = Date.now();
  while (Date.now() - quietSince < 1_500) {
    if (await panel.rect('.entry .dismiss')) {
      await panel.click('.entry .dismiss');
      quietSince = Date.now();
    } else await new Promise((r) => setTimeout(r, 100));
  }
}

async function raidIsOneEntry(
  c: Client,
  lang: Lang,
  ctx: { page: Page; run: Run; panel: PanelProbe; log: MeetingLog },
): Promise<void> {
  const { page, run, panel, log } = ctx;
  await advanceContentClock(ext, page, 60_000);
  for (let i = 0; i < 7; i++) await c.join(run, `Bot ${i + 1}`, 10 + i);
  // As many as the guard saw join (a virtualized list may not render the last one yet).
  const isBot = (e: StoredEvent) =>
    e.type === 'participant.joined' && JSON.stringify(e.payload).includes('"name":"Bot ');
  const events = await log.waitFor((ev) => ev.filter(isBot).length >= 6, 'the bots join');
  await new Promise((r) => setTimeout(r, 1_000));
  const n = Math.max(events.filter(isBot).length, (await log.events()).filter(isBot).length);
  const s = PANEL_STRINGS[lang];
  let entries: ShownEntry[] = [];
  for (const end = Date.now() + 10_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    entries = await panel.eval<ShownEntry[]>(OPEN_ENTRIES);
    if (entries.some((e) => e.who.startsWith(s.raidWho(n)))) break;
  }
  expect(entries.map((e) => [e.key, e.who.slice(0, s.raidWho(n).length)])).toEqual([['raid', s.raidWho(n)]]);
  expect(entries[0]!.steps.map((x) => x.action).slice(0, 2)).toEqual(['lock', 'remove']);
  await expectClearOfControls(page, panel, c, `${c.platform} ${lang}, raid`);
}

for (const c of CLIENTS) {
  describe(`alert panel on ${c.platform}`, () => {
    for (const lang of ['en', 'vi'] as const) {
      it(`a stranger who swears: one entry with ${c.platform}'s steps, actions logged (${lang})`, async () => {
        await ext.setSettings(classSettings(lang));
        const code = c.codes[lang];
        const { page, run } = await c.open(lang, code);
        const log = await MeetingLog.open(ext, code);
        const panel = await probePanel(page);
        await panel.until(
          `function () { return this.querySelector('.panel .summary')?.textContent; }`,
          'the panel header',
        );
        if (c.strangersAtStart) await dismissAll(panel);
        expect(await panel.text('.summary')).toBe(PANEL_STRINGS[lang].allClear);
        expect(
          await panel.eval<string>(`function () { return this.querySelector('.panel').getAttribute('aria-label'); }`),
        ).toBe(PANEL_STRINGS[lang].region);

        await strangerSwears(c, lang, { page, run, panel, log });
        await teacherActs(c, lang, page, panel);

        const events = await log.waitFor(
          (ev) => actionsOf(ev).some((a) => a.action === 'dismissed' && a.words === STRANGER),
          'the teacher actions in the log',
        );
        const ids = findingsOf(events)
          .filter((f) => f.finding.subject.name === STRANGER)
          .map((f) => f.event.id);
        const actions = actionsOf(events).filter((a) => a.words === STRANGER || a.note);
        expect(actions.map((a) => a.action)).toEqual(['shown-in-list', 'note', 'dismissed']);
        expect(actions[0]).toMatchObject({ found: true, words: STRANGER });
        expect(actions[1]).toMatchObject({ note: NOTE[lang] });
        for (const a of actions) {
          expect(ids).toContain(a.findingId);
          expect([...a.findingIds].sort()).toEqual([...ids].sort());
        }
        if (lang === 'en') await raidIsOneEntry(c, lang, { page, run, panel, log });
        await log.expectIntact();
      });
    }
  });
}

/** A student the roster misses: In my class in the panel puts the name in the roster, clears the entry, and is logged. */
async function inMyClassFromPanel(c: Client, page: Page, run: Run, log: MeetingLog): Promise<void> {
  const panel = await probePanel(page);
  await panel.until(`function () { return this.querySelector('.panel .summary')?.textContent; }`, 'the panel header');
  if (c.strangersAtStart) await dismissAll(panel);
  await c.join(run, NEW_STUDENT, 3);
  const entryOf = `function (name) { return [...this.querySelectorAll('.entry')].find((e) => e.querySelector('.who')?.textContent === name); }`;
  await panel.until(
    `function () { return (${entryOf}).call(this, ${JSON.stringify(NEW_STUDENT)})?.querySelector('.in-class'); }`,
    'In my class offered',
  );
  await panel.eval(
    `function () { (${entryOf}).call(this, ${JSON.stringify(NEW_STUDENT)}).querySelector('.in-class').click(); }`,
  );
  await panel
    .until(`function () { return !(${entryOf}).call(this, ${JSON.stringify(NEW_STUDENT)}); }`, 'the entry cleared')
    .catch(async (err: unknown) => {
      // What the panel told the teacher, if it refused.
      throw new Error(`${String(err)}; the entry says: ${await panel.text('.entry .status')}`);
    });
  const events = await log.waitFor(
    (ev) => actionsOf(ev).some((a) => a.action === 'in-my-class' && a.words === NEW_STUDENT),
    'In my class in the log',
  );
  const act = actionsOf(events).find((a) => a.action === 'in-my-class')!;
  expect(act).toMatchObject({ className: 'Lớp 10A1' });
  expect(act.source, 'the panel logs its own actions without a source').toBeUndefined();
  const stored = await (
    await ext.extensionPage('src/ui/options/index.html')
  ).evaluate(async (key) => (await chrome.storage.local.get(key))[key], USER_SETTINGS_KEY);
  const cls = (stored as { classes: { id: string; roster: { name: string }[] }[] }).classes.find(
    (k) => k.id === `panel-${c.platform}`,
  );
  expect(cls!.roster.map((r) => r.name)).toContain(NEW_STUDENT);
}

const NEW_STUDENT = 'Ngô Thị Mai';

for (const c of CLIENTS)
  it(`In my class in the panel on ${c.platform}: the name joins the roster and the entry clears (vi)`, async () => {
    await ext.setSettings(classSettings('vi'));
    const code = c.inClassCode;
    const { page, run } = await c.open('vi', code);
    const log = await MeetingLog.open(ext, code);
    await inMyClassFromPanel(c, page, run, log);
    await log.expectIntact();
  });
