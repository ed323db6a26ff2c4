/**
 * A note on one incident on the built extension's report page: added, then edited. Each save is a
 * `teacher.action` in the meeting's chain naming the finding; the page shows the latest under the
 * incident, and the printable HTML export, opened with JavaScript off, prints it there too.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, expect, it } from 'vitest';
import { verifyChain } from '../../src/common/event-chain';
import { useExtension, until } from './extension';
import { logMeeting } from './log-helpers';
import { downloadBy } from '../../scripts/lib/downloads';

const ext = useExtension({ keepMeetings: true });
beforeAll(async () => {
  await ext.setSettings({ language: 'en' });
});

const at = (s: number) => new Date(Date.now() - 3_600_000 + s * 1000).toISOString().replace('Z', '+00:00');

/** A meeting in which a stranger swears in the chat: the worker's chat guard makes it an incident. */
async function seed(page: Page): Promise<string> {
  const stranger = { id: 'spaces/x/devices/666', idStable: true, name: 'Khách Lạ', role: 'participant', self: false };
  const events = [
    { type: 'participant.joined', time: at(1), payload: { participant: stranger } },
    {
      type: 'chat.message',
      time: at(10),
      payload: {
        message: {
          id: 'm1',
          senderId: stranger.id,
          senderName: stranger.name,
          self: false,
          text: 'đm cả lớp',
          time: null,
          privateTo: null,
        },
      },
    },
  ].map((e) => ({ id: crypto.randomUUID(), ...e }));
  return logMeeting(page, 'meet', 'not-eson-inc', [events]);
}

async function saveNote(page: Page, findingId: string, note: string): Promise<void> {
  const item = `[data-incident="${findingId}"]`;
  // The log holds a save before the page has closed its field: the opener is back only then.
  await page.waitForSelector(`${item} [data-testid="edit-incident-note"]`);
  await page.click(`${item} [data-testid="edit-incident-note"]`);
  const area = `${item} textarea`;
  await page.waitForSelector(area);
  // The field opens with the current note and has the focus.
  expect(await page.evaluate((css) => document.activeElement === document.querySelector(css), area)).toBe(true);
  await page.$eval(area, (el) => ((el as HTMLTextAreaElement).value = ''));
  await page.type(area, note);
  await page.click(`${item} [data-testid="save-incident-note"]`);
  // The teacher sees the save confirmed where the field was.
  await page.waitForFunction(
    (css) => document.querySelector(css)?.textContent === 'The note is saved in the meeting’s log.',
    {},
    `${item} [role="status"]`,
  );
}

it('a note on an incident is added and edited, each save logged, the latest shown and exported', async () => {
  const page = await ext.extensionPage();
  const sessionId = await seed(page);
  const finding = await until(
    async () => (await ext.events(sessionId)).find((e) => e.type === 'finding'),
    'the incident found by the worker',
  );
  await page.goto(`chrome-extension://${ext.extensionId}/src/ui/report/index.html?session=${sessionId}`);
  await page.waitForSelector(`[data-incident="${finding.id}"] [data-testid="edit-incident-note"]`);
  expect(
    await page.$eval(`[data-incident="${finding.id}"] [data-testid="edit-incident-note"]`, (b) => b.textContent),
  ).toBe('Add a note');

  const notes = ['Đã nhắc nhở và mời ra khỏi lớp.', 'Đã mời ra khỏi lớp, báo ban giám hiệu lúc 15:10.'];
  for (const note of notes) {
    await saveNote(page, finding.id, note);
    await until(
      async () => (await ext.events(sessionId)).some((e) => e.type === 'teacher.action' && e.payload['note'] === note),
      'the note in the log',
    );
  }

  const events = await ext.events(sessionId);
  const saves = events.filter((e) => e.type === 'teacher.action' && e.payload['action'] === 'report-note');
  expect(saves.map((e) => [e.payload['findingId'], e.payload['note']])).toEqual(notes.map((n) => [finding.id, n]));
  expect((await verifyChain(events)).valid).toBe(true);

  const shown = await until(async () => {
    const text = await page.evaluate(
      (id) => document.querySelector(`[data-incident="${id}"] [data-testid="incident-note"]`)?.textContent ?? '',
      finding.id,
    );
    return text.includes(notes[1]!) ? text : null;
  }, 'the latest note under the incident');
  expect(shown).toMatch(/Teacher's note \(.*, saved 2 times\):/);
  expect(shown).not.toContain(notes[0]);
  // Both saves read as sentences among the teacher's actions.
  const actions = await page.$eval('[data-testid="actions"]', (el) => el.textContent ?? '');
  for (const n of notes) expect(actions).toContain(`The teacher wrote a note on an incident: “${n}”`);

  // The printable export, opened without scripts.
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-dl-'));
  const file = await downloadBy(page, dir, () => page.click('button[data-export="html"]'));
  const doc = await ext.browser.newPage();
  await doc.setJavaScriptEnabled(false);
  await doc.goto(`file://${file}`);
  const printed = await doc.evaluate(
    (id) => ({
      under: (document.querySelector(`#incidents tr.incident-note[data-note-for="${id}"]`) as HTMLElement | null)
        ?.innerText,
      previous: (document.querySelector('#incidents') as HTMLElement).innerText,
    }),
    finding.id,
  );
  expect(printed.under).toContain(notes[1]);
  expect(printed.under).toMatch(/saved 2 times/);
  expect(printed.previous).not.toContain(notes[0]);
  await doc.close();
}, 120_000);
