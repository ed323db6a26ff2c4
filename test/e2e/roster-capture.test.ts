/**
 * Issue 4, learning without a roster: "everyone here now is my class" from the popup saves the
 * people of the open meeting as the class roster, and a stranger joining afterwards is flagged.
 */
import { expect, it } from 'vitest';
import { USER_SETTINGS_KEY } from '../../src/common/storage-keys';
import { useExtension, until } from './extension';
import { fixture } from '../support/browser';
import type { Finding } from '../../src/common/model';
import type { Page } from 'puppeteer-core';

const ext = useExtension({ keepMeetings: true });

/** Someone joins the meeting; the findings logged from event `since` on, once one is about them. */
async function newcomerFindings(
  meeting: Page,
  sessionId: string,
  since: number,
  name: string,
  id: string,
): Promise<Finding[]> {
  await meeting.evaluate(
    (n, i) => (window as unknown as { meetScenario: { join(n: string, id: string): void } }).meetScenario.join(n, i),
    name,
    id,
  );
  return until(async () => {
    const f = (await ext.events(sessionId))
      .filter((e) => e.type === 'finding' && e.seq >= since)
      .map((e) => e.payload['finding'] as Finding);
    return f.some((x) => x.subject.name === name) ? f : null;
  }, 'a finding about the newcomer');
}

it('saves the present students as the roster from the popup, then flags a newcomer', async () => {
  const meeting = await ext.openMeeting('https://meet.google.com/cap-ture-abc', {
    'https://meet.google.com/': fixture('meet/in-call-people.en.html'),
  });
  const session = await until(
    async () => (await ext.sessions()).find((s) => s.meeting.code === 'cap-ture-abc'),
    'the session',
  );
  await until(
    async () => (await ext.events(session.id)).filter((e) => e.type === 'participant.joined').length >= 5,
    'the roster',
  );

  const popup = await ext.extensionPage('src/ui/popup/index.html');
  await meeting.bringToFront(); // the popup acts on the active tab
  // Offered once the popup reads the meeting in the active tab (never without one).
  await until(
    () =>
      popup.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find((b) => /my class/.test(b.textContent ?? ''));
        button?.click();
        return Boolean(button);
      }),
    'the "Everyone here now is my class" button',
  );
  const status = await until(
    () => popup.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? ''),
    'the popup status',
  );
  expect(status).toMatch(/^Saved \d+ students to “Lớp 10A1 - Toán”\.$/);

  const settings = await popup.evaluate((key) => chrome.storage.local.get(key), USER_SETTINGS_KEY);
  const classes = (
    settings[USER_SETTINGS_KEY] as {
      classes: { name: string; meetings: string[]; teachers: string[]; roster: { name: string }[] }[];
    }
  ).classes;
  expect(classes).toHaveLength(1);
  expect(classes[0]!.meetings).toEqual(['cap-ture-abc']);
  expect(classes[0]!.teachers).toEqual(['Nguyễn Thị Lan']); // the host, from the People panel
  const roster = classes[0]!.roster.map((e) => e.name);
  expect(roster).toContain('Trần Minh Anh');
  expect(roster).not.toContain('Nguyễn Thị Lan');

  const capturedAt = (await ext.events(session.id)).length;
  await meeting.addScriptTag({ content: fixture('meet/scenario.js') });
  const findings = await newcomerFindings(meeting, session.id, capturedAt, 'Kẻ Lạ Mặt', '777');
  // After the capture, the newcomer is the only one flagged; nobody now on the roster is.
  expect(findings.map((f) => [f.category, f.subject.name])).toEqual([['unknown-participant', 'Kẻ Lạ Mặt']]);
});

it('applies a class saved elsewhere (options page, policy) to a meeting already open', async () => {
  const meeting = await ext.openMeeting('https://meet.google.com/liv-eset-abc', {
    'https://meet.google.com/': fixture('meet/in-call-people.en.html'),
  });
  const session = await until(
    async () => (await ext.sessions()).find((s) => s.meeting.code === 'liv-eset-abc'),
    'the session',
  );
  const joined = await until(async () => {
    const j = (await ext.events(session.id)).filter((e) => e.type === 'participant.joined');
    return j.length >= 5 ? j : null;
  }, 'the roster');
  // What the guard had to say about the first names (the worker's verdicts) is in the log before the class changes.
  await until(
    () =>
      ext.inContentScript<boolean>(
        meeting,
        '(s => s.awaitingVerdicts === 0 && s.pending === 0)(globalThis.__classGuardContent.stats())',
      ),
    'the first names checked and written',
  );
  await until(async () => (await ext.outboxChunks()).length === 0, 'the worker to store them');
  // No class for this meeting yet: the guard is learning, so a newcomer now would be learned, not flagged.
  const present = joined
    .map((e) => (e.payload['participant'] as { name: string }).name)
    .filter((n) => n !== 'Nguyễn Thị Lan' && n.length < 100);
  await ext.setSettings({
    classes: [
      {
        id: 'live-class',
        name: 'Lớp 11B2 - Văn',
        meetings: ['liv-eset-abc'],
        teachers: ['Nguyễn Thị Lan'],
        roster: present.map((name) => ({ name })),
      },
    ],
  });
  const savedAt = (await ext.events(session.id)).length;
  await meeting.addScriptTag({ content: fixture('meet/scenario.js') });
  // The worker tells the open tab, which fetches its class again (a newcomer before that would be learned).
  await until(
    () => ext.inContentScript<boolean>(meeting, 'globalThis.__classGuardContent.stats().settingsApplied > 0'),
    'the new class applied',
  );
  const findings = await newcomerFindings(meeting, session.id, savedAt, 'Người Lạ', '778');
  expect(findings.map((f) => [f.category, f.subject.name])).toEqual([['unknown-participant', 'Người Lạ']]);
});
