/**
 * Issue 25, item 4 in the meeting tab: with no class for the meeting, once the learning window ends the
 * in-meeting panel offers the names learned as the class, as the popup does. "Save" puts exactly those
 * names in the meeting's class and withdraws the offer in the popup too; "Not now" saves nothing.
 */
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { msg, type Lang } from '../support/messages';
import { USER_SETTINGS_KEY } from '../../src/common/storage-keys';
import { fixture } from '../support/browser';
import { advanceContentClock, runner } from './class-helpers';
import { useExtension, until } from './extension';
import { probePanel, type PanelProbe } from './panel-helpers';

const LATE = 'Người Đến Muộn';
const TEACHER = 'Nguyễn Thị Lan';

const ext = useExtension();

/** A Meet class nobody configured, learned until the window ends. */
async function learnedClass(lang: Lang, code: string): Promise<{ meeting: Page; panel: PanelProbe }> {
  await ext.setSettings({ language: lang });
  const url = `https://meet.google.com/${code}`;
  const meeting = await ext.openMeeting(url, { [url]: fixture(`meet/in-call-people.${lang}.html`) });
  await meeting.addScriptTag({ content: fixture('meet/scenario.js') });
  const session = await until(async () => (await ext.sessions()).find((s) => s.meeting.code === code), 'the session');
  await until(
    async () => (await ext.events(session.id)).filter((e) => e.type === 'participant.joined').length >= 5,
    'the people present',
  );
  const panel = await probePanel(meeting);
  expect(await panel.eval<boolean>('function () { return this.querySelector(".cg-learned") !== null; }')).toBe(false);
  // The window (5 minutes) ends; the next thing the guard sees ends it.
  await advanceContentClock(ext, meeting, 6 * 60_000);
  await runner(meeting, 'meetScenario')('join', LATE, '990');
  return { meeting, panel };
}

interface Card {
  title: string;
  names: string[];
  buttons: string[];
  result: string;
}
const READ_CARD = `function () {
  const c = this.querySelector('.cg-learned');
  if (!c) return null;
  return { title: c.querySelector('h2')?.textContent ?? '', names: [...c.querySelectorAll('.names li')].map((l) => l.textContent),
    buttons: [...c.querySelectorAll('button')].map((b) => b.textContent), result: c.querySelector('.result')?.textContent ?? '' };
}`;
const press = (panel: PanelProbe, css: string) =>
  panel.eval<boolean>(`function () { this.querySelector(${JSON.stringify(css)}).click(); return true; }`);

async function stored(): Promise<{ classes: { meetings: string[]; roster: { name: string }[] }[] }> {
  const page = await ext.extensionPage('src/ui/popup/index.html');
  const got = await page.evaluate((key) => chrome.storage.local.get(key), USER_SETTINGS_KEY);
  const classes = ((got[USER_SETTINGS_KEY] as { classes?: unknown[] } | undefined)?.classes ?? []) as {
    meetings: string[];
    roster: { name: string }[];
  }[];
  await page.close();
  return { classes };
}

it('offers the learned class in the panel at the end of the window; Save makes it the roster', async () => {
  const { panel } = await learnedClass('en', 'lrp-save-abc');
  const card = await panel.until<Card>(`function () { const r = (${READ_CARD}).call(this); return r; }`, 'the offer');
  expect(card.names.length).toBeGreaterThanOrEqual(4);
  expect(card.title).toBe(msg('en', 'panel_learned_title', String(card.names.length)));
  expect(card.names).toContain('Trần Minh Anh');
  expect(card.names).not.toContain(TEACHER);
  expect(card.names).not.toContain(LATE);
  expect(card.buttons).toEqual([msg('en', 'panel_learned_save'), msg('en', 'panel_learned_not_now')]);

  await press(panel, '.cg-learned .save');
  const done = await panel.until<Card>(
    `function () { const r = (${READ_CARD}).call(this); return r && r.result && r; }`,
    'the saved line',
  );
  expect(done.result).toMatch(new RegExp(`^Saved ${card.names.length} people to “.+”\\.$`));
  const { classes } = await stored();
  expect(classes).toHaveLength(1);
  expect(classes[0]!.meetings).toEqual(['lrp-save-abc']);
  const shown = (name: string) => name.replace(/…$/, '');
  expect(classes[0]!.roster.map((r) => r.name.slice(0, 80)).sort()).toEqual(card.names.map(shown).sort());
  expect(done.buttons).toEqual([]);
});

it('"Not now" in the panel withdraws the offer and saves nothing (vi)', async () => {
  await ext.setSettings({});
  const { panel } = await learnedClass('vi', 'lrp-skip-abc');
  const card = await panel.until<Card>(`function () { return (${READ_CARD}).call(this); }`, 'the offer');
  expect(card.buttons).toEqual([msg('vi', 'panel_learned_save'), msg('vi', 'panel_learned_not_now')]);
  await press(panel, '.cg-learned .not-now');
  const done = await panel.until<Card>(
    `function () { const r = (${READ_CARD}).call(this); return r && r.result && r; }`,
    'the declined line',
  );
  expect(done.result).toBe(msg('vi', 'panel_learned_declined'));
  expect((await stored()).classes).toEqual([]);
  expect(done.buttons).toEqual([]);
});
