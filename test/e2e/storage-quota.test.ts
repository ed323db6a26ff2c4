/**
 * Storage near its quota in the built extension. Chromium is told, through the DevTools protocol
 * (Storage.overrideQuotaForOrigin, what DevTools' "simulate custom storage quota" uses), that the
 * extension's quota is just above what it uses, so the worker's own navigator.storage.estimate()
 * reports it near full: no test hook in the extension. Meanwhile a class runs in a Meet tab.
 */
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import type { CDPSession, Page } from 'puppeteer-core';
import { verifyChain } from '../../src/common/event-chain';
import { findingsOf, openMeetClass } from './class-helpers';
import { useExtension, until } from './extension';
import { ageMeeting, logMeeting, logged } from './log-helpers';

const ext = useExtension({ keepMeetings: true });

/** A past meeting of `count` chat messages of 4,000 random letters, logged through the protocol. */
function logChatty(page: Page, code: string, count: number): Promise<string> {
  const letters = () => Array.from(randomBytes(4000), (b) => 'abcdefghij'[b % 10]).join('');
  const message = (i: number) => ({
    message: {
      id: `m${i}`,
      senderId: null,
      senderName: 'Lan',
      self: false,
      text: letters(),
      time: null,
      privateTo: null,
    },
  });
  const batches = Array.from({ length: Math.ceil(count / 100) }, (_, b) =>
    Array.from({ length: Math.min(100, count - b * 100) }, (_, j) => logged('chat.message', message(b * 100 + j))),
  );
  return logMeeting(page, 'zoom', code, batches);
}

async function worker() {
  const target = await ext.browser.waitForTarget((t) => t.type() === 'service_worker');
  return (await target.worker())!;
}

async function setQuota(cdp: CDPSession, quotaSize?: number): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: `chrome-extension://${ext.extensionId}`,
    ...(quotaSize === undefined ? {} : { quotaSize: Math.round(quotaSize) }),
  });
}

/** The retention alarm as Chrome fires it; the storage check runs after retention. */
async function fireCheck(): Promise<void> {
  await (await worker()).evaluate(() => chrome.alarms.create('retention', { when: Date.now() }));
}

const eventBytes = async (sessionId: string) =>
  (await ext.events(sessionId)).reduce((sum, e) => sum + JSON.stringify(e).length, 0);

async function shown(page: Page) {
  await page.reload();
  await page.waitForSelector('[data-testid="storage-warning"]');
  return page.evaluate(() => ({
    warning: document.querySelector('[data-testid="storage-warning"]')?.textContent ?? '',
    level: document.querySelector('[data-testid="storage-warning"]')?.getAttribute('data-level'),
    used: document.querySelector('[data-testid="storage-used"]')?.textContent ?? '',
    purged: [...document.querySelectorAll('[data-purged]')].map((li) => [
      li.getAttribute('data-purged'),
      li.getAttribute('data-reason'),
    ]),
  }));
}

it('near its quota, the oldest meetings not kept as evidence are deleted, the teacher warned, and no alert of the class in progress lost', async () => {
  const page = await ext.extensionPage();
  const oldest = await logChatty(page, 'oldest', 250);
  const kept = await logChatty(page, 'kept', 250);
  const older = await logChatty(page, 'older', 250);
  const newer = await logChatty(page, 'newer', 250);
  await page.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'log.keep', payload: { sessionId: id, keep: true } }),
    kept,
  );
  await ageMeeting(page, kept, 25);
  await ageMeeting(page, oldest, 20);
  await ageMeeting(page, older, 15);
  await ageMeeting(page, newer, 10);

  const { session, run } = await openMeetClass(ext, 'en', 'quo-tacl-ass', {
    id: 'quota',
    teachers: ['Nguyễn Thị Lan'],
    roster: ['Trần Minh Anh'],
  });
  await run('join', 'Kẻ Lạ Mặt', '601');
  await until(async () => findingsOf(await ext.events(session.id)).length > 0, 'the first alert stored');

  // The quota set so that deleting one 250-message meeting is not enough to get under 70 %, and two are.
  const one = await eventBytes(oldest);
  const usage = await (await worker()).evaluate(async () => (await navigator.storage.estimate()).usage!);
  const quota = (usage - 1.5 * one) / 0.7;
  expect(usage).toBeGreaterThan(0.8 * quota);
  const keptBefore = await ext.events(kept);
  const cdp = await page.createCDPSession();
  await setQuota(cdp, quota);
  await fireCheck();

  await until(
    async () => {
      const ids = (await ext.sessions()).map((s) => s.id);
      return !ids.includes(oldest) && !ids.includes(older);
    },
    'the two oldest meetings not kept deleted',
    60_000,
  );
  await until(async () => (await ext.notifications()).includes('cg-storage'), 'the warning notification');
  let ids = (await ext.sessions()).map((s) => s.id);
  expect(ids).toEqual(expect.arrayContaining([kept, newer, session.id]));
  expect(await ext.events(oldest)).toEqual([]);
  let seen = await shown(page);
  expect(seen.level).toBe('purged');
  expect(seen.warning).toMatch(
    /Storage was nearly full on .*: 2 of the oldest meetings not kept as evidence were deleted/,
  );
  expect(seen.purged).toEqual(
    expect.arrayContaining([
      [oldest, 'storage'],
      [older, 'storage'],
    ]),
  );
  expect(seen.used).toMatch(/\d+\.\d MB of \d+\.\d MB it may use \(\d+ %\)/);
  // The popup says it too, where the teacher looks during a class.
  const popup = await ext.extensionPage('src/ui/popup/index.html');
  const line = await popup.waitForSelector('[data-testid="storage-warning"]');
  expect(await line!.evaluate((e) => e.textContent)).toMatch(
    /2 of the oldest meetings not kept as evidence were deleted/,
  );
  await popup.close();

  // Far over the quota now: the last old meeting goes, then nothing more can, and the class goes on.
  await setQuota(cdp, 100_000);
  await fireCheck();
  await until(
    async () => !(await ext.sessions()).some((s) => s.id === newer),
    'the last deletable meeting deleted',
    60_000,
  );
  seen = await until(async () => {
    const s = await shown(page);
    return s.level === 'full' ? s : null;
  }, 'the "nothing more can be deleted" warning');
  expect(seen.warning).toMatch(/nothing more can be deleted: every older meeting is kept as evidence/);
  ids = (await ext.sessions()).map((s) => s.id);
  expect(ids.sort()).toEqual([kept, session.id].sort());

  await run('join', 'Người Lạ Thứ Hai', '602');
  await run('openChat');
  await run('post', 'Kẻ Lạ Mặt', 'địt mẹ lớp này');
  const events = await until(
    async () => {
      const e = await ext.events(session.id);
      const subjects = findingsOf(e).map((f) => f.finding.subject.name);
      return subjects.includes('Người Lạ Thứ Hai') && findingsOf(e).some((f) => f.observation.type === 'chat.message')
        ? e
        : null;
    },
    'the class’s later alerts stored',
    30_000,
  );
  expect(findingsOf(events).map((f) => f.finding.subject.name)).toEqual(
    expect.arrayContaining(['Kẻ Lạ Mặt', 'Người Lạ Thứ Hai']),
  );
  expect((await verifyChain(events)).valid).toBe(true);
  expect(await ext.events(kept)).toEqual(keptBefore);
  expect(await ext.outboxChunks()).toEqual([]);
  await setQuota(cdp);
}, 240_000);
