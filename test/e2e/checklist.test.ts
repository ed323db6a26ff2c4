/**
 * Issue 23, item 1: the pre-class checklist on each client's fixture with host controls. The card
 * appears on the meeting tab for the host; it reflects what the page shows (the People list open or
 * closed, someone in the lobby list, Zoom's Security switches on and off) and follows it as it
 * changes; "Open the People list" presses the client's own button; a tick is logged and is in the
 * exported report; the popup shows the same checklist, brings the dismissed card back and copies
 * the class's rules to the clipboard.
 */
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../../src/common/model';
import { fixture, teamsScenarioPage } from '../support/browser';
import { runner, type Run } from './class-helpers';
import { launchExtension, until, type ExtensionBrowser } from './extension';
import { CARD, cardItem, press, TABLES, ticksOf, untilItem, type Lang } from './checklist-helpers';
import { intersects, pageRects, probePanel } from './panel-helpers';
import { downloadBy } from '../../scripts/lib/downloads';

const TEACHER = 'Nguyễn Thị Lan';
const RULES = 'Nội quy lớp 9A2:\n1. Vào lớp bằng họ và tên thật.\n2. Không chia sẻ đường link.';
const TEAMS_TEACHER = '8:orgid:3f2a6c1e-0b7d-4c55-9a10-5d8e2f4b7a01';

interface Client {
  platform: Platform;
  lang: Lang;
  code: string;
  url: string;
  /** Css of the client's People list, present only while it is open. */
  list: string;
  /** Css of the client's chat, present only once opened. */
  chat: string;
  /** Whether opening the chat closes the People list (one side panel at a time). */
  onePanel: boolean;
  /** Css of the client's controls the card must never cover: its leave/end button and its People list. */
  controls: string;
  open(): Promise<{ page: Page; run: Run }>;
  /** Someone knocks: the lobby list appears. */
  knock(run: Run): Promise<unknown>;
  closePeople(run: Run): Promise<unknown>;
  closeChat(run: Run): Promise<unknown>;
}

let ext: ExtensionBrowser;

const CLIENTS: Client[] = [
  {
    platform: 'meet',
    lang: 'vi',
    code: 'cgc-heck-lis',
    url: 'https://meet.google.com/cgc-heck-lis',
    list: 'aside [role="listitem"][data-participant-id]',
    chat: 'aside:has(div[jsname="xySENc"])',
    onePanel: true,
    controls: 'button[jsname="CQylAd"], aside',
    async open() {
      const page = await ext.openMeeting(this.url, { [this.url]: fixture('meet/in-call-people.vi.html') });
      await page.addScriptTag({ content: fixture('meet/scenario.js') });
      await page.addScriptTag({ content: fixture('meet/host-controls.js') });
      return { page, run: runner(page, 'meetScenario') };
    },
    knock: (run) => run('knock', 'Khách Lạ', '401'),
    closePeople: (run) => run('closePeople'),
    closeChat: (run) => run('closeChat'),
  },
  {
    platform: 'zoom',
    lang: 'en',
    code: '81000000923',
    url: 'https://app.zoom.us/wc/81000000923/join',
    list: '.participants-section-container',
    chat: '.chat-container',
    onePanel: false,
    controls: '.footer__leave-btn-container button, .participants-section-container',
    async open() {
      const page = await ext.openMeeting(this.url, { [this.url]: fixture('zoom/class.en.html') });
      await page.addScriptTag({ content: fixture('zoom/scenario.js') });
      await page.addScriptTag({ content: fixture('zoom/host-controls.js') });
      return { page, run: runner(page, 'zoomScenario') };
    },
    knock: (run) => run('waitingJoin', 'Stranger Danger'),
    closePeople: (run) => run('closeParticipants'),
    closeChat: (run) => run('closeChat'),
  },
  {
    platform: 'teams',
    lang: 'vi',
    code: '19:meeting_Q2hlY2tsaXN0@thread.v2',
    url: `https://teams.microsoft.com/v2/#/l/meetup-join/${encodeURIComponent('19:meeting_Q2hlY2tsaXN0@thread.v2')}/0`,
    list: '[data-tid="calling-roster-attendees"] [data-cid="roster-participant"]',
    chat: '[data-tid="message-pane-list-viewport"]',
    onePanel: true,
    controls: 'button[data-tid="hangup-main-btn"], [data-tid="calling-roster-attendees"]',
    async open() {
      const state = {
        lang: 'vi',
        title: 'Lớp 9A2 - Ngữ văn',
        self: { name: TEACHER, mri: TEAMS_TEACHER, organizer: true, signedIn: true },
        people: [{ name: TEACHER, mri: TEAMS_TEACHER, organizer: true, kind: 'member' }],
        panel: 'roster',
        stageSize: 4,
      };
      const html = teamsScenarioPage(state, ['teams/host-controls.js'], 'vi');
      const page = await ext.openMeeting(this.url, { 'https://teams.microsoft.com/': html });
      return { page, run: runner(page, 'teamsScenario') };
    },
    knock: (run) => run('lobbyJoin', 'Khách Lạ', '8:teamsvisitor:0f1e2d3c4b5a69788796a5b4c3d2e1f0'),
    closePeople: (run) => run('closePanel'),
    // The roster is the one panel open: the chat is closed already.
    closeChat: async () => undefined,
  },
];

beforeAll(async () => {
  ext = await launchExtension();
});
afterEach(async () => {
  await ext?.closeMeetings();
});
afterAll(async () => {
  await ext?.close();
});

describe.each(CLIENTS)('the checklist on $platform', (client) => {
  const m = (k: string, ...subs: string[]) =>
    TABLES[client.lang][k]!.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');

  it('reflects the page, follows its changes, opens the People list and logs ticks', async () => {
    await ext.setSettings({
      language: client.lang,
      classes: [{ id: 'c1', name: 'Lớp 9A2', meetings: [client.code], teachers: [TEACHER], roster: [], rules: RULES }],
    });
    const { page, run } = await client.open();
    const session = await until(
      async () =>
        (await ext.sessions()).find(
          (s) =>
            s.meeting.platform === client.platform &&
            s.endedAt === null &&
            JSON.stringify(s.meeting).includes(client.code.slice(0, 8)),
        ),
      'the session',
    );
    const probe = await probePanel(page, CARD);
    await probe.until(`function () { const c = this.querySelector('.card'); return c && !c.hidden; }`, 'the card');
    expect(await probe.text('h2')).toBe(m('checklist_title'));
    // Clear of the client's leave button and People list (placed again as they move).
    await until(async () => {
      const card = (await probe.rect('.card'))!;
      const controls = await pageRects(page, client.controls);
      return controls.length > 0 && !controls.some((c) => intersects(card, c));
    }, 'the card clear of the client’s controls');

    // The People list is open: ticked by itself, from the page; the teacher cannot untick it here.
    const people = await untilItem(probe, 'people-panel', (v) => v.checked, 'the People list seen open');
    expect(people).toMatchObject({ disabled: true, open: false, title: m('checklist_item_people_panel') });
    expect(people.state).toBe(`${m('checklist_state_on')}: ${m('checklist_source_people_list')}`);

    // Someone knocks: the lobby is on.
    await client.knock(run);
    const lobby = await untilItem(probe, 'waiting-room', (v) => v.checked, 'the lobby seen on');
    expect(lobby.state).toBe(`${m('checklist_state_on')}: ${m('checklist_source_lobby_list')}`);

    // The list closed: unticked, and the card offers to open it; its button presses the client's own.
    await client.closePeople(run);
    await untilItem(probe, 'people-panel', (v) => !v.checked && v.open, 'the People list seen closed');
    expect(await page.$(client.list)).toBeNull();
    await press(probe, 'li[data-item="people-panel"] button.open-people');
    await page.waitForSelector(client.list, { timeout: 15_000 });
    await untilItem(probe, 'people-panel', (v) => v.checked, 'the People list seen open again');

    // Meet's Host controls and Teams' Meeting options are not read (no public source shows them): the
    // teacher's tick, saying so; Zoom's Security menu, closed here, has not been seen yet either.
    expect(await cardItem(probe, 'share-host-only')).toMatchObject({
      checked: false,
      disabled: false,
      state: m('checklist_not_seen'),
    });
    // What the page does not show, the teacher ticks: logged with the meeting.
    await press(probe, 'li[data-item="link-private"] input');
    const events = await until(async () => {
      const ev = ticksOf(await ext.events(session.id));
      return ev.some((e) => e.item === 'link-private' && e.by === 'teacher' && e.done) ? ev : null;
    }, 'the tick in the log');
    expect(events).toContainEqual({ item: 'people-panel', done: false, by: 'page', source: 'people-list' });
    expect(events).toContainEqual({ item: 'waiting-room', done: true, by: 'page', source: 'lobby-list' });
  });

  it('“Open the chat” presses the client’s own chat button', async () => {
    await ext.setSettings({ language: client.lang, classes: [] });
    const { page, run } = await client.open();
    const probe = await probePanel(page, CARD);
    await probe.until(`function () { const c = this.querySelector('.card'); return c && !c.hidden; }`, 'the card');
    await client.closeChat(run);
    const closed = await untilItem(probe, 'chat-panel', (v) => !v.checked && v.openChat, 'the chat seen closed');
    expect(closed).toMatchObject({ disabled: true, title: m('checklist_item_chat_panel') });
    // Where one side panel shows at a time, the item says that the chat takes the People list's place.
    expect(closed.note).toBe(client.onePanel ? m('checklist_one_panel') : null);
    expect(await page.$(client.chat)).toBeNull();

    await press(probe, 'li[data-item="chat-panel"] button.open-chat');
    await page.waitForSelector(client.chat, { visible: true, timeout: 15_000 });
    const open = await untilItem(probe, 'chat-panel', (v) => v.checked, 'the chat seen open');
    expect(open).toMatchObject({
      openChat: false,
      state: `${m('checklist_state_on')}: ${m('checklist_source_people_list')}`,
    });
    if (client.onePanel) expect(await page.$(client.list)).toBeNull();
    else expect(await page.$(client.list)).not.toBeNull();
  });
});

it('reads Zoom’s Security switches, on and off, and keeps them once the menu closes', async () => {
  const zoom = CLIENTS.find((c) => c.platform === 'zoom')!;
  await ext.setSettings({ language: 'en', classes: [] });
  const { page } = await zoom.open();
  const probe = await probePanel(page, CARD);
  await probe.until(`function () { const c = this.querySelector('.card'); return c && !c.hidden; }`, 'the card');
  const tools = (method: string, ...args: unknown[]) =>
    page.evaluate(
      (m, a) =>
        (window as unknown as { zoomHostTools: Record<string, (...x: unknown[]) => void> }).zoomHostTools[m]!(...a),
      method,
      args,
    );

  expect((await cardItem(probe, 'lock'))!.checked).toBe(false);
  await tools('open');
  // As Zoom opens it: no waiting room, not locked, everyone may share and rename.
  const off = await untilItem(probe, 'lock', (v) => v.disabled && !v.checked, 'the lock read off');
  expect(off.state).toMatch(/^Off: Read from Zoom’s “Security” menu at \d\d:\d\d$/);
  expect((await cardItem(probe, 'share-host-only'))!).toMatchObject({ checked: false, disabled: true });
  expect((await cardItem(probe, 'rename-off'))!).toMatchObject({ checked: false, disabled: true });
  // Chat allowed says nothing of private chat: the teacher ticks it.
  expect((await cardItem(probe, 'chat-limited'))!).toMatchObject({ checked: false, disabled: false });

  await tools('set', 'waitingRoom', true);
  await tools('set', 'lock', true);
  await tools('set', 'share', false);
  await untilItem(probe, 'share-host-only', (v) => v.checked, 'sharing by the host only read on');
  await tools('close');
  // Closed, the menu's last states stand until it is seen again.
  await new Promise((r) => setTimeout(r, 500));
  expect((await cardItem(probe, 'waiting-room'))!.checked).toBe(true);
  expect((await cardItem(probe, 'lock'))!.checked).toBe(true);
  expect((await cardItem(probe, 'rename-off'))!.checked).toBe(false);
  await tools('open');
  await tools('set', 'lock', false);
  await untilItem(probe, 'lock', (v) => !v.checked, 'the lock read off again');

  const session = (await ext.sessions()).find((s) => s.meeting.platform === 'zoom' && s.endedAt === null)!;
  const logged = await until(async () => {
    const lock = ticksOf(await ext.events(session.id)).filter((e) => e.item === 'lock');
    return lock.length >= 3 ? lock : null;
  }, 'the lock’s three states in the log');
  expect(logged.map((e) => e.done)).toEqual([false, true, false]);
  expect(logged.every((e) => e.by === 'page' && e.source === 'zoom-security')).toBe(true);
});

/** The class on Meet in English with its rules, the host's checklist card shown. */
async function meetWithCard() {
  const meet = CLIENTS.find((c) => c.platform === 'meet')!;
  await ext.setSettings({
    language: 'en',
    classes: [{ id: 'c1', name: 'Lớp 9A2', meetings: [meet.code], teachers: [TEACHER], roster: [], rules: RULES }],
  });
  const { page } = await meet.open();
  const probe = await probePanel(page, CARD);
  await probe.until(`function () { const c = this.querySelector('.card'); return c && !c.hidden; }`, 'the card');
  return { meet, page, probe };
}

it('the popup shows the checklist, ticks it, brings the card back, copies the rules; the report states it', async () => {
  const { meet, page, probe } = await meetWithCard();
  await probe.click('button.close');
  await probe.until(`function () { return this.querySelector('.card').hidden; }`, 'the card dismissed');

  await ext.browser
    .defaultBrowserContext()
    .overridePermissions(`chrome-extension://${ext.extensionId}`, ['clipboard-read', 'clipboard-sanitized-write']);
  const popup = await ext.extensionPage('src/ui/popup/index.html');
  const cdp = await popup.createCDPSession();
  // The popup has the focus the clipboard needs while the meeting is the active tab, as in the browser.
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  await page.bringToFront();
  await popup.waitForSelector('li[data-item="people-panel"] input:checked', { timeout: 20_000 });
  expect(await popup.$eval('li[data-item="people-panel"] input', (e) => (e as HTMLInputElement).disabled)).toBe(true);

  await popup.click('li[data-item="chat-limited"] input');
  const button = await popup.waitForSelector('xpath/.//button[contains(., "Show the checklist on the meeting tab")]');
  await button!.click();
  await probe.until(`function () { return !this.querySelector('.card').hidden; }`, 'the card back');
  await untilItem(
    probe,
    'chat-limited',
    (v) => v.checked && v.state === 'Ticked by you',
    'the popup’s tick on the card',
  );

  const copy = await popup.waitForSelector('xpath/.//button[contains(., "Copy the class rules")]');
  await copy!.click();
  await popup.waitForSelector('xpath/.//small[contains(., "Copied")]');
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(RULES);

  // The chat is closed: the popup offers to open it, and presses the client's own button.
  const openChat = await popup.waitForSelector(
    'xpath/.//li[@data-item="chat-panel"]//button[contains(., "Open the chat")]',
  );
  await openChat!.click();
  await page.waitForSelector(meet.chat, { visible: true, timeout: 15_000 });
  await popup.waitForSelector('li[data-item="chat-panel"] input:checked', { timeout: 20_000 });

  const session = (await ext.sessions()).find((s) => s.meeting.code === meet.code && s.endedAt === null)!;
  await until(
    async () => ticksOf(await ext.events(session.id)).some((e) => e.item === 'chat-limited' && e.done),
    'the popup tick logged',
  );
  const report = await ext.extensionPage(`src/ui/report/index.html?session=${session.id}`);
  await report.waitForSelector('button[data-export="html"]');
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-dl-'));
  const file = await downloadBy(report, dir, () => report.click('button[data-export="html"]'));
  expect(file.endsWith('.html')).toBe(true);
  const html = readFileSync(file, 'utf8');
  expect(html).toContain('Safeguard on: “Chat: no private messages between students” (ticked by the teacher)');
  expect(html).toContain('Safeguard on: “People list open, so Class Guard sees who joins” (read from the page)');
});

it('the popup opened as a page of its own (?tab=) shows the checklist of the tab it follows', async () => {
  const { page } = await meetWithCard();
  const tabId = await page
    .evaluate(() => document.URL)
    .then(async (url) => {
      const any = await ext.extensionPage('src/ui/options/index.html');
      const id = await any.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
      await any.close();
      return id;
    });
  // The popup page itself is the active tab now, as a detached window or a screen reader's page is.
  const popup = await ext.extensionPage(`src/ui/popup/index.html?tab=${tabId}`);
  await popup.bringToFront();
  await popup.waitForSelector('li[data-item="people-panel"]', { timeout: 20_000 });
  expect(await popup.evaluate(() => document.body.innerText)).not.toContain(TABLES.en['checklist_no_meeting']!.message);
});
