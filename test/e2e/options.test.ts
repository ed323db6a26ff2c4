/** The settings page as a teacher uses it: add a class, paste a roster from a spreadsheet, save. */
import { expect, it } from 'vitest';
import { USER_SETTINGS_KEY } from '../../src/common/storage-keys';
import { useExtension, until } from './extension';

const ext = useExtension({ keepMeetings: true });

it('adds a class with a pasted CSV roster and saves it; an unnamed class is refused with a reason', async () => {
  const page = await ext.extensionPage('src/ui/options/index.html');
  await page.waitForSelector('#classes-title');
  const clickText = (text: string) =>
    page.evaluate(
      (text) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!.click(),
      text,
    );
  await clickText('Add a class');
  // Save with no name: refused, and the page says why.
  await clickText('Save');
  const refused = await until(
    () => page.evaluate(() => document.querySelector('.save-bar [role="alert"]')?.textContent ?? ''),
    'a refusal',
  );
  expect(refused).toContain('Not saved. Please fix:');
  expect(refused).toContain('1 class(es) without a name: give each class a name.');

  await page.type('li input:not([type])', 'Lớp 10A1 - Toán');
  const areas = await page.$$('li textarea');
  await areas[0]!.type('https://meet.google.com/abc-defg-hij\n812 3456 7890');
  await areas[1]!.type('Nguyễn Thị Lan');
  await areas[2]!.evaluate((el, csv) => {
    (el as HTMLTextAreaElement).value = csv;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, '\ufeffSTT,Họ và tên,Ngày sinh\n1,Trần Minh Anh,01/02/2010\n2,"Lê Hoàng Bảo",03/04/2010\n3,,\n');
  expect(await page.evaluate(() => document.querySelector('li small[role="status"]')?.textContent?.trim())).toBe(
    '2 names read (1 lines skipped).',
  );
  await clickText('Save');
  await until(
    () =>
      page.evaluate(() =>
        /^✓ Saved at \d\d:\d\d\./.test(document.querySelector('.save-bar [role="status"]')?.textContent ?? ''),
      ),
    'saved',
  );
  const stored = await page.evaluate((key) => chrome.storage.local.get(key), USER_SETTINGS_KEY);
  const [cls] = (
    stored[USER_SETTINGS_KEY] as {
      classes: { name: string; meetings: string[]; teachers: string[]; roster: { name: string }[] }[];
    }
  ).classes;
  expect(cls).toMatchObject({
    name: 'Lớp 10A1 - Toán',
    meetings: ['https://meet.google.com/abc-defg-hij', '812 3456 7890'],
    teachers: ['Nguyễn Thị Lan'],
    roster: [{ name: 'Trần Minh Anh' }, { name: 'Lê Hoàng Bảo' }],
  });
});

it('an open report page follows a change of settings, and lets the meetings’ event batches pass without asking for settings again', async () => {
  // Count the page's requests to the worker, from before its first script runs.
  const page = await ext.browser.newPage();
  await page.evaluateOnNewDocument(() => {
    const counts: Record<string, number> = {};
    (globalThis as unknown as { requests: Record<string, number> }).requests = counts;
    const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (m: unknown) => Promise<unknown>;
    (chrome.runtime as unknown as { sendMessage: (m: { type: string }) => Promise<unknown> }).sendMessage = (m) => {
      counts[m.type] = (counts[m.type] ?? 0) + 1;
      return send(m);
    };
  });
  await page.goto(`chrome-extension://${ext.extensionId}/src/ui/report/index.html`);
  const requests = () =>
    page.evaluate(() => ({ ...(globalThis as unknown as { requests: Record<string, number> }).requests }));
  await until(async () => (await requests())['settings.get'] === 1, 'the first settings read');

  // A class in progress: pages write batches of events to storage.local and the worker removes them.
  // Chunks that name no session are refused and removed by the worker, which is all this needs.
  for (let i = 0; i < 20; i++) {
    await page.evaluate(
      (key) => chrome.storage.local.set({ [key]: { v: 1, sessionId: 'none', events: [] } }),
      `cg.outbox.test-${i}`,
    );
  }
  await until(async () => (await ext.outboxChunks()).length === 0, 'the worker to remove the chunks');
  expect((await requests())['settings.get']).toBe(1);

  // The teacher picks Vietnamese (in the options page): the open report follows.
  await ext.setSettings({ language: 'vi' });
  await until(() => page.evaluate(() => document.title === 'Class Guard — nhật ký sự cố'), 'the report in Vietnamese');
  expect((await requests())['settings.get']).toBe(2);
  await ext.setSettings({});
  await page.close();
});

it('settings with parts that cannot be read: the rest stays in force, the page lists the parts left out (vi), and a save keeps what it shows', async () => {
  // As an older or newer version, or a hand edit, may leave them: one class without its id, one over-long name.
  await ext.setSettings({
    language: 'vi',
    chat: { blockedWords: ['cấm', 'x'.repeat(101)] },
    classes: [
      { id: '', name: 'Lớp hỏng' },
      {
        id: 'c7',
        name: 'Lớp 7A',
        meetings: ['abc-defg-hij'],
        roster: [{ name: 'Trần Minh Anh' }, { name: 'y'.repeat(200) }, { name: 'Lê Hoàng Bảo' }],
      },
    ],
  });
  const page = await ext.extensionPage('src/ui/options/index.html');
  const alert = await until(
    () => page.evaluate(() => document.querySelector('[role="alert"]')?.textContent || null),
    'the list of problems',
  );
  expect(alert).toMatch(/^Một số cài đặt không đọc được nên chưa có hiệu lực/);
  const items = await page.evaluate(() =>
    [...document.querySelectorAll('[role="alert"] li')].map((li) => li.textContent),
  );
  expect(items).toHaveLength(3);
  expect(items.join('\n')).toMatch(/chat › blockedWords › 1: left out/);
  expect(items.join('\n')).toMatch(/classes › 0 \(“Lớp hỏng”\): left out \(id: /);
  expect(items.join('\n')).toMatch(/classes › 1 \(“Lớp 7A”\) › roster › 1 \(“y+”\): left out \(name: /);
  // Everything else is in force: the page is in Vietnamese and shows the readable class with its two names.
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
  const classes = await page.evaluate(() =>
    [...document.querySelectorAll('form li.class-item')].map((li) => li.textContent),
  );
  expect(classes).toHaveLength(1);
  expect(classes[0]).toMatch(/^Lớp 7A .*\b2\b/);

  await page.evaluate(() => document.querySelector<HTMLButtonElement>('button.primary[type="submit"]')!.click());
  await until(() => page.evaluate(() => document.body.textContent?.includes('Đã lưu lúc')), 'saved');
  const stored = (await page.evaluate((key) => chrome.storage.local.get(key), USER_SETTINGS_KEY))[
    USER_SETTINGS_KEY
  ] as {
    chat: { blockedWords: string[] };
    classes: { id: string; roster: { name: string }[] }[];
  };
  expect(stored.chat.blockedWords).toEqual(['cấm']);
  expect(stored.classes.map((c) => [c.id, c.roster.map((e) => e.name)])).toEqual([
    ['c7', ['Trần Minh Anh', 'Lê Hoàng Bảo']],
  ]);
  await until(
    () => page.evaluate(() => document.querySelector('[role="alert"]') === null),
    'the list of problems gone',
  );
  await page.close();
  await ext.setSettings({});
});
