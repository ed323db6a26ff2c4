/**
 * Issue 19, items 4 and 6: the settings page as a teacher uses it. A roster imported from a school
 * system's CSV and XLSX exports; a file without the name column refused with the reason; a detection
 * category switched off raises nothing in a class; the language switched on the page changes the page
 * at once, and the in-meeting panel of a class in progress once saved.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import { PANEL_STRINGS } from '../../src/content/panel/strings';
import { USER_SETTINGS_KEY } from '../../src/common/storage-keys';
import { fixture } from '../support/browser';
import { MeetingLog, findingsOf, runner } from './class-helpers';
import { launchExtension, until, type ExtensionBrowser } from './extension';
import { probePanel } from './panel-helpers';

const TEACHER = 'Nguyễn Thị Lan';
const ROSTER = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];
const STRANGER = 'Kẻ Lạ Mặt';
const ABUSE = 'địt mẹ lớp này';
const zoomUrl = (code: string) => `https://app.zoom.us/wc/${code}/join`;

let ext: ExtensionBrowser;
let dir: string;
beforeAll(async () => {
  ext = await launchExtension();
  dir = mkdtempSync(path.join(tmpdir(), 'cg-roster-'));
});
afterAll(async () => {
  await ext?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
afterEach(() => ext.closeMeetings());

/** A school system's export: title rows, then the header, then the class. */
const TITLE_ROWS = [['TRƯỜNG THCS NGUYỄN DU'], ['DANH SÁCH HỌC SINH LỚP 7A'], []];
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính'];
const PUPILS = [
  ['1', 'Nguyễn Thị Lan Anh', '01/02/2013', 'Nữ'],
  ['2', 'Trần Văn Minh', '15/09/2013', 'Nam'],
  ['3', 'Lê "Bé" Hoa', '03/03/2013', 'Nữ'],
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A minimal .xlsx as Excel writes it: shared strings for the text, numbers inline, title rows first. */
function xlsx(rows: string[][]): Uint8Array {
  const strings: string[] = [];
  const col = (i: number) => String.fromCharCode(65 + i);
  const sheetRows = rows
    .map((row, r) => {
      const cells = row.map((v, c) => {
        const ref = `${col(c)}${r + 1}`;
        if (/^\d+$/.test(v)) return `<c r="${ref}"><v>${v}</v></c>`;
        strings.push(v);
        return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
      });
      return `<row r="${r + 1}">${cells.join('')}</row>`;
    })
    .join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="DS lớp" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0"?><sst xmlns="${ns}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0"?><worksheet xmlns="${ns}"><sheetData>${sheetRows}</sheetData></worksheet>`,
    ),
  });
}

const csv = (rows: string[][]) =>
  '\ufeff' + rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');

/** Opens the settings page with one class being edited. */
async function editClass(): Promise<Page> {
  await ext.setSettings({ language: 'en', classes: [{ id: 'c7a', name: 'Lớp 7A', meetings: ['81000000777'] }] });
  const page = await ext.extensionPage('src/ui/options/index.html');
  await page.waitForSelector('li.class-item');
  await page.evaluate(() =>
    [...document.querySelectorAll<HTMLButtonElement>('li.class-item button')]
      .find((b) => b.textContent === 'Edit')!
      .click(),
  );
  await page.waitForSelector('.roster-import input[type="file"]');
  return page;
}

async function importFile(page: Page, name: string, bytes: Uint8Array | string): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const input = (await page.$('.roster-import input[type="file"]'))!;
  await input.uploadFile(file);
  // The result names its file: the one before it is not taken for it.
  return until(
    () =>
      page.evaluate(
        (name) =>
          [...document.querySelectorAll('.import-result')]
            .map((e) => e.textContent)
            .find((t) => t?.includes(`“${name}”`)) ?? null,
        name,
      ),
    `${name} read`,
  );
}

const roster = (page: Page) =>
  page.evaluate(() => document.querySelectorAll<HTMLTextAreaElement>('li.class-item textarea')[2]!.value.split('\n'));

async function save(page: Page): Promise<Record<string, unknown>> {
  await page.evaluate(() => document.querySelector<HTMLButtonElement>('button.primary[type="submit"]')!.click());
  await until(() => page.evaluate(() => document.querySelector('.save-status.ok')), 'saved');
  return (await page.evaluate((key) => chrome.storage.local.get(key), USER_SETTINGS_KEY))[USER_SETTINGS_KEY] as Record<
    string,
    unknown
  >;
}

it('imports the roster from a CSV and an XLSX export; a file without the name column is refused with the reason', async () => {
  const page = await editClass();
  const names = ['Nguyễn Thị Lan Anh', 'Trần Văn Minh', 'Lê "Bé" Hoa'];

  expect(await importFile(page, 'lop7a.csv', csv([...TITLE_ROWS, HEADER, ...PUPILS]))).toBe(
    `✓ Imported 3 names from “lop7a.csv” (0 rows without a name skipped). Save to keep them.`,
  );
  expect(await roster(page)).toEqual(names);
  // The class's line counts in words that agree with the numbers.
  expect(await page.evaluate(() => document.querySelector('li.class-item .muted')?.textContent)).toBe(
    '1 meeting · 0 teachers · 3 students',
  );

  // Another class's list first, so the XLSX's names are seen replacing it.
  await importFile(page, 'other.csv', 'Họ và tên\nPhạm Thu Hà\n');
  expect(await roster(page)).toEqual(['Phạm Thu Hà']);
  expect(await importFile(page, 'lop7a.xlsx', xlsx([...TITLE_ROWS, HEADER, ...PUPILS]))).toBe(
    `✓ Imported 3 names from “lop7a.xlsx”, sheet “DS lớp” (0 rows without a name skipped). Save to keep them.`,
  );
  expect(await roster(page)).toEqual(names);

  // Refused, each with what to do; the roster is left as it was.
  expect(
    await importFile(
      page,
      'diem.xlsx',
      xlsx([
        ['Mã', 'Điểm'],
        ['1', '9'],
      ]),
    ),
  ).toBe(`▲ ${en.settings_import_no_column.message.replace('$1', 'diem.xlsx')}`);
  expect(await importFile(page, 'lop7a.pdf', '%PDF-1.4')).toBe(
    `▲ ${en.settings_import_type.message.replace('$1', 'lop7a.pdf')}`,
  );
  expect(await importFile(page, 'hong.xlsx', 'not a zip')).toMatch(/could not be read/);
  expect(await roster(page)).toEqual(names);

  const stored = (await save(page)) as { classes: { roster: { name: string }[] }[] };
  expect(stored.classes[0]!.roster.map((r) => r.name)).toEqual(names);
  await page.close();
});

/** A stranger joins a Zoom class and swears; resolves with the log once the message is stored. */
async function strangerSwears(code: string) {
  const page = await ext.openMeeting(zoomUrl(code), { [zoomUrl(code)]: fixture('zoom/class.en.html') });
  await page.addScriptTag({ content: fixture('zoom/scenario.js') });
  const run = runner(page, 'zoomScenario');
  const log = await MeetingLog.open(ext, code);
  await run('join', STRANGER, 16_900_000 + 1024);
  await log.waitFor(
    (ev) => ev.some((e) => e.type === 'participant.joined' && JSON.stringify(e.payload).includes(STRANGER)),
    'the join',
  );
  await run('post', STRANGER, ABUSE);
  const events = await log.waitFor(
    (ev) => ev.some((e) => e.type === 'chat.message' && JSON.stringify(e.payload).includes(ABUSE)),
    'the message stored',
  );
  return { page, events };
}

const classOf = (code: string) => ({
  id: `c-${code}`,
  name: 'Lớp 10A1',
  meetings: [code],
  teachers: [TEACHER],
  roster: ROSTER.map((name) => ({ name })),
});

it('a category switched off on the page raises nothing in a class; the others still do', async () => {
  const [before, after] = ['81000000811', '81000000812'];
  await ext.setSettings({ language: 'en', classes: [classOf(before), classOf(after)] });
  const on = await strangerSwears(before);
  const raised = new Set(findingsOf(on.events).map((f) => f.finding.category));
  expect(raised.has('unknown-participant')).toBe(true);
  expect(raised.has('profanity')).toBe(true);
  await on.page.close();

  const page = await ext.extensionPage('src/ui/options/index.html');
  await page.waitForSelector('[data-section="detection"]');
  for (const label of [en.category_unknown_participant.message, en.category_profanity.message])
    await page.evaluate((label) => {
      const sw = [...document.querySelectorAll('[data-section="detection"] label.switch')].find(
        (l) => l.textContent?.trim() === label,
      );
      sw!.querySelector('input')!.click();
    }, label);
  const stored = (await save(page)) as { detection: { off: string[] } };
  expect(stored.detection.off.sort()).toEqual(['profanity', 'unknown-participant']);
  await page.close();

  const off = await strangerSwears(after);
  const now = new Set(findingsOf(off.events).map((f) => f.finding.category));
  expect(now.has('unknown-participant')).toBe(false);
  expect(now.has('profanity')).toBe(false);
  // Still logged, as nothing is lost: the stranger's join and message are there.
  expect(off.events.some((e) => e.type === 'chat.message')).toBe(true);
  // And nothing for the teacher to act on in the panel.
  const panel = await probePanel(off.page);
  expect(await panel.eval<number>(`function () { return this.querySelectorAll('.entry').length; }`)).toBe(0);
  await ext.setSettings({});
});

it('switching the language changes the page at once, and the panel of a class in progress once saved', async () => {
  await ext.setSettings({ language: 'en', classes: [classOf('81000000821')] });
  const page = await ext.extensionPage('src/ui/options/index.html');
  await page.waitForSelector('#language-select');
  expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe(en.options_title.message);
  await page.select('#language-select', 'vi');
  // Before saving: the page is in Vietnamese already.
  await until(
    () => page.evaluate((t) => document.querySelector('h1')?.textContent === t, vi.options_title.message),
    'the page in Vietnamese',
  );
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
  expect(await page.evaluate(() => document.querySelector('#detection-title')?.textContent)).toBe(
    vi.settings_detection.message,
  );
  // Not saved yet, and the page says so; saved, it no longer does.
  const bar = () => page.evaluate(() => document.querySelector('.save-bar')?.textContent ?? '');
  expect(await bar()).toContain(vi.settings_unsaved.message);
  await save(page);
  expect(await bar()).not.toContain(vi.settings_unsaved.message);

  const meeting = await ext.openMeeting(zoomUrl('81000000821'), {
    [zoomUrl('81000000821')]: fixture('zoom/class.en.html'),
  });
  const panel = await probePanel(meeting);
  const summary = (text: string, what: string) =>
    panel.until<string>(
      `function () { const s = this.querySelector('.panel .summary'); return s && s.textContent === ${JSON.stringify(text)}; }`,
      what,
    );
  await summary(PANEL_STRINGS.vi.allClear, 'the panel in Vietnamese');
  expect(
    await panel.eval<string>(`function () { return this.querySelector('.panel').getAttribute('aria-label'); }`),
  ).toBe(PANEL_STRINGS.vi.region);

  // Switched back while the class goes on: the open panel follows.
  await page.select('#language-select', 'en');
  await until(
    () => page.evaluate((t) => document.querySelector('h1')?.textContent === t, en.options_title.message),
    'the page in English',
  );
  await save(page);
  await summary(PANEL_STRINGS.en.allClear, 'the open panel in English');
  expect(
    await panel.eval<string>(`function () { return this.querySelector('.panel').getAttribute('aria-label'); }`),
  ).toBe(PANEL_STRINGS.en.region);
  await page.close();
  await ext.setSettings({});
});
