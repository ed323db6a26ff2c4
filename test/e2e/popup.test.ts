/**
 * Issue 19, items 2 and 3: the live popup and the notifications. A class is configured; a stranger
 * joins and swears; the popup lists them with why, and a look-alike of a student with the letter
 * marked and named; "In my class" in the popup puts the name in the roster, clears the panel's entry
 * and is logged; the notification offers its buttons; a pause shows in the panel and is logged.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { msg, type Lang } from '../support/messages';
import type { StoredEvent, TeacherActionPayload } from '../../src/common/protocol';
import { USER_SETTINGS_KEY } from '../../src/common/storage-keys';
import { pausedLine } from '../../src/content/panel/remote';
import { PANEL_STRINGS } from '../../src/content/panel/strings';
import { fixture } from '../support/browser';
import { openMeetClass, runner } from './class-helpers';
import { useExtension, until } from './extension';
import { probePanel } from './panel-helpers';

const TEACHER = 'Nguyễn Thị Lan';
const ROSTER = ['Trần Minh Anh', 'Lê Hoàng Bảo', 'Phạm Thu Hà', 'Đỗ Văn Hùng'];
const STRANGER = 'Kẻ Lạ Mặt';
/** "Trần Minh Anh" with a Cyrillic А. */
const LOOKALIKE = 'Trần Minh \u0410nh';
const ABUSE = 'địt mẹ lớp này';

const ext = useExtension();

interface ShownEntry {
  who: string;
  what: string;
  marks: string[];
  why: string[];
  imitates: string;
  quotes: string[];
  buttons: string[];
}

const readEntries = (popup: Page) =>
  popup.evaluate(() =>
    [...document.querySelectorAll('li.entry')].map((e) => ({
      who: e.querySelector('.who, .raid')?.textContent ?? '',
      what: e.querySelector('.what')?.textContent ?? '',
      marks: [...e.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      why: [...e.querySelectorAll('.why li')].map((m) => m.textContent ?? ''),
      imitates: e.querySelector('.imitates bdi')?.textContent ?? '',
      quotes: [...e.querySelectorAll('.quotes li')].map((m) => m.textContent ?? ''),
      buttons: [...e.querySelectorAll('button')].map((b) => b.textContent ?? ''),
    })),
  );

const actionsIn = (events: StoredEvent[]) =>
  events.filter((e) => e.type === 'teacher.action').map((e) => e.payload as unknown as TeacherActionPayload);

async function clickIn(popup: Page, entryWho: string | null, text: string): Promise<void> {
  const clicked = await popup.evaluate(
    (who, label) => {
      const scope = who
        ? [...document.querySelectorAll('li.entry')].find((e) => e.querySelector('.who')?.textContent === who)
        : document;
      const b = [...(scope?.querySelectorAll('button') ?? [])].find((x) => x.textContent === label);
      b?.click();
      return Boolean(b);
    },
    entryWho,
    text,
  );
  expect(clicked, `a "${text}" button`).toBe(true);
}

async function openClass(lang: Lang, code: string) {
  const { meeting, session, run } = await openMeetClass(ext, lang, code, {
    id: `popup-${lang}`,
    teachers: [TEACHER],
    roster: ROSTER,
  });
  const popup = await ext.extensionPage('src/ui/popup/index.html');
  await meeting.bringToFront(); // the popup reads the active tab
  return { meeting, session, popup, run };
}

describe.each(['en', 'vi'] as const)('the popup in %s', (lang) => {
  it('lists the stranger and the look-alike with why; In my class puts the name in the roster and logs it', async () => {
    const code = lang === 'en' ? 'pop-upen-abc' : 'pop-upvi-abc';
    const { meeting, session, popup, run } = await openClass(lang, code);
    await run('join', STRANGER, '501');
    await run('join', LOOKALIKE, '502');
    await run('share', '501');
    await run('openChat');
    await run('post', STRANGER, ABUSE);
    // With the chat open, Meet's People list is closed: the popup says so.
    await until(async () => {
      const shown = await popup.evaluate(() =>
        [...document.querySelectorAll('.coverage li')].map((li) => li.textContent),
      );
      return shown.includes(msg(lang, 'popup_cov_people_hidden'));
    }, 'the warning that the People list is closed');
    await run('openPeople');

    const entries = await until(async () => {
      const shown = (await readEntries(popup)) as ShownEntry[];
      const stranger = shown.find((e) => e.who === STRANGER);
      return stranger?.quotes.length && shown.some((e) => e.who === LOOKALIKE) ? shown : null;
    }, 'the stranger with their words and the look-alike in the popup');
    const stranger = entries.find((e) => e.who === STRANGER)!;
    expect(stranger.what).toContain(msg(lang, 'category_unknown_participant'));
    expect(stranger.quotes[0]).toContain('địt mẹ');
    expect(stranger.buttons).toEqual([msg(lang, 'popup_in_my_class'), msg(lang, 'popup_dismiss')]);
    // The chat card counts the stranger's abuse and points to it, rather than saying nothing was flagged.
    const chatCard = await popup.evaluate(() => {
      const card = document.getElementById('chat-h')!.closest('section')!;
      return { title: card.querySelector('h2')!.textContent, note: card.querySelector('p')?.textContent ?? '' };
    });
    expect(chatCard).toEqual({
      title: msg(lang, 'popup_chat_title', '1'),
      note: msg(lang, 'popup_chat_with_people', '1'),
    });

    const copy = entries.find((e) => e.who === LOOKALIKE)!;
    expect(copy.marks).toEqual(['\u0410']);
    expect(copy.why).toEqual([
      msg(lang, 'popup_why_lookalike', '\u0410', msg(lang, 'popup_script_cyrillic'), 'U+0410', 'A'),
    ]);
    expect(copy.imitates).toBe('Trần Minh Anh');
    // An impostor is never offered "In my class".
    expect(copy.buttons).toEqual([msg(lang, 'popup_dismiss')]);

    const facts = await popup.evaluate(() => ({
      cls: document.querySelector('.class-name')?.textContent ?? '',
      present: Number(document.querySelector('.present')?.textContent),
      presenting: document.querySelector('.presenting')?.textContent ?? '',
    }));
    expect(facts.cls).toContain('Lớp 10A1');
    expect(facts.presenting).toBe(STRANGER);
    expect(facts.present).toBeGreaterThan(5);

    // A notification for the class, with its buttons, as the extension shows it.
    await until(async () => (await ext.notifications()).includes(`cg-session:${session.id}`), 'the notification');
    const actions = (await popup.evaluate(
      async () => (await chrome.storage.session.get('cg.noticeActions'))['cg.noticeActions'],
    )) as [string, { buttons: string[] }][];
    expect(actions.find(([id]) => id === `cg-session:${session.id}`)?.[1].buttons[0]).toBe('go');

    await clickIn(popup, STRANGER, msg(lang, 'popup_in_my_class'));
    const status = await until(
      () => popup.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? ''),
      'the popup status',
    );
    expect(status).toBe(msg(lang, 'popup_in_class_done', 'Lớp 10A1'));
    const settings = await popup.evaluate((key) => chrome.storage.local.get(key), USER_SETTINGS_KEY);
    const roster = (settings[USER_SETTINGS_KEY] as { classes: { roster: { name: string }[] }[] }).classes[0]!.roster;
    expect(roster.map((r) => r.name)).toEqual([...ROSTER, STRANGER]);
    const logged = await until(
      async () => actionsIn(await ext.events(session.id)).find((a) => a.action === 'in-my-class'),
      'the action in the log',
    );
    expect(logged).toMatchObject({ words: STRANGER, className: 'Lớp 10A1', source: 'popup' });
    expect(logged.findingIds.length).toBeGreaterThan(0);
    await until(
      async () => !((await readEntries(popup)) as ShownEntry[]).some((e) => e.who === STRANGER),
      'the entry gone from the popup',
    );
    const panel = await probePanel(meeting);
    await panel.until(
      `function (name) { return ![...this.querySelectorAll('.entry .who')].some((w) => w.textContent === ${JSON.stringify(STRANGER)}); }`,
      'the entry gone from the panel',
    );
  });
});

it('pauses the guard for this meeting: shown in the panel, logged, and resumed from the popup', async () => {
  const { meeting, session, popup } = await openClass('en', 'pau-seit-abc');
  await until(() => popup.evaluate(() => Boolean(document.querySelector('button.pause'))), 'the pause button');
  await clickIn(popup, null, msg('en', 'popup_pause'));
  const panel = await probePanel(meeting);
  // The header says so in a word before the count; the panel's foot says it in full.
  await panel.until(
    `function () { return this.querySelector('.summary')?.textContent.startsWith(${JSON.stringify(PANEL_STRINGS.en.pausedShort)}); }`,
    'the panel header says paused',
  );
  expect(await panel.text('.foot .paused')).toBe(pausedLine('en'));
  await until(
    () => popup.evaluate(() => document.querySelector('.paused-banner')?.textContent ?? ''),
    'the popup says paused',
  );
  await clickIn(popup, null, msg('en', 'popup_resume'));
  const acts = await until(async () => {
    const a = actionsIn(await ext.events(session.id)).filter((x) => x.action === 'paused' || x.action === 'resumed');
    return a.length >= 2 ? a : null;
  }, 'the pause and the resume in the log');
  expect(acts.map((a) => [a.action, a.source])).toEqual([
    ['paused', 'popup'],
    ['resumed', 'popup'],
  ]);
});

it('without a meeting tab, says how to start', async () => {
  const popup = await ext.extensionPage('src/ui/popup/index.html');
  await popup.bringToFront();
  const steps = await until(async () => {
    const shown = await popup.evaluate(() =>
      [...document.querySelectorAll('.empty-state li')].map((li) => li.textContent),
    );
    return shown.length ? shown : null;
  }, 'the steps');
  expect(steps).toEqual(['popup_start_1', 'popup_start_2', 'popup_start_3'].map((k) => msg('en', k)));
  // Nobody is present to save as the class: the offer is not made, the report and settings are.
  const buttons = await popup.evaluate(() =>
    [...document.querySelectorAll('nav.actions button')].map((b) => b.textContent),
  );
  expect(buttons).toEqual([msg('en', 'popup_open_report'), msg('en', 'popup_open_options')]);
});

it("on Zoom, the meeting inside the app shell's frame answers for the tab", async () => {
  const code = '81234567890';
  await ext.setSettings({
    language: 'en',
    classes: [
      {
        id: 'popup-zoom',
        name: 'Lớp 8C',
        meetings: [code],
        teachers: [TEACHER],
        roster: ROSTER.map((name) => ({ name })),
      },
    ],
  });
  const start = `https://app.zoom.us/wc/${code}/start`;
  const meeting = await ext.openMeeting(start, {
    [start]: fixture('zoom/shell.en.html'),
    [`https://app.zoom.us/wc/${code}/join`]: fixture('zoom/class.en.html'),
  });
  const frame = await until(async () => meeting.frames().find((f) => f.url().endsWith('/join')), 'the meeting frame');
  await frame.addScriptTag({ content: fixture('zoom/scenario.js') });
  await until(async () => (await ext.sessions()).find((s) => s.meeting.code === code), 'the session');
  const popup = await ext.extensionPage('src/ui/popup/index.html');
  await meeting.bringToFront();
  await runner(frame, 'zoomScenario')('join', STRANGER, 16_900_777);
  await until(
    async () => ((await readEntries(popup)) as ShownEntry[]).some((e) => e.who === STRANGER),
    'the stranger in the popup',
  );
  const facts = await popup.evaluate(() => [...document.querySelectorAll('.facts dd')].map((d) => d.textContent));
  expect(facts[0]).toBe('Zoom');
  expect(facts[1]).toContain('Lớp 8C');
});
