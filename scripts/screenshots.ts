/**
 * `npm run screenshots`: builds the extension, plays a short class bombing on the demo classroom's
 * Google Meet copy (the test fixture at the client's real URL) and writes, in Vietnamese, the
 * in-meeting panel, the popup and the settings page to docs/screenshots/, so the README's pictures
 * stay true to the code.
 *
 *   npm run screenshots                 build, then shoot
 *   npm run screenshots -- --no-build   shoot the dist/ already built
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { fixture } from '../test/support/browser';
import { launchExtension, until, type ExtensionBrowser } from '../test/e2e/extension';
import { probePanel } from '../test/e2e/panel-helpers';

const root = path.resolve(import.meta.dirname, '..');
const OUT = path.join(root, 'docs/screenshots');
const CODE = 'abc-defg-hij';
const URL_ = `https://meet.google.com/${CODE}`;

const DEMO_CLASS = {
  id: 'demo-10a1',
  name: 'Lớp 10A1 — Toán',
  meetings: [CODE],
  teachers: ['Nguyễn Thị Lan'],
  roster: ['Trần Minh Anh', 'Lê Hoàng Bảo', 'Phạm Thu Hà', 'Đỗ Văn Hùng', 'Vũ Thu Trang'].map((name) => ({ name })),
};

/** The bombing, in the page world of the fixture (its scenario driver). */
const STEPS = [
  `meetScenario.join('Kẻ Lạ Mặt', '901')`,
  `meetScenario.join('Trần Minh \u0410nh', '902')`, // Cyrillic "А": a copy of a student
  `meetScenario.openChat()`,
  `meetScenario.post('Kẻ Lạ Mặt', 'địt mẹ lớp này, vào zalo.me/0987654321 nhé')`,
  `meetScenario.openPeople()`,
];

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  const file = path.join(OUT, `${name}.vi.png`);
  await page.screenshot({ path: file as `${string}.png`, fullPage });
  console.log(`wrote ${path.relative(root, file)}`);
}

async function meetingWithAlerts(ext: ExtensionBrowser): Promise<Page> {
  const meeting = await ext.openMeeting(URL_, { [URL_]: fixture('meet/in-call-people.vi.html') });
  await meeting.addScriptTag({ content: fixture('meet/scenario.js') });
  await until(async () => (await ext.sessions()).find((s) => s.meeting.code === CODE), 'the session', 30_000);
  for (const step of STEPS) {
    await meeting.evaluate(step);
    await new Promise((r) => setTimeout(r, 600));
  }
  const panel = await probePanel(meeting);
  await panel.until(
    `function () { return [...this.querySelectorAll('.entry .quote')].some((q) => q.textContent.includes('địt mẹ')); }`,
    'the abuse in the panel',
    30_000,
  );
  return meeting;
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build'))
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  mkdirSync(OUT, { recursive: true });
  const ext = await launchExtension();
  try {
    await ext.setSettings({ language: 'vi', classes: [DEMO_CLASS] });
    const meeting = await meetingWithAlerts(ext);
    await meeting.bringToFront();
    await shoot(meeting, 'panel');

    const tabId = await (
      await ext.extensionPage('src/ui/options/index.html')
    ).evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, URL_);
    const popup = await ext.extensionPage(`src/ui/popup/index.html?tab=${tabId}`);
    await popup.setViewport({ width: 404, height: 600 });
    await popup.bringToFront();
    await until(() => popup.evaluate(() => document.querySelectorAll('li.entry').length >= 2), 'the popup entries');
    await shoot(popup, 'popup', true);

    const options = await ext.extensionPage('src/ui/options/index.html');
    await options.setViewport({ width: 1000, height: 900 });
    await options.bringToFront();
    await new Promise((r) => setTimeout(r, 500));
    // The whole page in one window, so the sticky save bar sits where the form ends, not mid-picture.
    const height = await options.evaluate(() => document.documentElement.scrollHeight);
    await options.setViewport({ width: 1000, height });
    await new Promise((r) => setTimeout(r, 200));
    await shoot(options, 'settings');
  } finally {
    await ext.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
