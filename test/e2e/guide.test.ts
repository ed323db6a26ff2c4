/**
 * Issue 23, item 3: the safety guide renders in Vietnamese and in English with no missing string,
 * shows the steps on each client, prints without its buttons, and is reachable from the settings page,
 * the in-meeting alert panel and the parent's page, in the teacher's language.
 */
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import { stepsFor } from '../../src/content/panel/steps';
import { PANEL_STRINGS } from '../../src/content/panel/strings';
import { fixture } from '../support/browser';
import { useExtension, until } from './extension';
import { probePanel } from './panel-helpers';

type Table = Record<string, { message: string }>;
const TABLES = { en: en as Table, vi: vi as Table };
/** A key shown instead of its text: what a missing string looks like on the page. */
const RAW_KEY = /\b(guide|checklist|rules)_[a-z0-9_]+\b/;

const ext = useExtension({ keepMeetings: true });

describe.each(['vi', 'en'] as const)('the safety guide in %s', (lang) => {
  const m = (k: string) => TABLES[lang][k]!.message;

  it('shows every section in the language, each client’s steps, and no missing string', async () => {
    const page = await ext.extensionPage(`src/ui/guide/index.html?lang=${lang}`);
    await page.waitForSelector('main.guide h1');
    const read = () =>
      page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        h1: document.querySelector('h1')?.textContent ?? '',
        h2: [...document.querySelectorAll('h2')].map((h) => h.textContent ?? ''),
        text: document.body.innerText,
        clients: document.querySelectorAll('.client').length,
      }));
    const got = await until(async () => {
      const r = await read();
      return r.h1 === m('guide_title') ? r : null;
    }, 'the guide in its language');
    expect(got.lang).toBe(lang);
    expect(got.title).toContain(m('guide_title'));
    expect(got.h2).toEqual([m('guide_teachers'), m('guide_students'), m('guide_parents')]);
    expect(got.text).not.toMatch(RAW_KEY);
    for (const k of ['guide_stranger_1', 'guide_private_1', 'guide_tell_3', 'guide_parents_4', 'guide_report_5'])
      expect(got.text).toContain(m(k));
    expect(got.clients).toBe(3);
    for (const p of ['meet', 'zoom', 'teams'] as const) {
      expect(got.text).toContain(stepsFor(p, lang, 'lock').steps[0]);
      expect(got.text).toContain(stepsFor(p, lang, 'remove').title);
    }
    // Printed: the buttons are left out, the text is all there.
    await page.emulateMediaType('print');
    expect(await page.$eval('.tools', (e) => getComputedStyle(e).display)).toBe('none');
    expect(await page.$eval('#parents', (e) => (e as HTMLElement).innerText)).toContain(m('guide_parents_1'));
    await page.emulateMediaType('screen');
    await page.close();
  });
});

it('switches language on the page, and the settings page links to it', async () => {
  const page = await ext.extensionPage('src/ui/guide/index.html?lang=en');
  await page.waitForSelector('main.guide h1');
  await page.click('button[lang="vi"]');
  await until(
    () => page.evaluate((t) => document.querySelector('h1')?.textContent === t, TABLES.vi['guide_title']!.message),
    'the guide in Vietnamese',
  );
  expect(page.url()).toMatch(/\?lang=vi$/);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');

  const options = await ext.extensionPage('src/ui/options/index.html');
  const link = await options.waitForSelector('a#open-guide');
  const href = await link!.evaluate((a) => (a as HTMLAnchorElement).href);
  expect(href).toMatch(new RegExp(`^chrome-extension://${ext.extensionId}/src/ui/guide/index.html\\?lang=(vi|en)$`));
  const guide = await ext.extensionPage(href.replace(/^chrome-extension:\/\/[^/]+\//, ''));
  expect(await guide.waitForSelector('main.guide h1')).toBeTruthy();
});

it("the alert panel's header opens the guide in the teacher's language", async () => {
  await ext.setSettings({ language: 'vi' });
  const url = 'https://meet.google.com/cgp-guid-vie';
  const page = await ext.openMeeting(url, { [url]: fixture('meet/in-call-people.en.html') });
  const panel = await probePanel(page);
  await panel.until(`function () { return this.querySelector('.panel .header .guide'); }`, 'the guide button');
  // An icon button: its name, as a screen reader and the tooltip give it, is in the teacher's language.
  expect(
    await panel.eval<string>(
      `function () { return this.querySelector('.panel .header .guide').getAttribute('aria-label'); }`,
    ),
  ).toBe(PANEL_STRINGS.vi.guide);
  const guideUrl = `chrome-extension://${ext.extensionId}/src/ui/guide/index.html?lang=vi`;
  const opened = ext.browser.waitForTarget((t) => t.url() === guideUrl, { timeout: 30_000 });
  await panel.click('.panel .header .guide');
  const guide = await (await opened).page();
  await guide!.waitForSelector('main.guide h1');
  await until(
    () => guide!.evaluate((t) => document.querySelector('h1')?.textContent === t, TABLES.vi['guide_title']!.message),
    'the guide in Vietnamese',
  );
  await guide!.close();
  await ext.closeMeetings();
});

it("the parent's page links to the guide's part for students and parents, in the page's language", async () => {
  await ext.setSettings({ language: 'vi' });
  const parent = await ext.extensionPage('src/ui/parent/index.html');
  const link = await parent.waitForSelector('a#open-guide');
  expect(await link!.evaluate((a) => a.textContent)).toBe(TABLES.vi['guide_for_families']!.message);
  const guideUrl = `chrome-extension://${ext.extensionId}/src/ui/guide/index.html?lang=vi#students`;
  expect(await link!.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(guideUrl);
  const opened = ext.browser.waitForTarget((t) => t.url() === guideUrl, { timeout: 30_000 });
  await link!.click();
  const guide = (await (await opened).page())!;
  await guide.waitForSelector('#students h2');
  // Opened in Vietnamese, at the students' part.
  expect(await guide.evaluate(() => document.documentElement.lang)).toBe('vi');
  expect(await guide.$eval('#students h2', (h) => h.textContent)).toBe(TABLES.vi['guide_students']!.message);
  // Scrolled past the teachers' part, the students' part in view.
  await until(
    () =>
      guide.$eval('#students', (s) => {
        const top = s.getBoundingClientRect().top;
        return scrollY > 0 && top >= -1 && top < innerHeight / 2;
      }),
    'the guide scrolled to the students’ part',
  );
  await guide.close();
  await parent.close();
});
