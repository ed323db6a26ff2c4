/**
 * Issue 19, item 6, for the system notifications: with the browser in English, a teacher who chose
 * Vietnamese gets the stranger's notification (title, words and buttons) in Vietnamese, and in English
 * again once they choose English. Chrome gives an extension no way to read a notification's text back,
 * so the test records what the worker hands to chrome.notifications.create.
 * Issue 22: in parent mode, "In my class" adds nobody without the parent's PIN, and says so.
 */
import type { WebWorker } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { msg } from '../support/messages';
import { USER_SETTINGS_KEY, PARENT_KEY } from '../../src/common/storage-keys';
import { openMeetClass } from './class-helpers';
import { probePanel } from './panel-helpers';
import { useExtension, until } from './extension';

const STRANGER = 'Kẻ Lạ Mặt';

interface Created {
  id: string;
  title: string;
  message: string;
  buttons: string[];
}

const ext = useExtension();

/** The worker as it runs now, with every notification it creates recorded (again after a restart). */
async function recordNotifications(): Promise<WebWorker> {
  const target = await ext.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  const worker = (await target.worker())!;
  await worker.evaluate(() => {
    const g = globalThis as unknown as { cgCreated?: unknown[] };
    if (g.cgCreated) return;
    g.cgCreated = [];
    const create = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = ((id: string, options: chrome.notifications.NotificationOptions) => {
      g.cgCreated!.push({
        id,
        title: options.title,
        message: options.message,
        buttons: (options.buttons ?? []).map((b) => b.title),
      });
      return create(id, options as chrome.notifications.NotificationCreateOptions);
    }) as typeof chrome.notifications.create;
  });
  return worker;
}

const created = (worker: WebWorker) =>
  worker.evaluate(() => (globalThis as unknown as { cgCreated: Created[] }).cgCreated) as Promise<Created[]>;

it.each(['vi', 'en'] as const)(
  "the stranger's notification is in the language chosen in settings (%s), not the browser's",
  async (lang) => {
    const page = await ext.extensionPage('src/ui/popup/index.html');
    expect(await page.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^en/);
    const worker = await recordNotifications();
    const { session, run } = await openMeetClass(ext, lang, `not-iv${lang}-abc`, {
      id: `notice-${lang}`,
      teachers: ['Nguyễn Thị Lan'],
      roster: ['Trần Minh Anh', 'Lê Hoàng Bảo'],
    });
    // The fixture's own unknown guest, or this stranger: either is the first notification of the class.
    await run('join', STRANGER, '601');
    const shown = await until(
      async () => (await created(worker)).find((c) => c.id === `cg-session:${session.id}`),
      'the notification for the class',
      30_000,
    );
    // create() was called; the notification exists once the browser has made it.
    await until(
      async () => (await ext.notifications()).includes(`cg-session:${session.id}`),
      'the notification shown',
      10_000,
    );
    expect(shown.title).toBe(`Class Guard — ${msg(lang, 'category_unknown_participant')}`);
    expect(shown.buttons).toEqual([msg(lang, 'notify_go_to_class'), msg(lang, 'notify_in_my_class')]);
  },
);

it("in parent mode, In my class without the parent's PIN adds nobody and says a parent is needed", async () => {
  const lang = 'vi';
  const { run } = await openMeetClass(ext, lang, 'par-entv-abc', {
    id: 'parent-class',
    teachers: ['Nguyễn Thị Lan'],
    roster: ['Trần Minh Anh'],
  });
  const page = await ext.extensionPage('src/ui/popup/index.html');
  const send = (type: string, payload: unknown) =>
    page.evaluate((t, p) => chrome.runtime.sendMessage({ type: t, payload: p }), type, payload);
  await send('parent.setup', { pin: '482916' });
  await send('parent.lock', {});
  const stored = () =>
    page.evaluate(async (keys) => chrome.storage.local.get(keys), [USER_SETTINGS_KEY, PARENT_KEY]) as Promise<
      Record<
        string,
        { classes?: { roster: { name: string }[] }[]; sealed?: { classes: { roster: { name: string }[] }[] } }
      >
    >;
  const before = await stored();

  await run('join', STRANGER, '611');
  const panel = await probePanel((await ext.browser.pages()).find((p) => p.url().includes('par-entv-abc'))!);
  const entryOf = `function (name) { return [...this.querySelectorAll('.entry')].find((e) => e.querySelector('.who')?.textContent === name); }`;
  await panel.until(
    `function () { return (${entryOf}).call(this, ${JSON.stringify(STRANGER)})?.querySelector('.in-class'); }`,
    'In my class offered',
  );
  await panel.eval(
    `function () { (${entryOf}).call(this, ${JSON.stringify(STRANGER)}).querySelector('.in-class').click(); }`,
  );
  const said = await panel.until<string>(
    `function () { return (${entryOf}).call(this, ${JSON.stringify(STRANGER)})?.querySelector('.status')?.textContent; }`,
    'the answer in the entry',
  );
  expect(said).toBe(msg(lang, 'notify_roster_parent_locked'));
  // The entry stays open and the class is as it was, in both the sealed copy and the user's own.
  expect(
    await panel.eval<boolean>(`function () { return Boolean((${entryOf}).call(this, ${JSON.stringify(STRANGER)})); }`),
  ).toBe(true);
  expect(await stored()).toEqual(before);
  expect(before[PARENT_KEY]!.sealed!.classes[0]!.roster.map((r) => r.name)).toEqual(['Trần Minh Anh']);
});
