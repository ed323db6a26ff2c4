/**
 * Nothing leaves the machine (docs/permissions.md): every network request made by the extension's
 * service worker, its pages and our content script's isolated world is recorded over a class on each
 * client, and any that goes beyond the extension's own files fails the test. The fixture pages'
 * own requests (their documents, frames, favicons, their own scripts) are the page's, not ours: they
 * are told apart by target and by initiator (the script that asked, by its execution context).
 */
import type { CDPSession, Page, Protocol } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../support/browser';
import { MeetingLog } from './class-helpers';
import { launchExtension, until, type ExtensionBrowser } from './extension';

/** Requests that stay on the machine: the extension's own files and in-memory data. */
const LOCAL = /^(chrome-extension|data|blob|about):/;
/** A destination no test ever serves: what the recorder's own check sends. */
const PROBE = 'https://probe.invalid/';

interface Seen {
  /** Who made it: the worker, an extension page, or our content script in a meeting page. */
  who: string;
  url: string;
  /** How it was told apart (initiator), or the console's text for an attempt the CSP refused. */
  why: string;
}

type Attached = Protocol.Target.AttachedToTargetEvent;
const AUTO_ATTACH: Protocol.Target.SetAutoAttachRequest = {
  autoAttach: true,
  // New targets wait until their recorder is listening, so their first requests are seen too.
  waitForDebuggerOnStart: true,
  flatten: true,
  filter: [{ type: 'service_worker' }, { type: 'page' }, { type: 'iframe' }, { type: 'worker' }],
};

/**
 * Listens to every target of the browser over CDP sessions of its own (the tests' request
 * interception keeps working beside it) and keeps what our code asked for.
 */
class NetworkRecorder {
  readonly ours: Seen[] = [];
  /** The meeting pages' own requests, by initiator: kept to show the recorder saw the page at all. */
  readonly pages: Seen[] = [];
  readonly workers: CDPSession[] = [];
  private root: CDPSession | null = null;
  private readonly attached = new Set<string>();

  constructor(private readonly ext: ExtensionBrowser) {}

  async start(): Promise<void> {
    this.root = await this.ext.browser.target().createCDPSession();
    this.root.on('Target.attachedToTarget', (ev) => void this.attach(ev));
    await this.root.send('Target.setAutoAttach', AUTO_ATTACH);
  }

  clear(): void {
    this.ours.length = 0;
    this.pages.length = 0;
  }

  private async attach(ev: Attached): Promise<void> {
    const session = this.root!.connection()!.session(ev.sessionId);
    if (!session) return;
    // Each extension page attaches the extension's worker again; a second recorder would replay its console.
    if (this.attached.has(ev.targetInfo.targetId)) {
      await session.send('Runtime.runIfWaitingForDebugger').catch(() => {});
      return;
    }
    this.attached.add(ev.targetInfo.targetId);
    const { type } = ev.targetInfo;
    if (type === 'service_worker') this.workers.push(session);
    session.on('Target.attachedToTarget', (child) => void this.attach(child));
    // Our content script's scripts, by the isolated world they were compiled in.
    const ourContexts = new Set<number>();
    const ourScripts = new Set<string>();
    const origin = `chrome-extension://${this.ext.extensionId}`;
    session.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin === origin) ourContexts.add(context.id);
    });
    session.on('Debugger.scriptParsed', (s) => {
      if (ourContexts.has(s.executionContextId) || s.url.startsWith(origin)) ourScripts.add(s.scriptId);
    });
    // A page target opens on about:blank: what it is, is what its top document becomes.
    let document = ev.targetInfo.url;
    session.on('Network.requestWillBeSent', (r) => {
      if (r.type === 'Document' && r.frameId === ev.targetInfo.targetId) document = r.request.url;
      this.request(type, r, ourScripts);
    });
    // A request the extension's CSP refuses never reaches the network domain; the console says so.
    // On an extension page, any refusal also means the page tried something its CSP forbids.
    session.on('Log.entryAdded', ({ entry }) => {
      if (entry.source !== 'security') return;
      if (type === 'service_worker' || document.startsWith(origin))
        this.ours.push({
          who: type === 'service_worker' ? 'service worker' : `page ${document}`,
          url: entry.url ?? '',
          why: entry.text,
        });
    });
    await Promise.all([
      session.send('Network.enable'),
      session.send('Log.enable'),
      session.send('Runtime.enable'),
      session.send('Debugger.enable'),
      type === 'service_worker' ? null : session.send('Target.setAutoAttach', AUTO_ATTACH),
    ]).catch(() => {});
    await session.send('Runtime.runIfWaitingForDebugger').catch(() => {});
  }

  private request(type: string, r: Protocol.Network.RequestWillBeSentEvent, ourScripts: Set<string>): void {
    const { url } = r.request;
    if (LOCAL.test(url)) return;
    const frames = r.initiator.stack?.callFrames ?? [];
    const origin = `chrome-extension://${this.ext.extensionId}`;
    if (type === 'service_worker' || r.documentURL?.startsWith(origin)) {
      this.ours.push({
        who: type === 'service_worker' ? 'service worker' : 'extension page',
        url,
        why: r.initiator.type,
      });
      return;
    }
    // In a meeting page: ours when a script of our isolated world asked, or our file did.
    const ourFrame = frames.find((f) => ourScripts.has(f.scriptId) || f.url.startsWith(origin));
    if (ourFrame || r.initiator.url?.startsWith(origin)) {
      this.ours.push({ who: 'content script', url, why: `${r.initiator.type} ${ourFrame?.functionName ?? ''}` });
      return;
    }
    // The page's own: a document (a navigation), its favicon, its HTML's resources, its own scripts.
    // Anything else (a load with no initiator, such as an image our code created) counts as ours.
    const pageOwn =
      r.type === 'Document' ||
      new URL(url).pathname === '/favicon.ico' ||
      r.initiator.type === 'parser' ||
      (r.initiator.type === 'script' && frames.length > 0);
    (pageOwn ? this.pages : this.ours).push({ who: pageOwn ? 'page' : 'unattributed', url, why: r.initiator.type });
  }
}

let ext: ExtensionBrowser;
let rec: NetworkRecorder;
/** Each client's class, with a roster so that a stranger raises an alert (a notification). */
const CODES = {
  meet: 'cgp-rivc-mee',
  zoom: '81000000424',
  teams: '19:meeting_UHJpdmFjeVRlc3Q@thread.v2',
} as const;
const TEACHER = 'Nguyễn Thị Lan';
const ROSTER = ['Trần Minh Anh', 'Lê Hoàng Bảo', 'Phạm Thu Hà'];
/** Links and markup in chat and names, which must stay text: no preview, no image, no prefetch. */
const BAIT = {
  /** A stranger's name, one per client (an alert for the same name is not repeated within minutes). */
  name: (client: string) => `<img src=https://probe.invalid/name.png> Khách Lạ ${client}`,
  chat: [
    'xem https://probe.invalid/bai-tap.html nhé',
    '<img src="https://probe.invalid/chat.png"><script src="https://probe.invalid/x.js"></script>',
    'www.probe.invalid/free-robux và http://probe.invalid:8080/',
  ],
};

beforeAll(async () => {
  ext = await launchExtension();
  rec = new NetworkRecorder(ext);
  await rec.start();
  await ext.setSettings({
    classes: Object.entries(CODES).map(([platform, code]) => ({
      id: `privacy-${platform}`,
      name: `Privacy ${platform}`,
      meetings: [code],
      teachers: [TEACHER],
      roster: ROSTER.map((name) => ({ name })),
    })),
  });
});
afterAll(async () => {
  await ext?.close();
});
afterEach(() => ext.closeMeetings());

type Run = (method: string, ...args: unknown[]) => Promise<unknown>;
const runner =
  (page: Page, driver: string): Run =>
  (method, ...args) =>
    page.evaluate(
      (d, m, a) =>
        (window as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>)[d]![m]!(...a) ?? null,
      driver,
      method,
      args,
    );

/** Waits until the class's chat and a finding are in the log, and (when asked) a new notification shows. */
async function classLogged(code: string, notifiedBefore?: string[]): Promise<void> {
  const log = await MeetingLog.open(ext, code);
  await log.waitFor(
    (ev) =>
      ev.filter((e) => e.type === 'chat.message').length >= BAIT.chat.length && ev.some((e) => e.type === 'finding'),
    `the chat and a finding of ${code} in the log`,
    30_000,
  );
  // Alerts for the same kind are grouped over minutes: the first class's stranger raises the notification.
  if (!notifiedBefore) return;
  const before = new Set(notifiedBefore);
  await until(async () => (await ext.notifications()).some((id) => !before.has(id)), 'a notification');
}

/** What the class made our code ask for, and proof that the meeting page itself was seen. */
function expectNothingLeft(page: Page): void {
  expect(rec.ours, 'requests by the extension that leave the machine').toEqual([]);
  const host = new URL(page.url()).host;
  expect(rec.pages.some((s) => new URL(s.url).host === host)).toBe(true);
}

describe('privacy: nothing leaves the machine during a class (forwarding off)', () => {
  it('the recorder sees a request from the worker, an extension page and our content script', async () => {
    rec.clear();
    const worker = await until(async () => rec.workers.at(-1) ?? null, 'the worker attached');
    await worker.send('Runtime.evaluate', { expression: `fetch('${PROBE}w').catch(() => 0)`, awaitPromise: true });
    const popup = await ext.extensionPage('src/ui/popup/index.html');
    await popup.evaluate((u) => fetch(u).catch(() => 0), `${PROBE}p`);
    const url = 'https://meet.google.com/cgp-robe-mee';
    const page = await ext.openMeeting(url, { [url]: fixture('meet/in-call-people.en.html') });
    await until(() => ext.inContentScript<boolean>(page, 'Boolean(globalThis.__classGuardContent)'), 'our script');
    await ext.inContentScript(page, `fetch('${PROBE}c').catch(() => 0)`);
    const whos = () => new Set(rec.ours.map((s) => s.who.split(' ')[0]));
    await until(async () => whos().size >= 3 || null, 'the three probes recorded', 10_000).catch(() => null);
    // The CSP lets the worker and the pages reach HTTPS (forwarding's endpoint, docs/permissions.md): the
    // probes go out, seen as requests; one the CSP refused would be seen by its console entry instead.
    expect(rec.ours.map((s) => s.who)).toEqual(
      expect.arrayContaining([
        'service worker',
        'content script',
        expect.stringMatching(/^(?:page chrome-extension:|extension page)/),
      ]),
    );
    expect(rec.ours.filter((s) => s.who !== 'content script').map((s) => s.url)).toEqual(
      expect.arrayContaining([`${PROBE}w`, `${PROBE}p`]),
    );
    expect(rec.ours.find((s) => s.who === 'content script')?.url).toBe(`${PROBE}c`);
    await popup.close();
  });

  it('Google Meet: joins, a stranger, links and markup in chat', async () => {
    rec.clear();
    const notified = await ext.notifications();
    const url = `https://meet.google.com/${CODES.meet}`;
    const page = await ext.openMeeting(url, { [url]: fixture('meet/in-call-people.en.html') });
    await page.addScriptTag({ content: fixture('meet/scenario.js') });
    const run = runner(page, 'meetScenario');
    await run('join', ROSTER[0], '301');
    await run('join', BAIT.name('meet'), '302');
    await run('openChat');
    for (const text of BAIT.chat) await run('post', 'Khách Lạ', text);
    await classLogged(CODES.meet, notified);
    expectNothingLeft(page);
  });

  it('Zoom: joins, a stranger, links and markup in chat', async () => {
    rec.clear();
    const url = `https://app.zoom.us/wc/${CODES.zoom}/join`;
    const page = await ext.openMeeting(url, { [url]: fixture('zoom/class.vi.html') });
    await page.addScriptTag({ content: fixture('zoom/scenario.js') });
    const run = runner(page, 'zoomScenario');
    await run('join', ROSTER[1], 16_900_000);
    await run('join', BAIT.name('zoom'), 16_901_024);
    await run('scrollRoster', 1e9);
    for (const text of BAIT.chat) await run('post', BAIT.name('zoom'), text);
    await classLogged(CODES.zoom);
    expectNothingLeft(page);
  });

  it('Microsoft Teams: joins, a stranger, links and markup in chat; then the popup, settings and report', async () => {
    rec.clear();
    const url = `https://teams.microsoft.com/v2/#/l/meetup-join/${encodeURIComponent(CODES.teams)}/0`;
    const shell =
      '<!doctype html><html><head><meta charset="utf-8"><title>Microsoft Teams</title></head><body></body></html>';
    const page = await ext.openMeeting(url, { 'https://teams.microsoft.com/': shell });
    await page.addScriptTag({ content: fixture('teams/scenario.js') });
    const run = runner(page, 'teamsScenario');
    const teacher = { name: TEACHER, mri: '8:orgid:3f2a6c1e-0b7d-4c55-9a10-5d8e2f4b7a01', organizer: true };
    await run('mount', {
      lang: 'vi',
      title: 'Lớp 9A2 - Ngữ văn',
      self: { ...teacher, signedIn: true },
      people: [{ ...teacher, kind: 'member' }],
      panel: 'roster',
      stageSize: 4,
    });
    await run('join', ROSTER[2], '8:orgid:00000000-0000-4000-8000-000000000001');
    await run('join', BAIT.name('teams'), '8:orgid:00000000-0000-4000-8000-000000000002');
    await run('openChat');
    for (const text of BAIT.chat) await run('post', 'Khách Lạ', text);
    await classLogged(CODES.teams);
    // The teacher looks at the class while it runs: the pages read the log and settings, and send nothing.
    for (const rel of ['src/ui/popup/index.html', 'src/ui/options/index.html', 'src/ui/report/index.html']) {
      const p = await ext.extensionPage(rel);
      await until(() => p.evaluate(() => (document.querySelector('#app')?.textContent ?? '').length > 0), rel);
      await p.close();
    }
    expectNothingLeft(page);
  });
});
