/**
 * A meeting tab loads only the language it shows (src/content/messages.ts); the teacher who changes the
 * language in settings mid-class sees the in-meeting panel follow, the other table loaded then.
 */
import { expect, it } from 'vitest';
import { PANEL_STRINGS } from '../../src/content/panel/strings';
import { fixture } from '../support/browser';
import { useExtension, until } from './extension';
import { probePanel } from './panel-helpers';

const ext = useExtension();

const READ = `function () {
  const p = this.querySelector('.panel');
  return p ? { region: p.getAttribute('aria-label'), summary: p.querySelector('.summary')?.textContent ?? '' } : null;
}`;

it('switches the in-meeting panel to the language chosen mid-class, and back', async () => {
  await ext.setSettings({ language: 'en', classes: [] });
  const url = 'https://meet.google.com/cgl-lang-swi';
  const meeting = await ext.openMeeting(url, { [url]: fixture('meet/in-call-people.en.html') });
  await until(async () => (await ext.sessions()).find((s) => s.meeting.code === 'cgl-lang-swi'), 'the session');
  const panel = await probePanel(meeting);
  const shows = (lang: 'en' | 'vi') =>
    panel.until<{ region: string; summary: string }>(
      `function () { const r = (${READ}).call(this); return r && r.region === ${JSON.stringify(PANEL_STRINGS[lang].region)} ? r : null; }`,
      `the panel in ${lang}`,
    );
  // The fixture's people may raise a finding or two while the class is learned: the summary counts them.
  const summaries = (lang: 'en' | 'vi') => [
    PANEL_STRINGS[lang].allClear,
    ...[1, 2, 3, 4, 5].map((n) => PANEL_STRINGS[lang].open(n)),
  ];
  expect(summaries('en')).toContain((await shows('en')).summary);

  await ext.setSettings({ language: 'vi', classes: [] });
  expect(summaries('vi')).toContain((await shows('vi')).summary);

  await ext.setSettings({ language: 'en', classes: [] });
  expect(summaries('en')).toContain((await shows('en')).summary);
});
