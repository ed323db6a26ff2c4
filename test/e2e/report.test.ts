/**
 * The report page as a teacher uses it after class: the timeline with findings, "Not harmful"
 * feedback (the words join the allow-list, the open meeting stops flagging them, the log records the
 * teacher's decision), and the chain verified.
 */
import { expect, it } from 'vitest';
import { USER_SETTINGS_KEY } from '../../src/common/storage-keys';
import { useExtension, until } from './extension';
import { fixture } from '../support/browser';
import type { Finding } from '../../src/common/model';

const ext = useExtension({ keepMeetings: true });

type Scenario = { meetScenario: { openChat(): void; post(sender: string, text: string): string } };

it('"Not harmful" allows the words in the open meeting at once and is recorded in the verified log', async () => {
  const meeting = await ext.openMeeting('https://meet.google.com/not-harm-ful', {
    'https://meet.google.com/': fixture('meet/in-call-people.vi.html'),
  });
  await meeting.addScriptTag({ content: fixture('meet/scenario.js') });
  const session = await until(
    async () => (await ext.sessions()).find((s) => s.meeting.code === 'not-harm-ful'),
    'the session',
  );
  await meeting.evaluate(() => {
    const s = (window as unknown as Scenario).meetScenario;
    s.openChat();
    s.post('Trần Minh Anh', 'con mèo nhà em là đồ chó con ạ');
  });
  const findings = async () =>
    (await ext.events(session.id))
      .filter((e) => e.type === 'finding')
      .map((e) => e.payload['finding'] as Finding)
      .filter((f) => f.subject.messageId);
  await until(async () => (await findings()).length === 1, 'the insult finding');

  const report = await ext.extensionPage(`src/ui/report/index.html?session=${session.id}`);
  await report.waitForSelector('tr[data-type="finding"] button');
  await report.evaluate(() => (document.querySelector('tr[data-type="finding"] button') as HTMLButtonElement).click());
  const status = await until(
    () => report.evaluate(() => [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent).join(' ')),
    'the confirmation',
  );
  expect(status).toMatch(/“đồ chó” will no longer be flagged/);

  const settings = await report.evaluate((key) => chrome.storage.local.get(key), USER_SETTINGS_KEY);
  expect((settings[USER_SETTINGS_KEY] as { chat: { allowedWords: string[] } }).chat.allowedWords).toEqual(['đồ chó']);
  const action = await until(
    async () => (await ext.events(session.id)).find((e) => e.type === 'teacher.action'),
    'the teacher action in the log',
  );
  expect(action.payload).toMatchObject({ action: 'marked-not-harmful', words: 'đồ chó' });

  // The open meeting applies it without a reload: the same words again raise nothing; other abuse still does.
  // The content script re-reads the settings on the storage change (one round trip to the worker).
  await new Promise((r) => setTimeout(r, 1_500));
  await meeting.evaluate(() => (window as unknown as Scenario).meetScenario.post('Lê Hoàng Bảo', 'đồ chó'));
  await meeting.evaluate(() => (window as unknown as Scenario).meetScenario.post('Lê Hoàng Bảo', 'đm mày'));
  const after = await until(async () => {
    const f = await findings();
    return f.length >= 2 ? f : null;
  }, 'the next finding');
  expect(after.map((f) => f.category)).toEqual(['insult', 'profanity']);

  await report.evaluate(() =>
    [...document.querySelectorAll('button')].find((b) => /Verify/.test(b.textContent ?? ''))!.click(),
  );
  const verdict = await until(
    () => report.evaluate(() => document.querySelector('[data-testid="verdict"]')?.textContent ?? ''),
    'the verdict',
  );
  expect(verdict).toMatch(/^Chain intact: \d+ events, head [0-9a-f]{64}$/);
});
