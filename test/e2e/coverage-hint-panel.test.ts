/**
 * The coverage hint and the alert panel's foot name the same blind spot. A teacher who has the panel
 * open reads it in the panel's foot, not twice: the hint waits while the panel is open and comes
 * back when the teacher collapses it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixture } from '../support/browser';
import { runner } from './class-helpers';
import { launchExtension, type ExtensionBrowser } from './extension';
import { probePanel } from './panel-helpers';

const CODE = 'cgh-hint-pnl';
let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchExtension();
  await ext.setSettings({
    language: 'vi',
    classes: [
      {
        id: 'hint-panel',
        name: 'Lớp 10A1',
        meetings: [CODE],
        teachers: ['Nguyễn Thị Lan'],
        roster: [{ name: 'Nguyễn Văn An' }],
      },
    ],
  });
});
afterAll(async () => {
  await ext?.close();
});

const HINT_SHOWN = `function () { const h = this.querySelector('.hint'); return !!h && !h.hidden && h.textContent; }`;
const HINT_HIDDEN = `function () { const h = this.querySelector('.hint'); return !h || h.hidden; }`;

const PANEL_OPEN = `function () { return !this.querySelector('.panel').classList.contains('collapsed') && this.querySelector('.entry'); }`;

it('while the alert panel is open its foot names the blind spot and the hint waits; collapsed, the hint is back', async () => {
  const url = `https://meet.google.com/${CODE}`;
  // The page already shows people who are not on the roster: the panel opens on them.
  const page = await ext.openMeeting(url, { [url]: fixture('meet/in-call-people.vi.html') });
  await page.addScriptTag({ content: fixture('meet/scenario.js') });
  const run = runner(page, 'meetScenario');
  const overlay = await probePanel(page);
  await overlay.until(PANEL_OPEN, 'the panel open on the strangers');
  // Meet shows one side panel: opening the chat closes the People list the guard reads.
  await run('openChat');
  await overlay.until(
    `function () { return this.querySelector('.panel .foot').textContent.includes('Mọi người'); }`,
    'the blind spot in the panel’s foot',
  );
  expect(await overlay.eval(HINT_HIDDEN)).toBe(true);

  await overlay.click('.panel .toggle');
  const hint = await overlay.until<string>(HINT_SHOWN, 'the hint once the panel is collapsed');
  expect(hint).toContain('Mọi người');

  // A new stranger opens the panel again: the hint waits again.
  await run('join', 'Kẻ Lạ Mặt', '777');
  await overlay.until(PANEL_OPEN, 'the panel opens on the new stranger');
  await overlay.until(HINT_HIDDEN, 'the hint hidden while the panel is open');
}, 60_000);
