/**
 * The hostile corpus (test/corpus/hostile: markup, scripts, bidi overrides, zero-width and combining
 * floods, formulas, JavaScript member names, 100 KB strings…) joins and posts in a Vietnamese-UI
 * class on each client, through the built extension. Every join and every message must reach the
 * log exactly once, the chain must verify, nothing may run, and no internal error may be recorded.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage, Participant } from '../../src/common/model';
import type { StoredEvent } from '../../src/common/protocol';
import { hostileCorpus } from '../corpus/hostile/corpus';
import { fixture } from '../support/browser';
import { MeetingLog, countDeep, watchDialogs, runner } from './class-helpers';
import { useExtension, until } from './extension';

const { names, messages } = hostileCorpus();

const ext = useExtension();
beforeAll(async () => {
  await ext.setSettings({ classes: [] });
});

/** Page errors, dialogs and CSP reports: none may come from a name or a message. */
function watch(page: Page): { errors: string[]; dialogs: string[] } {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) errors.push(m.text());
  });
  return { errors, dialogs: watchDialogs(page) };
}

const joinsOf = (events: StoredEvent[]) =>
  events.filter((e) => e.type === 'participant.joined').map((e) => e.payload['participant'] as Participant);
const messagesOf = (events: StoredEvent[]) =>
  events.filter((e) => e.type === 'chat.message').map((e) => e.payload['message'] as ChatMessage);

/** Counts of each key: every expected key must be there exactly once. */
function expectEachOnce(got: string[], want: string[], what: string): void {
  const counts = new Map<string, number>();
  for (const k of got) counts.set(k, (counts.get(k) ?? 0) + 1);
  const missing = want.filter((k) => !counts.has(k));
  const twice = want.filter((k) => (counts.get(k) ?? 0) > 1);
  expect(
    { missing: missing.length, twice: twice.length },
    `${what}: missing ${missing.slice(0, 5).join(', ')}; twice ${twice.slice(0, 5).join(', ')}`,
  ).toEqual({ missing: 0, twice: 0 });
}

/** What is true of every client's log once the corpus is through. */
async function expectClean(
  log: MeetingLog,
  page: Page,
  seen: { errors: string[]; dialogs: string[] },
): Promise<StoredEvent[]> {
  const events = await log.expectIntact();
  expect(
    events.filter((e) => e.type === 'detector.failed' || e.type === 'event.quarantined').map((e) => e.payload),
  ).toEqual([]);
  const diagnostics = (await ext.diagnostics()).filter(
    (d) => d.kind === 'error' || d.kind === 'detector.failed' || d.kind === 'event.quarantined',
  );
  expect(diagnostics).toEqual([]);
  expect(await ext.outboxChunks()).toEqual([]);
  for (const e of events) expect(JSON.stringify(e.payload).length, e.type).toBeLessThanOrEqual(64_000);
  expect(
    await countDeep(
      page,
      'img[src="x"], svg[onload], iframe[srcdoc], b[onmouseover], details[ontoggle], input[onfocus]',
    ),
  ).toBe(0);
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
  return events;
}

/**
 * Waits until the content script has read the page after a change: its next flush. A virtualized
 * list shows a window at a time, and each window must be read before the next one replaces it.
 */
async function nextFlush(page: Page): Promise<void> {
  const flushes = () => ext.inContentScript<number>(page, 'globalThis.__classGuardContent.stats().flushes');
  const start = await flushes();
  await until(async () => (await flushes()) > start, 'a flush of the content script', 10_000);
}

/** Waits until the log holds every wanted key (by `keysOf`), then checks each is there exactly once. */
async function expectLogged(
  log: MeetingLog,
  keysOf: (events: StoredEvent[]) => string[],
  want: string[],
  what: string,
): Promise<void> {
  const wanted = new Set(want);
  const events = await log
    .waitFor((ev) => keysOf(ev).filter((k) => wanted.has(k)).length >= want.length, what, 60_000)
    .catch(() => log.events());
  expectEachOnce(keysOf(events), want, what);
}

describe('the hostile corpus on every client: every join and message logged once, nothing runs', () => {
  it(`has at least 500 names and messages (${names.length} + ${messages.length})`, () => {
    expect(names.length + messages.length).toBeGreaterThanOrEqual(500);
  });

  it('Google Meet (vi)', async () => {
    const code = 'cgh-ostl-vie';
    const url = `https://meet.google.com/${code}`;
    const page = await ext.openMeeting(url, { [url]: fixture('meet/in-call-people.vi.html') });
    const seen = watch(page);
    await page.addScriptTag({ content: fixture('meet/scenario.js') });
    const run = runner(page, 'meetScenario');
    const log = await MeetingLog.open(ext, code);
    await log.waitFor((ev) => ev.some((e) => e.type === 'waiting.joined'), 'the class starts');

    const ids = names.map((_, i) => `${7000 + i}`);
    for (let i = 0; i < names.length; i += 20) {
      await page.evaluate(
        (batch) =>
          batch.forEach(([n, id]) =>
            (window as unknown as { meetScenario: { join(n: string, id: string): void } }).meetScenario.join(n!, id!),
          ),
        names.slice(i, i + 20).map((n, k) => [n.text, ids[i + k]]),
      );
    }
    await expectLogged(log, (ev) => joinsOf(ev).map((p) => p.id.split('/').pop()!), ids, 'Meet joins');

    await run('openChat');
    const posted: string[] = [];
    for (const [k, m] of messages.entries()) posted.push((await run('post', `Khách ${k % 7}`, m.text)) as string);
    await expectLogged(log, (ev) => messagesOf(ev).map((m) => m.id), posted, 'Meet messages');
    await expectClean(log, page, seen);
  });

  it('Zoom (vi): the roster and the chat are virtualized, so they are read in windows as a teacher scrolls', async () => {
    const code = '81000000777';
    const url = `https://app.zoom.us/wc/${code}/join`;
    const page = await ext.openMeeting(url, { [url]: fixture('zoom/class.vi.html') });
    const seen = watch(page);
    await page.addScriptTag({ content: fixture('zoom/scenario.js') });
    const run = runner(page, 'zoomScenario');
    const log = await MeetingLog.open(ext, code);
    await log.waitFor((ev) => ev.some((e) => e.type === 'participant.joined'), 'the class starts');
    const before = joinsOf(await log.events()).length;

    // Zoom rows carry no user id: a join is known by its name, so each name is made unique here.
    const uniqueNames = names.map((n, i) => `${i}. ${n.text}`);
    // Scrolled to its end, the list shows its newest 8 rows: 7 joins at a time stay in view.
    for (let i = 0; i < uniqueNames.length; i += 7) {
      for (const [k, n] of uniqueNames.slice(i, i + 7).entries()) await run('join', n, 16_900_000 + 1024 * (i + k));
      await run('scrollRoster', 1e9);
      await nextFlush(page);
    }
    const number = (p: Participant) => p.name.split('.')[0]!;
    await log
      .waitFor((ev) => joinsOf(ev).length >= before + uniqueNames.length, 'every Zoom join', 60_000)
      .catch(() => null);
    expectEachOnce(
      joinsOf(await log.events())
        .slice(before)
        .map(number),
      uniqueNames.map((_, i) => `${i}`),
      'Zoom joins',
    );

    const zoomId = (k: number) => `3-5A1C0DE0-0000-4000-8000-${String(k).padStart(12, '0')}`;
    const want = messages.map((_, k) => zoomId(k + 1));
    // The chat list keeps its newest 12 messages in the page.
    for (let i = 0; i < messages.length; i += 10) {
      for (const [k, m] of messages.slice(i, i + 10).entries()) await run('post', uniqueNames[(i + k) % 5], m.text);
      await nextFlush(page);
    }
    await expectLogged(log, (ev) => messagesOf(ev).map((m) => m.id), want, 'Zoom messages');
    await expectClean(log, page, seen);
  }, 240_000);

  it('Microsoft Teams (vi): the People list first, then the chat (one side panel at a time)', async () => {
    const code = '19:meeting_SG9zdGlsZUNvcnB1cw@thread.v2';
    const url = `https://teams.microsoft.com/v2/#/l/meetup-join/${encodeURIComponent(code)}/0`;
    const shell =
      '<!doctype html><html><head><meta charset="utf-8"><title>Microsoft Teams</title></head><body></body></html>';
    const page = await ext.openMeeting(url, { 'https://teams.microsoft.com/': shell });
    const seen = watch(page);
    await page.addScriptTag({ content: fixture('teams/scenario.js') });
    const run = runner(page, 'teamsScenario');
    const teacher = { name: 'Nguyễn Thị Lan', mri: '8:orgid:3f2a6c1e-0b7d-4c55-9a10-5d8e2f4b7a01', organizer: true };
    await run('mount', {
      lang: 'vi',
      title: 'Lớp 9A2 - Ngữ văn',
      self: { ...teacher, signedIn: true },
      people: [{ ...teacher, kind: 'member' }],
      panel: 'roster',
      stageSize: 4,
    });
    const log = await MeetingLog.open(ext, code);
    await log.waitFor((ev) => ev.some((e) => e.type === 'participant.joined'), 'the class starts');

    const mris = names.map((_, i) => `8:orgid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    // The list keeps 60 rows in the page (a header and the teacher above the first join).
    for (let i = 0; i < names.length; i += 50) {
      for (const [k, n] of names.slice(i, i + 50).entries()) await run('join', n.text, mris[i + k]);
      await run('scrollRoster', Math.max(0, i + 50 + 2 - 60));
      await nextFlush(page);
    }
    await expectLogged(log, (ev) => joinsOf(ev).map((p) => p.id), mris, 'Teams joins');

    await run('openChat');
    // The chat list keeps its newest 50 messages in the page.
    const posted: string[] = [];
    for (let i = 0; i < messages.length; i += 45) {
      for (const [k, m] of messages.slice(i, i + 45).entries())
        posted.push((await run('post', `Khách ${(i + k) % 7}`, m.text)) as string);
      await nextFlush(page);
    }
    await expectLogged(log, (ev) => messagesOf(ev).map((m) => m.id), posted, 'Teams messages');
    await expectClean(log, page, seen);
  });
});
