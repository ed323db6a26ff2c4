/** Plays the demo classroom in a browser with the built extension: shared by the headed and headless `npm start`. */
import puppeteer, { type Browser, type Frame, type Page, type Target } from 'puppeteer-core';
import { USER_SETTINGS_KEY } from '../../src/common/storage-keys';
import { chromeArgs } from './chrome';
import { DEMO_CLASS, DEMO_SCHOOL, fixture, type DemoClient, type Lang } from './demo-class';

export interface DemoBrowser {
  browser: Browser;
  extensionId: string;
  /** An extension page kept open to read the log. */
  report: Page;
}

export interface OpenClient {
  client: DemoClient;
  page: Page;
  frame: () => Frame;
}

export interface LoggedFinding {
  sessionId: string;
  platform: string;
  category: string;
  name: string;
}

export async function launchDemo(
  chromePath: string,
  dist: string,
  headless: boolean,
  lang: Lang,
): Promise<DemoBrowser> {
  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless,
    pipe: true,
    enableExtensions: [dist],
    defaultViewport: null,
    args: chromeArgs(['--window-size=1400,900']),
  });
  const worker = await browser.waitForTarget(
    (t: Target) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 30_000 },
  );
  const extensionId = new URL(worker.url()).host;
  const report = await browser.newPage();
  await report.goto(`chrome-extension://${extensionId}/src/ui/report/index.html`);
  await report.evaluate((key, settings) => chrome.storage.local.set({ [key]: settings }), USER_SETTINGS_KEY, {
    language: lang,
    classes: [DEMO_CLASS],
    school: DEMO_SCHOOL,
  });
  return { browser, extensionId, report };
}

export async function openClients(browser: Browser, clients: DemoClient[]): Promise<OpenClient[]> {
  const open: OpenClient[] = [];
  for (const client of clients) {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith('http')) return void req.continue();
      const match = Object.entries(client.routes).find(([prefix]) => url.startsWith(prefix));
      return void (match
        ? req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: match[1] })
        : req.respond({ status: 404, body: '' }));
    });
    await page.goto(client.url, { waitUntil: 'load' });
    // Zoom's meeting lives in the #webclient iframe of the app shell.
    const frame = () => page.frames().find((f) => f.url().endsWith('/join')) ?? page.mainFrame();
    await frame().addScriptTag({ content: fixture(client.driver) });
    open.push({ client, page, frame });
    console.log(`Opened ${client.name} at ${client.url}`);
  }
  return open;
}

export async function play(clients: OpenClient[], stepMs: number): Promise<void> {
  const steps = Math.max(...clients.map((c) => c.client.steps.length));
  for (let i = 0; i < steps; i++) {
    await new Promise((r) => setTimeout(r, stepMs));
    for (const { client, frame } of clients) {
      const step = client.steps[i];
      if (step)
        await frame()
          .evaluate(step)
          .catch((e: unknown) => console.warn(`${client.name}: ${step}: ${String(e)}`));
    }
  }
}

/** Every finding in the log, through the same messages the report page uses. */
export function loggedFindings(report: Page): Promise<LoggedFinding[]> {
  return report.evaluate(async () => {
    const sessions = (await chrome.runtime.sendMessage({ type: 'log.sessions', payload: {} })) as {
      value: { id: string; meeting: { platform: string } }[];
    };
    const out: LoggedFinding[] = [];
    for (const s of sessions.value) {
      const ev = (await chrome.runtime.sendMessage({ type: 'log.events', payload: { sessionId: s.id } })) as {
        value: { type: string; payload: { finding?: { category: string; subject: { name?: string } } } }[];
      };
      for (const e of ev.value)
        if (e.type === 'finding')
          out.push({
            sessionId: s.id,
            platform: s.meeting.platform,
            category: e.payload.finding!.category,
            name: e.payload.finding!.subject.name ?? '',
          });
    }
    return out;
  });
}

/** The expected findings not (yet) in the log, as "meet: impersonation — Nguyễn Thị Lаn". */
export function missingFindings(clients: DemoClient[], found: LoggedFinding[]): string[] {
  return clients.flatMap((c) =>
    c.expected
      .filter(
        ([category, name]) =>
          !found.some((f) => f.platform === c.platform && f.category === category && f.name === name),
      )
      .map(([category, name]) => `${c.platform}: ${category} — ${name}`),
  );
}

/** Waits until every expected finding is logged, or the time is up; returns what is still missing. */
export async function awaitFindings(report: Page, clients: DemoClient[], timeoutMs: number): Promise<string[]> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const missing = missingFindings(clients, await loggedFindings(report));
    if (missing.length === 0 || Date.now() > end) return missing;
    await new Promise((r) => setTimeout(r, 500));
  }
}
