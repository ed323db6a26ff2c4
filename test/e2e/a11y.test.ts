/**
 * Issue 19, item 7: accessibility. axe-core finds no serious or critical violation on the popup, the
 * settings page, the report and the in-meeting panel, in Vietnamese and English; and the popup's and
 * the panel's actions work by keyboard alone.
 *
 * axe runs from its own source (node_modules/axe-core/axe.min.js) injected into each page. The panel
 * lives in a closed shadow root that axe cannot enter: its nodes are copied, with its style sheet,
 * into an open shadow root on the same page for the check.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import type { StoredEvent, TeacherActionPayload } from '../../src/common/protocol';
import { PANEL_STRINGS } from '../../src/content/panel/strings';
import { ROOT } from '../support/browser';
import { openMeetClass } from './class-helpers';
import { useExtension, until } from './extension';
import { probePanel, type PanelProbe } from './panel-helpers';

type Lang = 'en' | 'vi';
const TABLES = { en, vi } as Record<Lang, Record<string, { message: string }>>;
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

const TEACHER = 'Nguyễn Thị Lan';
const ROSTER = ['Trần Minh Anh', 'Lê Hoàng Bảo', 'Phạm Thu Hà', 'Đỗ Văn Hùng'];
const STRANGER = 'Kẻ Lạ Mặt';

const ext = useExtension();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** The serious and critical violations in `include` (a selector; the whole page by default). */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Evaluated through the debugger: the extension pages' CSP refuses inline script tags, rightly.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Violation[] }> } })
      .axe;
    const r = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return r.violations;
  }, include ?? null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target)).slice(0, 300)}`);
}

/** An open copy of the panel's closed shadow root, so axe can see it. */
async function openCopyOfPanel(panel: PanelProbe): Promise<void> {
  await panel.eval(`function () {
    const host = document.createElement('div');
    host.id = 'cg-axe-copy';
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [...this.adoptedStyleSheets];
    for (const n of this.childNodes) root.append(n.cloneNode(true));
    document.body.append(host);
    return true;
  }`);
}

async function openClass(lang: Lang, code: string) {
  const { meeting, session, run } = await openMeetClass(ext, lang, code, {
    id: `a11y-${lang}`,
    teachers: [TEACHER],
    roster: ROSTER,
  });
  await run('join', STRANGER, '601');
  const panel = await probePanel(meeting);
  await panel.until(
    `function () { return !this.querySelector('.panel').classList.contains('collapsed') && this.querySelector('.entry'); }`,
    'the panel opens',
  );
  const tabId = await (
    await ext.extensionPage('src/ui/options/index.html')
  ).evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, meeting.url());
  return { meeting, session, panel, tabId: tabId! };
}

async function livePopup(tabId: number): Promise<Page> {
  const popup = await ext.extensionPage(`src/ui/popup/index.html?tab=${tabId}`);
  await popup.bringToFront();
  await until(() => popup.evaluate(() => document.querySelectorAll('li.entry').length > 0), 'the popup entries');
  return popup;
}

const actionsIn = (events: StoredEvent[]) =>
  events.filter((e) => e.type === 'teacher.action').map((e) => e.payload as unknown as TeacherActionPayload);

/** Presses Tab until `focused()` says the focus is where wanted. */
async function tabTo(page: Page, focused: () => Promise<boolean>, what: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await focused()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${what} is not reachable with Tab`);
}

describe.each(['en', 'vi'] as const)('axe in %s', (lang) => {
  it('finds no serious or critical violation on the panel, the popup, the settings and the report', async () => {
    const { meeting, session, panel, tabId } = await openClass(lang, lang === 'en' ? 'axe-enab-cde' : 'axe-vien-cde');
    await openCopyOfPanel(panel);
    expect(await axeViolations(meeting, '#cg-axe-copy'), 'the panel').toEqual([]);
    expect(await axeViolations(await livePopup(tabId)), 'the popup').toEqual([]);
    const options = await ext.extensionPage('src/ui/options/index.html');
    await until(() => options.evaluate(() => document.querySelectorAll('button').length > 0), 'the settings');
    expect(await axeViolations(options), 'the settings').toEqual([]);
    const report = await ext.extensionPage(`src/ui/report/index.html?session=${session.id}`);
    await until(() => report.evaluate(() => document.body.innerText.length > 200), 'the report');
    expect(await axeViolations(report), 'the report').toEqual([]);
  });
});

describe('by keyboard alone', () => {
  it('the popup: Tab reaches every action; Enter dismisses an alert and pauses the guard', async () => {
    const { session, tabId } = await openClass('en', 'key-popu-cde');
    const popup = await livePopup(tabId);
    const label = (key: string) => TABLES.en[key]!.message;
    const focusedText = () => popup.evaluate(() => document.activeElement?.textContent ?? '');
    for (const key of ['popup_in_my_class', 'popup_dismiss', 'popup_pause', 'popup_capture', 'popup_open_report'])
      await tabTo(popup, async () => (await focusedText()) === label(key), label(key), 60);
    // Back to the stranger's Dismiss, then Enter.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(
      popup,
      () =>
        popup.evaluate(
          (name, text) => {
            const a = document.activeElement;
            return a?.textContent === text && a.closest('li.entry')?.querySelector('.who')?.textContent === name;
          },
          STRANGER,
          label('popup_dismiss'),
        ),
      "the stranger's Dismiss",
    );
    await popup.keyboard.press('Enter');
    const dismissed = await until(
      async () => actionsIn(await ext.events(session.id)).find((a) => a.action === 'dismissed'),
      'the dismissal in the log',
    );
    expect(dismissed).toMatchObject({ words: STRANGER, source: 'popup' });
    await tabTo(popup, async () => (await focusedText()) === label('popup_pause'), 'Pause', 60);
    await popup.keyboard.press('Enter');
    await until(async () => actionsIn(await ext.events(session.id)).some((a) => a.action === 'paused'), 'the pause');
  });

  it('the panel: Tab reaches its actions; a note is written and saved, and the alert dismissed, without a mouse', async () => {
    const { meeting, session, panel } = await openClass('vi', 'key-pane-cde');
    const s = PANEL_STRINGS.vi;
    await meeting.bringToFront();
    const focusedInPanel = (text: string) =>
      panel.eval<boolean>(`function (t) { return this.activeElement?.textContent === t; }`, text);
    await tabTo(meeting, () => focusedInPanel(s.note), s.note);
    await meeting.keyboard.press('Enter');
    await panel.until(`function () { return this.activeElement?.tagName === 'TEXTAREA'; }`, 'the note box focused');
    await meeting.keyboard.type('Đã xóa khỏi lớp');
    await tabTo(meeting, () => focusedInPanel(s.saveNote), s.saveNote, 5);
    await meeting.keyboard.press('Enter');
    await tabTo(meeting, () => focusedInPanel(s.dismiss), s.dismiss);
    await meeting.keyboard.press('Enter');
    const acts = await until(async () => {
      const a = actionsIn(await ext.events(session.id));
      return a.some((x) => x.action === 'dismissed') ? a : null;
    }, 'the note and the dismissal in the log');
    expect(acts.map((a) => a.action)).toEqual(['note', 'dismissed']);
    expect(acts[0]!.note).toBe('Đã xóa khỏi lớp');
  });
});
