/**
 * `npm start`: builds the extension, then opens Chromium with it loaded on the demo classroom —
 * local copies of each client (the test fixtures) served at the clients' real URLs, so the
 * extension runs exactly as it would on meet.google.com, app.zoom.us and teams.microsoft.com —
 * and plays a short "class bombing" in each: a stranger, an impostor of the teacher, abuse in chat.
 *
 *   npm start                 in a window (headless when there is no display)
 *   npm start -- --smoke      play the demo, print what the log recorded, and exit
 *   npm start -- --lang=en    the clients in English (default: Vietnamese)
 */
import { execFileSync } from 'node:child_process';
import { USER_SETTINGS_KEY } from '../src/common/storage-keys';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Frame, type Page, type Target } from 'puppeteer-core';
import { ChromeNotFoundError, chromeArgs, findChrome } from './lib/chrome';
import { visibleText } from '../src/common/visible-text';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const lang = args.find((a) => a.startsWith('--lang='))?.slice(7) === 'en' ? 'en' : 'vi';
const fixture = (rel: string) => readFileSync(path.join(root, 'test/fixtures', rel), 'utf8');

const CLIENTS = [
  {
    name: 'Google Meet',
    url: 'https://meet.google.com/abc-defg-hij',
    routes: { 'https://meet.google.com/': fixture(`meet/in-call-people.${lang}.html`) },
  },
  {
    name: 'Zoom',
    url: 'https://app.zoom.us/wc/81234567890/start',
    routes: {
      'https://app.zoom.us/wc/81234567890/start': fixture(`zoom/shell.${lang}.html`),
      'https://app.zoom.us/wc/81234567890/join': fixture(`zoom/class.${lang}.html`),
    },
  },
  {
    name: 'Microsoft Teams',
    url: 'https://teams.microsoft.com/v2/',
    routes: { 'https://teams.microsoft.com/': fixture(`teams/roster.${lang}.html`) },
  },
] as const;

/** What happens in each class, a step every few seconds (page-world scenario drivers of the fixtures). */
const DEMO: Record<string, string[]> = {
  'Google Meet': [
    `meetScenario.knock('Khách Lạ 007', '901')`,
    `meetScenario.join('Nguyễn Thị Lаn', '902')`, // Cyrillic "а": an impostor of the teacher
    `meetScenario.openChat()`,
    `meetScenario.post('Khách Lạ 007', 'vào zalo.me/0987654321 nhé các em')`,
    `meetScenario.post('Trần Minh Anh', 'cô ơi em chưa hiểu bài 3')`,
  ],
  Zoom: [
    `zoomScenario.join('Nguyễn Văn An', 16779300); zoomScenario.join('Lê Văn Cường', 16779301)`,
    `zoomScenario.waitingJoin('Stranger Danger')`,
    `zoomScenario.openChat()`,
    `zoomScenario.post('Lê Văn Cường', 'đm mày ngu vl', {})`,
    `zoomScenario.share('Lê Văn Cường')`,
  ],
  'Microsoft Teams': [
    `teamsScenario.join('Người Lạ', '8:teamsvisitor:demo1')`,
    `teamsScenario.openChat()`,
    `teamsScenario.post('Người Lạ', 'kết bạn zalo với anh nhé, đừng nói với bố mẹ')`,
  ],
};
/** The demo class: its teacher and roster, as a teacher would set them up in the options page. */
const DEMO_CLASS = {
  id: 'demo-10a1',
  name: 'Lớp 10A1 — demo',
  isDefault: true,
  meetings: ['abc-defg-hij', '81234567890'],
  teachers: ['Nguyễn Thị Lan'],
  roster: [
    'Trần Minh Anh',
    'Lê Hoàng Bảo',
    'Phạm Thu Hà',
    'Phạm Minh Anh',
    'Lê Bảo Ngọc',
    'Trần Gia Huy',
    'Nguyễn Khánh Linh',
    'Hoàng Đức Thịnh',
    'Vũ Thu Trang',
    'Võ Quốc Bảo',
    'Đặng Hà My',
    'Nguyễn Văn An',
    'Lê Văn Cường',
  ].map((name) => ({ name })),
};
const DRIVERS: Record<string, string> = {
  'Google Meet': 'meet/scenario.js',
  Zoom: 'zoom/scenario.js',
  'Microsoft Teams': 'teams/scenario.js',
};

async function main(): Promise<void> {
  let chromePath: string;
  try {
    chromePath = findChrome();
  } catch (err) {
    console.error(err instanceof ChromeNotFoundError ? err.message : err);
    process.exit(1);
  }
  console.log('Building the extension…');
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  const dist = path.join(root, 'dist');

  const hasDisplay = process.platform !== 'linux' || Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
  const headless = smoke || !hasDisplay;
  if (!smoke && !hasDisplay) console.log('No display found: running headless (set DISPLAY to see the window).');
  const browser: Browser = await puppeteer.launch({
    executablePath: chromePath,
    headless,
    pipe: true,
    enableExtensions: [dist],
    defaultViewport: null,
    args: chromeArgs(['--window-size=1400,900']),
  });
  const worker = await browser.waitForTarget(
    (t: Target) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  const extensionId = new URL(worker.url()).host;
  const report = await browser.newPage();
  await report.goto(`chrome-extension://${extensionId}/src/ui/report/index.html`);
  await report.evaluate(
    (key, cls) => chrome.storage.local.set({ [key]: { classes: [cls] } }),
    USER_SETTINGS_KEY,
    DEMO_CLASS,
  );

  const pages: { name: string; page: Page; frame: () => Frame }[] = [];
  for (const client of CLIENTS) {
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
    await frame().addScriptTag({ content: fixture(DRIVERS[client.name]!) });
    pages.push({ name: client.name, page, frame });
    console.log(`Opened ${client.name} at ${client.url}`);
  }
  const steps = Math.max(...Object.values(DEMO).map((s) => s.length));
  for (let i = 0; i < steps; i++) {
    await new Promise((r) => setTimeout(r, smoke ? 800 : 3_000));
    for (const { name, frame } of pages) {
      const step = DEMO[name]![i];
      if (step)
        await frame()
          .evaluate(step)
          .catch((e: unknown) => console.warn(`${name}: ${step}: ${String(e)}`));
    }
  }
  await new Promise((r) => setTimeout(r, 1_500));
  const findings = await report.evaluate(async () => {
    const sessions = (await chrome.runtime.sendMessage({ type: 'log.sessions', payload: {} })) as {
      value: { id: string; meeting: { platform: string } }[];
    };
    const out: string[] = [];
    for (const s of sessions.value) {
      const ev = (await chrome.runtime.sendMessage({ type: 'log.events', payload: { sessionId: s.id } })) as {
        value: { type: string; payload: { finding?: { category: string; subject: { name?: string } } } }[];
      };
      for (const e of ev.value)
        if (e.type === 'finding')
          out.push(`${s.meeting.platform}: ${e.payload.finding!.category} — ${e.payload.finding!.subject.name ?? ''}`);
    }
    return out;
  });
  // Names are attacker-written: invisible and bidi characters shown as markers, not obeyed by the terminal.
  console.log(`\nThe log has ${findings.length} findings:\n  ${findings.map((f) => visibleText(f, 120)).join('\n  ')}`);
  if (smoke) {
    await browser.close();
    return;
  }
  await report.reload();
  await report.bringToFront();
  console.log('\nThe report page is open. Close the browser or press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    browser.on('disconnected', () => resolve());
    process.on('SIGINT', () => void browser.close().then(resolve));
  });
}

void main();
