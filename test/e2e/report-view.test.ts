/**
 * One meeting on the report page as a teacher reads it after class: the summary first, the timeline
 * chart (an accessible SVG with a text equivalent), incidents with the chat around them, the people
 * with every name they used, the shares, and a note whose every edit is logged.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useExtension, until } from './extension';
import { logMeeting } from './log-helpers';

const ext = useExtension({ keepMeetings: true });
beforeAll(async () => {
  await ext.setSettings({ language: 'en' });
});

const at = (s: number) => new Date(Date.now() - 3_600_000 + s * 1000).toISOString().replace('Z', '+00:00');
const person = (id: string, name: string) => ({ id, idStable: true, name, role: 'participant', self: false });
const stranger = person('spaces/x/devices/666', 'Khách Lạ <b>99</b>');
const msg = (n: number, sender: { id: string; name: string }, text: string) => ({
  message: {
    id: `m${n}`,
    senderId: sender.id,
    senderName: sender.name,
    self: false,
    text,
    time: null,
    privateTo: null,
  },
});
const anh = person('spaces/x/devices/1', 'Trần Minh Anh');
const CLASS: [string, number, Record<string, unknown>][] = [
  [
    'participant.joined',
    1,
    { participant: { ...person('spaces/x/devices/0', 'Nguyễn Thị Lan'), role: 'host', self: true } },
  ],
  ['participant.joined', 5, { participant: anh }],
  ['waiting.joined', 30, { participant: stranger }],
  ['waiting.admitted', 40, { participant: stranger }],
  ['participant.joined', 41, { participant: stranger }],
  ['chat.message', 50, msg(1, anh, 'chào cô ạ')],
  ['chat.message', 55, msg(2, anh, 'em nộp bài rồi')],
  ['chat.message', 60, msg(3, stranger, 'đm cả lớp')],
  ['chat.message', 65, msg(4, anh, 'cô ơi có người lạ')],
  ['participant.renamed', 70, { participant: { ...stranger, name: 'Nguyễn Thị Lan' }, from: stranger.name }],
  ['share.started', 80, { presenter: { participantId: stranger.id, name: 'Nguyễn Thị Lan', self: false } }],
  [
    'share.stopped',
    170,
    { presenter: { participantId: stranger.id, name: 'Nguyễn Thị Lan', self: false }, durationMs: 90_000 },
  ],
  ['participant.left', 200, { participant: { ...stranger, name: 'Nguyễn Thị Lan' } }],
];

async function seed(page: Page): Promise<string> {
  const events = CLASS.map(([type, s, payload]) => ({ id: crypto.randomUUID(), type, time: at(s), payload }));
  return logMeeting(page, 'meet', 'vie-wthe-log', [events]);
}

it('reads as a summary, a chart with a text equivalent, incidents in context, people, shares and notes', async () => {
  const page = await ext.extensionPage();
  const sessionId = await seed(page);
  await page.goto(`chrome-extension://${ext.extensionId}/src/ui/report/index.html?session=${sessionId}`);
  await page.waitForSelector('[data-testid="summary"]');
  const shown = await page.evaluate(() => {
    const q = (s: string) => document.querySelector(s) as HTMLElement | null;
    const svg = q('svg[data-testid="timeline"]')!;
    return {
      firstSection: q('main section[data-testid]')?.dataset['testid'],
      summary: q('[data-testid="summary"]')!.innerText,
      svgTitle: svg.querySelector('title')?.textContent,
      svgDesc: svg.querySelector('desc')?.textContent,
      svgLabelled: svg.getAttribute('aria-labelledby'),
      markers: svg.querySelectorAll('[data-incident]').length,
      timelineText: q('[data-testid="timeline-text"]')!.textContent,
      incident: q('[data-testid="incidents"] li')!.innerText,
      marked: q('[data-testid="incidents"] mark')?.textContent,
      strangerRow: q('[data-person="spaces/x/devices/666"]')!.innerText,
      shares: q('[data-testid="shares"] tbody')!.innerText,
      bold: document.querySelectorAll('main b').length,
    };
  });
  expect(shown.firstSection).toBe('summary');
  expect(shown.summary).toMatch(/Google Meet meeting from .* to .*UTC[+-]\d\d:\d\d/);
  expect(shown.summary).toContain('3 people were seen; at most 3 at once; 1 waited to be let in.');
  // The worker's chat guard found the message: the page wrote no finding of its own.
  expect(shown.summary).toMatch(/1 incident: [^.]*profanity \(1\)\./i);
  expect(shown.summary).toContain('About: “Khách Lạ <b>99</b>”');
  expect(shown.svgTitle).toBe('People present over time');
  expect(shown.svgDesc).toMatch(/At most 3 people were present at once; 1 incident is marked/);
  expect(shown.svgLabelled).toBe('tl-title tl-desc');
  expect(shown.markers).toBe(1);
  expect(shown.timelineText).toMatch(/3 present, 0 waiting/);
  // The words found, and the chat around them with the message itself marked.
  expect(shown.incident).toContain('đm cả lớp');
  expect(shown.incident).toContain('“Trần Minh Anh” wrote in the chat: “em nộp bài rồi”');
  expect(shown.incident).toContain('cô ơi có người lạ');
  expect(shown.marked).toContain('“Khách Lạ <b>99</b>” wrote in the chat: “đm cả lớp”');
  // Every name used, the waiting room, the roster status; markup stays text.
  expect(shown.strangerRow).toContain('“Khách Lạ <b>99</b>” → “Nguyễn Thị Lan”');
  expect(shown.strangerRow).toContain('let in');
  expect(shown.strangerRow).toMatch(/profanity/i);
  expect(shown.shares).toMatch(/“Nguyễn Thị Lan”.*1 min 30 s/s);
  expect(shown.bold).toBe(0);

  // A note, then an edit of it: both are in the log, the page shows the latest.
  for (const note of ['Đã báo ban giám hiệu.', 'Đã báo ban giám hiệu và phụ huynh.']) {
    await page.$eval('#report-note', (el) => ((el as HTMLTextAreaElement).value = ''));
    await page.type('#report-note', note);
    await page.click('[data-testid="save-note"]');
    await until(
      async () => (await ext.events(sessionId)).some((e) => e.type === 'teacher.action' && e.payload['note'] === note),
      'the note in the log',
    );
  }
  const notes = (await ext.events(sessionId))
    .filter((e) => e.payload['action'] === 'report-note')
    .map((e) => e.payload['note']);
  expect(notes).toEqual(['Đã báo ban giám hiệu.', 'Đã báo ban giám hiệu và phụ huynh.']);
  await until(
    () => page.evaluate(() => document.querySelector('[data-testid="actions"]')?.textContent?.includes('và phụ huynh')),
    'the note among the teacher’s actions',
  );
  expect(await page.$eval('#report-note', (el) => (el as HTMLTextAreaElement).value)).toBe(
    'Đã báo ban giám hiệu và phụ huynh.',
  );

  // The raw log one click away.
  await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => /raw log/.test(b.innerText))!.click());
  await page.waitForSelector('table[data-view="raw"] tr[data-type="finding"]');
});

it('names the look-alike letter of a copied name under its incident', async () => {
  const page = await ext.extensionPage();
  const copy = person('spaces/x/devices/777', 'Trần Minh \u0410nh'); // a Cyrillic А
  const rows: [string, number, Record<string, unknown>][] = [
    [
      'participant.joined',
      1,
      { participant: { ...person('spaces/x/devices/0', 'Nguyễn Thị Lan'), role: 'host', self: true } },
    ],
    ['participant.joined', 5, { participant: anh }],
    ['participant.joined', 9, { participant: copy }],
    [
      'finding',
      9,
      {
        finding: {
          category: 'impersonation',
          ruleId: 'participant.impersonation.student',
          severity: 3,
          tier: 'alert',
          subject: { participantId: copy.id, name: copy.name },
          evidence: { matched: anh.name },
        },
      },
    ],
  ];
  const events = rows.map(([type, s, payload]) => ({ id: crypto.randomUUID(), type, time: at(s), payload }));
  const sessionId = await logMeeting(page, 'meet', 'loo-kali-kes', [events]);
  await page.goto(`chrome-extension://${ext.extensionId}/src/ui/report/index.html?session=${sessionId}`);
  const marks = await until(async () => {
    const all = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="incidents"] .name-marks')].map((p) => p.textContent),
    );
    return all.length ? all : null;
  }, 'an incident naming the look-alike letter');
  expect(marks[0]).toBe('“А” is a Cyrillic letter (U+0410) that looks like the Latin “A”');
});
