/**
 * Retention in the built extension, with time compressed: three meetings are logged, two are aged by
 * rewriting their dates in the log (as if the class had been weeks ago), one of those is kept as
 * evidence from the report page, and the worker's retention alarm is fired now. The old meeting is
 * gone with its events, the kept one and the recent one stay, and the report page lists the deletion.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useExtension, until } from './extension';
import { ageMeeting, logMeeting, logged } from './log-helpers';

const ext = useExtension({ keepMeetings: true });
beforeAll(async () => {
  await ext.setSettings({ language: 'en', retention: { days: 30 } });
});

/** A meeting in which one student joined, logged through the protocol. */
const logOne = (page: Page, code: string) =>
  logMeeting(page, 'meet', code, [
    [logged('participant.joined', { participant: { id: 'p1', name: 'Trần Minh Anh' } })],
  ]);

it('deletes meetings past the retention period on the alarm, except those kept as evidence, and logs each deletion', async () => {
  const page = await ext.extensionPage();
  const old = await logOne(page, 'old-mee-ting');
  const kept = await logOne(page, 'kep-tev-dnce');
  const recent = await logOne(page, 'new-mee-ting');
  await ageMeeting(page, old, 45);
  await ageMeeting(page, kept, 60);

  // The teacher keeps one as evidence in the meetings list.
  await page.reload();
  await page.waitForSelector(`input[data-keep="${kept}"]`);
  await page.click(`input[data-keep="${kept}"]`);
  await until(async () => (await ext.sessions()).find((s) => s.id === kept)?.keptAsEvidence, 'the kept flag');
  const action = await until(
    async () => (await ext.events(kept)).find((e) => e.type === 'teacher.action'),
    'the keep logged in the meeting’s chain',
  );
  expect(action.payload).toMatchObject({ action: 'kept-as-evidence' });
  // Keeping it wrote an event now: age it again so only the flag protects it.
  await ageMeeting(page, kept, 60);

  // The alarm as Chrome fires it, now rather than within the hour.
  const worker = await (await ext.browser.waitForTarget((t) => t.type() === 'service_worker')).worker();
  await worker!.evaluate(() => chrome.alarms.create('retention', { when: Date.now() }));
  await until(async () => !(await ext.sessions()).some((s) => s.id === old), 'the old meeting deleted', 30_000);

  const left = (await ext.sessions()).map((s) => s.id);
  expect(left).toEqual(expect.arrayContaining([kept, recent]));
  expect(await ext.events(old)).toEqual([]);
  expect((await ext.events(kept)).length).toBeGreaterThan(0);

  await page.reload();
  await page.waitForSelector('[data-testid="purges"]');
  const shown = await page.evaluate(() => ({
    purges: [...document.querySelectorAll('[data-purged]')].map((li) => li.getAttribute('data-purged')),
    purgeText: document.querySelector('[data-purged]')?.textContent ?? '',
    kept: [...document.querySelectorAll<HTMLInputElement>('input[data-keep]')]
      .filter((i) => i.checked)
      .map((i) => i.dataset['keep']),
    rows: document.querySelectorAll('table[data-view="meetings"] tbody tr').length,
    days: document.querySelector('[data-testid="retention-days"]')?.textContent ?? '',
  }));
  expect(shown.purges).toEqual([old]);
  expect(shown.purgeText).toMatch(/deleted the Google Meet meeting old-mee-ting .*\(2 events\)/);
  expect(shown.kept).toEqual([kept]);
  expect(shown.rows).toBe(2);
  expect(shown.days).toMatch(/30 days/);
  const used = await page.waitForSelector('[data-testid="storage-used"]');
  expect(await used!.evaluate((e) => e.textContent)).toMatch(/\d+(\.\d)? MB/);
});
