/**
 * Issue 25, item 4: with no class for the meeting, the popup says until when the class is being
 * learned; once the learning window ends (the content script's clock moved on), it offers the names
 * learned as the class roster. "Save" puts exactly those names in the class; "Not now" saves nothing.
 */
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { msg, type Lang } from '../support/messages';
import { USER_SETTINGS_KEY } from '../../src/common/storage-keys';
import { fixture } from '../support/browser';
import { advanceContentClock, runner } from './class-helpers';
import { useExtension, until } from './extension';

const LATE = 'Người Đến Muộn';

const ext = useExtension();

/** A Meet class nobody configured, learned until the window ends; the popup following it. */
async function learnedClass(lang: Lang, code: string): Promise<{ meeting: Page; popup: Page }> {
  await ext.setSettings({ language: lang });
  const url = `https://meet.google.com/${code}`;
  const meeting = await ext.openMeeting(url, { [url]: fixture(`meet/in-call-people.${lang}.html`) });
  await meeting.addScriptTag({ content: fixture('meet/scenario.js') });
  const session = await until(async () => (await ext.sessions()).find((s) => s.meeting.code === code), 'the session');
  await until(
    async () => (await ext.events(session.id)).filter((e) => e.type === 'participant.joined').length >= 5,
    'the people present',
  );
  const popup = await ext.extensionPage('src/ui/popup/index.html');
  await meeting.bringToFront(); // the popup reads the active tab
  const learning = await until(
    () => popup.evaluate(() => document.querySelector('.learning')?.textContent ?? ''),
    'the popup says it is learning',
  );
  const until_ = msg(lang, 'popup_learned_learning', '');
  expect(learning.startsWith(until_)).toBe(true);
  expect(learning.slice(until_.length)).toMatch(/^\d{2}:\d{2}$/);
  expect(await popup.$('.learned')).toBeNull();

  // The window (5 minutes) ends; the next thing the guard sees ends it.
  await advanceContentClock(ext, meeting, 6 * 60_000);
  await runner(meeting, 'meetScenario')('join', LATE, '990');
  return { meeting, popup };
}

const readOffer = (popup: Page) =>
  popup.evaluate(() => {
    const card = document.querySelector('.learned');
    if (!card) return null;
    return {
      title: card.querySelector('h2')?.textContent ?? '',
      names: [...card.querySelectorAll('.learned-names li')].map((li) => li.textContent ?? ''),
      buttons: [...card.querySelectorAll('button')].map((b) => b.textContent ?? ''),
    };
  });

const click = (popup: Page, css: string) =>
  popup.evaluate((c) => (document.querySelector(c) as HTMLButtonElement).click(), css);

const savedClasses = async (popup: Page) => {
  const stored = await popup.evaluate((key) => chrome.storage.local.get(key), USER_SETTINGS_KEY);
  return ((stored[USER_SETTINGS_KEY] as { classes?: unknown[] } | undefined)?.classes ?? []) as {
    meetings: string[];
    roster: { name: string }[];
  }[];
};

it('offers the learned class at the end of the window; Save makes it the roster', async () => {
  const { popup } = await learnedClass('en', 'lrn-save-abc');
  const offer = (await until(() => readOffer(popup), 'the offer in the popup'))!;
  expect(offer.names.length).toBeGreaterThanOrEqual(4);
  expect(offer.title).toBe(msg('en', 'popup_learned_title', String(offer.names.length)));
  expect(offer.names).toContain('Trần Minh Anh');
  expect(offer.names).not.toContain('Nguyễn Thị Lan'); // the teacher
  expect(offer.names).not.toContain(LATE); // came after the window
  expect(offer.buttons).toEqual([msg('en', 'popup_learned_save'), msg('en', 'popup_learned_not_now')]);

  await click(popup, 'button.learned-save');
  const status = await until(
    () => popup.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? ''),
    'the popup status',
  );
  const classes = await savedClasses(popup);
  expect(classes).toHaveLength(1);
  expect(classes[0]!.meetings).toEqual(['lrn-save-abc']);
  // The popup shortens a very long name (names come from the page); the roster keeps it whole.
  const shown = (name: string) => name.replace(/…$/, '');
  expect(classes[0]!.roster.map((r) => r.name.slice(0, 80)).sort()).toEqual(offer.names.map(shown).sort());
  expect(status).toMatch(new RegExp(`^Saved ${offer.names.length} people to “.+”\\.$`));
  await until(async () => (await readOffer(popup)) === null, 'the offer withdrawn');
});

it('"Not now" withdraws the offer and saves nothing (vi)', async () => {
  await ext.setSettings({});
  const { popup } = await learnedClass('vi', 'lrn-skip-abc');
  const offer = (await until(() => readOffer(popup), 'the offer in the popup'))!;
  expect(offer.buttons).toEqual([msg('vi', 'popup_learned_save'), msg('vi', 'popup_learned_not_now')]);
  await click(popup, 'button.learned-decline');
  await until(async () => (await readOffer(popup)) === null, 'the offer withdrawn');
  expect(await popup.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '')).toBe(
    msg('vi', 'popup_learned_declined'),
  );
  expect(await savedClasses(popup)).toEqual([]);
});
