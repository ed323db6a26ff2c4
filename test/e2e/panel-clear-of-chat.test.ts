/**
 * A teacher in a lesson keeps the chat open more often than the People list: neither the alert panel
 * that opens on a stranger nor the pre-class checklist card may lie over the chat the teacher is
 * reading, on any client.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { fixture, teamsScenarioPage } from '../support/browser';
import { runner, type Run } from './class-helpers';
import { launchExtension, until, type ExtensionBrowser } from './extension';
import { intersects, pageRects, probePanel, type PanelProbe, type Rect } from './panel-helpers';
import { CARD } from './checklist-helpers';

const TEACHER = 'Nguyễn Thị Lan';
const TEAMS_TEACHER = '8:orgid:3f2a6c1e-0b7d-4c55-9a10-5d8e2f4b7a01';

interface Client {
  platform: string;
  code: string;
  /** Css of the chat's side panel (or its message list) while it is open. */
  chat: string;
  open(): Promise<{ page: Page; run: Run }>;
  /** A stranger joins (while the chat is open). */
  stranger(run: Run): Promise<unknown>;
}

let ext: ExtensionBrowser;

const CLIENTS: Client[] = [
  {
    platform: 'meet',
    code: 'cgp-chat-clr',
    chat: 'aside',
    async open() {
      const url = `https://meet.google.com/${this.code}`;
      const page = await ext.openMeeting(url, { [url]: fixture('meet/in-call-people.vi.html') });
      await page.addScriptTag({ content: fixture('meet/scenario.js') });
      return { page, run: runner(page, 'meetScenario') };
    },
    stranger: (run) => run('join', 'Kẻ Lạ Mặt', '777'),
  },
  {
    platform: 'zoom',
    code: '81000000911',
    chat: '.chat-container',
    async open() {
      const url = `https://app.zoom.us/wc/${this.code}/join`;
      const page = await ext.openMeeting(url, { [url]: fixture('zoom/class.vi.html') });
      await page.addScriptTag({ content: fixture('zoom/scenario.js') });
      return { page, run: runner(page, 'zoomScenario') };
    },
    stranger: (run) => run('join', 'Kẻ Lạ Mặt', 16_900_777),
  },
  {
    platform: 'teams',
    code: '19:meeting_Q2hhdENsZWFy@thread.v2',
    chat: '[data-tid="message-pane-list-viewport"]',
    async open() {
      const state = {
        lang: 'vi',
        title: 'Lớp 10A1',
        self: { name: TEACHER, mri: TEAMS_TEACHER, organizer: true, signedIn: true },
        people: [{ name: TEACHER, mri: TEAMS_TEACHER, organizer: true, kind: 'member' }],
        panel: 'roster',
        stageSize: 4,
      };
      const html = teamsScenarioPage(state);
      const url = `https://teams.microsoft.com/v2/#/l/meetup-join/${encodeURIComponent(this.code)}/0`;
      const page = await ext.openMeeting(url, { 'https://teams.microsoft.com/': html });
      return { page, run: runner(page, 'teamsScenario') };
    },
    stranger: (run) => run('join', 'Kẻ Lạ Mặt', '8:orgid:7b1c2e3f-4b6d-4e8f-9a0b-000000000777'),
  },
];

beforeAll(async () => {
  ext = await launchExtension();
  await ext.setSettings({
    language: 'vi',
    classes: CLIENTS.map((c) => ({
      id: `chat-clear-${c.platform}`,
      name: 'Lớp 10A1',
      meetings: [c.code],
      teachers: [TEACHER],
      roster: [{ name: 'Nguyễn Văn An' }, { name: 'Trần Thị Bình' }],
    })),
  });
});
afterAll(async () => {
  await ext?.close();
});
afterEach(() => ext.closeMeetings());

for (const c of CLIENTS)
  it(`on ${c.platform}, the panel that opens on a stranger keeps clear of the open chat`, async () => {
    const { page, run } = await c.open();
    // The class begins with the People list open (the guard sees the host); then the teacher opens the chat.
    const card = await probePanel(page, CARD);
    await card.until(`function () { const c = this.querySelector('.card'); return c && !c.hidden; }`, 'the card');
    await run('openChat');
    const panel = await probePanel(page);
    await c.stranger(run);
    await panel.until(
      `function () { return !this.querySelector('.panel').classList.contains('collapsed') && this.querySelector('.entry'); }`,
      'the panel opens on the stranger',
    );
    await expectClear(page, panel, '.panel', c.chat, 'the panel');
    await expectClear(page, card, '.card', c.chat, 'the checklist card');
  });

/** Placed just after the next frame, again as the client's panels move: read once it has settled. */
async function expectClear(page: Page, probe: PanelProbe, css: string, chatCss: string, what: string): Promise<void> {
  const read = async () => ({ box: await probe.rect(css), chat: await pageRects(page, chatCss) });
  const clear = (s: { box: Rect | null; chat: Rect[] }) => s.box && !s.chat.some((r) => intersects(s.box!, r));
  const seen = await until(
    async () => {
      const s = await read();
      return s.chat.length && clear(s) ? s : null;
    },
    `${what} clear of the chat`,
    5_000,
  ).catch(read);
  expect(seen.chat.length, 'the chat is open on the page').toBeGreaterThan(0);
  for (const r of seen.chat)
    expect(intersects(seen.box!, r), `${what}: ${JSON.stringify({ box: seen.box, r })}`).toBe(false);
}
