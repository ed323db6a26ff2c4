/**
 * The exports a school hands on, from the built extension's report page: a Meet class bombed in the
 * chat (one sender's name is markup), its JSON downloaded and verified with the code of
 * `npm run verify-report` and in the page's file check, one character changed and caught, and the
 * printable HTML opened with JavaScript off, showing every incident as text — in English and Vietnamese.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, expect, it } from 'vitest';
import type { Finding } from '../../src/common/model';
import { verifyReportFile } from '../../scripts/verify-report';
import { fixture } from '../support/browser';
import { useExtension, until } from './extension';
import { downloadBy } from '../../scripts/lib/downloads';

const CODE = 'rep-expo-rta';
const URL_ = `https://meet.google.com/${CODE}`;
const HOSTILE_SENDER = '<script>alert(1)</script>\u202Egnp.exe';
const SCHOOL = {
  name: 'Trường THCS Nguyễn Du',
  leadership: 'Cô Trần Thị Mai, Hiệu trưởng, 0912 345 678',
  educationOffice: 'Phòng GD&ĐT Quận 1, 028 3829 0000',
  police: 'Công an Phường Bến Nghé, 028 3822 0000',
};
const CLASSES = [{ id: 'c1', name: 'Lớp 10A1 - Toán', meetings: [CODE], teachers: ['Nguyễn Thị Lan'], roster: [] }];

const ext = useExtension({ keepMeetings: true });
beforeAll(async () => {
  await ext.setSettings({ language: 'en', classes: CLASSES, school: SCHOOL });
});

type Scenario = { meetScenario: { openChat(): void; post(sender: string, text: string): string } };

/** Clicks an export button and returns the file the browser saved. */
async function exportFile(page: Page, kind: 'json' | 'html'): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-dl-'));
  const file = await downloadBy(page, dir, () => page.click(`button[data-export="${kind}"]`));
  expect(file.endsWith(`.${kind}`)).toBe(true);
  return file;
}

async function incidentsShownWithoutScript(
  file: string,
): Promise<{ rows: string[]; text: string; head: string; blanks: number }> {
  const page = await ext.browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(`file://${file}`);
  const shown = await page.evaluate(() => ({
    rows: [...document.querySelectorAll('#incidents tr.incident')].map((r) => (r as HTMLElement).innerText),
    text: document.body.innerText,
    head: document.querySelector('[data-testid="chain-head"]')?.textContent ?? '',
    blanks: document.querySelectorAll('#routing .blank').length,
    active: document.querySelectorAll('script, img, iframe, object, embed, svg').length,
  }));
  expect(shown.active).toBe(0);
  await page.close();
  return shown;
}

it('exports a JSON that verifies and a printable HTML that shows every incident without scripts', async () => {
  const meeting = await ext.openMeeting(URL_, { 'https://meet.google.com/': fixture('meet/in-call-people.vi.html') });
  await meeting.addScriptTag({ content: fixture('meet/scenario.js') });
  const session = await until(async () => (await ext.sessions()).find((s) => s.meeting.code === CODE), 'the session');
  await meeting.evaluate((hostile) => {
    const s = (window as unknown as Scenario).meetScenario;
    s.openChat();
    s.post('Trần Minh Anh', 'con mèo nhà em là đồ chó con ạ');
    s.post(hostile, 'đm mày');
  }, HOSTILE_SENDER);
  const findings = await until(async () => {
    const f = (await ext.events(session.id)).filter((e) => e.type === 'finding');
    return f.filter((e) => (e.payload['finding'] as Finding).subject.messageId).length >= 2 ? f : null;
  }, 'the two chat findings');

  const report = await ext.extensionPage(`src/ui/report/index.html?session=${session.id}`);
  // Sentences at local time first; the raw log one click away.
  const sentences = await until(
    () => report.evaluate(() => document.querySelector('table[data-view="sentences"]')?.textContent ?? ''),
    'the sentences',
  );
  expect(sentences).toContain('“Trần Minh Anh” wrote in the chat: “con mèo nhà em là đồ chó con ạ”');
  expect(sentences).toContain('“<script>alert(1)</script>⟦U+202E⟧gnp.exe” wrote in the chat');
  await report.evaluate(() =>
    [...document.querySelectorAll('button')].find((b) => /raw log/.test(b.innerText))!.click(),
  );
  await report.waitForSelector('table[data-view="raw"] tr[data-type="chat.message"]');

  const json = await exportFile(report, 'json');
  const events = await ext.events(session.id);
  const verified = await verifyReportFile(json);
  expect(verified.code).toBe(0);
  expect(verified.message).toMatch(/verified \d+ events, head [0-9a-f]{64}$/);
  const head = /head ([0-9a-f]{64})$/.exec(verified.message)![1]!;
  expect(events.map((e) => e.hash)).toContain(head);

  // The same check in the page, and one character changed caught and named.
  const bad = json.replace(/\.json$/, '-changed.json');
  writeFileSync(bad, readFileSync(json, 'utf8').replace('đm mày', 'đm mầy'));
  const changed = events.find((e) => e.type === 'chat.message' && JSON.stringify(e.payload).includes('đm mày'))!;
  expect(await verifyReportFile(bad)).toMatchObject({
    code: 1,
    message: expect.stringContaining(`event seq ${changed.seq} (id ${changed.id})`),
  });
  const input = (await report.$('input[data-testid="verify-file"]'))!;
  for (const [file, expected] of [
    [json, `verified ${/verified (\d+)/.exec(verified.message)![1]} events, head ${head}`],
    [bad, `NOT verified — event seq ${changed.seq} (id ${changed.id})`],
  ] as const) {
    await input.uploadFile(file);
    const verdict = await until(
      () =>
        report.evaluate(
          (name) =>
            [...document.querySelectorAll('[data-testid="file-verdict"]')]
              .map((e) => e.textContent ?? '')
              .find((t) => t.startsWith(name)),
          path.basename(file),
        ),
      'the file verdict',
    );
    expect(verdict).toContain(expected);
  }

  const html = await exportFile(report, 'html');
  const en = await incidentsShownWithoutScript(html);
  // One row per incident: the findings on one message are one incident.
  const incidents = new Set(findings.map((e) => e.payload['observationId'] ?? e.id)).size;
  expect(en.rows).toHaveLength(incidents);
  expect(en.text).toContain('“con mèo nhà em là đồ chó con ạ”');
  expect(en.text).toContain('“<script>alert(1)</script>⟦U+202E⟧gnp.exe”');
  expect(en.text).toMatch(/Class\s+Lớp 10A1 - Toán/);
  expect(en.text).toMatch(/Teacher\s+Nguyễn Thị Lan/);
  expect(en.text).toMatch(/Meeting code\s+rep-expo-rta/);
  expect(en.text).toMatch(/Time zone\s+\S+ \(UTC[+-]\d\d:\d\d\)/);
  expect(en.head).toBe(head);
  // The school and its routing block, from the settings.
  expect(en.text).toMatch(/School\s+Trường THCS Nguyễn Du/);
  expect(en.text).toContain('School leadership: Cô Trần Thị Mai, Hiệu trưởng, 0912 345 678');
  expect(en.text).toContain('Education office: Phòng GD&ĐT Quận 1, 028 3829 0000');
  expect(en.text).toContain('Police: Công an Phường Bến Nghé, 028 3822 0000');
  expect(en.blanks).toBe(0);
  expect(en.text).toMatch(/Meeting app\s+Google Meet/);
  expect(en.text).toMatch(/Meeting link\s+https:\/\/meet\.google\.com\/rep-expo-rta/);
  expect(en.text).toMatch(/Start\s+\d\d\/\d\d\/\d{4}, \d\d:\d\d:\d\d/);
  expect(en.text).toMatch(/End\s+\d\d\/\d\d\/\d{4}, \d\d:\d\d:\d\d/);
  // The people involved as displayed and with their id on the platform.
  expect(en.text).toMatch(/Name as displayed\s+Id on the platform/);
  expect(en.text).toMatch(/Measures taken/);

  // The teacher's language: the same record in Vietnamese, for a school that has not filled in its contacts.
  await ext.setSettings({ language: 'vi', classes: CLASSES });
  await until(() => report.evaluate(() => document.documentElement.lang === 'vi' || null), 'the page in Vietnamese');
  const vi = await incidentsShownWithoutScript(await exportFile(report, 'html'));
  expect(vi.rows.length).toBeGreaterThanOrEqual(incidents);
  expect(vi.text).toContain('BIÊN BẢN SỰ VIỆC TRONG LỚP HỌC TRỰC TUYẾN');
  expect(vi.text).toMatch(/Mã cuộc họp\s+rep-expo-rta/);
  expect(vi.text).toContain('“Trần Minh Anh” viết trong khung chat: “con mèo nhà em là đồ chó con ạ”');
  for (const place of ['Ban giám hiệu nhà trường', 'Phòng/Sở Giáo dục và Đào tạo', 'Cơ quan công an'])
    expect(vi.text).toContain(place);
  expect(vi.blanks).toBe(3);
  expect(vi.text).toMatch(/Lớp\s+Lớp 10A1 - Toán/);
  expect(vi.text).toMatch(/Múi giờ\s+\S+ \(UTC[+-]\d\d:\d\d\)/);
});
