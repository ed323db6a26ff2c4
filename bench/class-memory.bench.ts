/**
 * What a meeting tab holds after a whole class: a 45-minute Meet class compressed into a minute or
 * two — 40 people arriving, some leaving and coming back, renames, 2,000 chat messages — with the
 * content script's clock moved on a minute a step, so its timers and windows (leave confirmation,
 * raid window, chat history) age as in a real lesson. The same page is driven alike, at the same
 * time, in a window where the extension does not run (an off-the-record context, same URL): the
 * baseline. Each page's JavaScript heap is read after a full collection (CDP
 * HeapProfiler.collectGarbage, then Runtime.getHeapUsage); our isolated world's heap is part of the
 * page's, so the difference is what the extension keeps in the tab after the class.
 */
import type { Page } from 'puppeteer-core';
import { advanceContentClock } from '../test/e2e/class-helpers';
import { launchExtension, until, type ExtensionBrowser } from '../test/e2e/extension';
import { fixture } from '../test/support/browser';
import { figure, type Figure } from './figures';

const MINUTES = 45;
const MESSAGES = 2_000;
const PEOPLE = 40;
const CODE = 'cgb-memo-ryy';
const URL_ = `https://meet.google.com/${CODE}`;

type Step = { joins: [string, string][]; leaves: string[]; renames: [string, string][]; posts: [string, string][] };

/** Minute by minute: who arrives, leaves (and comes back five minutes later), renames, and what is said. */
function lesson(): Step[] {
  const name = (i: number) => `Học sinh ${String(i + 1).padStart(2, '0')}`;
  const perMinute = Math.ceil(MESSAGES / MINUTES);
  let said = 0;
  return Array.from({ length: MINUTES }, (_, m): Step => {
    const joins: [string, string][] = [];
    if (m < PEOPLE / 4) for (let k = 0; k < 4; k++) joins.push([name(m * 4 + k), String(600 + m * 4 + k)]);
    const leaves = m >= 12 && m < PEOPLE && m % 5 === 2 ? [String(600 + m)] : [];
    if (m >= 17 && m % 5 === 2) joins.push([name(m - 5), String(600 + m - 5)]);
    const renamed = (m * 7) % 10; // among the first ten, who never leave
    const renames: [string, string][] = m % 9 === 4 ? [[String(600 + renamed), `${name(renamed)} (lớp 10A1)`]] : [];
    const posts: [string, string][] = [];
    for (let k = 0; k < perMinute && said < MESSAGES; k++, said++)
      posts.push([name(said % PEOPLE), `Câu ${said + 1}: em làm xong rồi ạ, cô xem giúp em với`]);
    return { joins, leaves, renames, posts };
  });
}

async function open(ext: ExtensionBrowser, withoutExtension: boolean): Promise<Page> {
  const page = await ext.openMeeting(
    URL_,
    { [URL_]: fixture('meet/in-call-people.en.html') },
    { newWindow: true, withoutExtension },
  );
  await page.addScriptTag({ content: fixture('meet/scenario.js') });
  await page.evaluate(() => {
    const s = (window as unknown as { meetScenario: { openChat(): void; openPeople(): void } }).meetScenario;
    s.openChat();
    s.openPeople();
  });
  return page;
}

async function play(page: Page, step: Step): Promise<void> {
  await page.evaluate((step: Step) => {
    type S = Record<'join' | 'leave' | 'rename' | 'post', (...a: string[]) => unknown>;
    const s = (window as unknown as { meetScenario: S }).meetScenario;
    for (const [n, id] of step.joins) s.join(n, id);
    for (const id of step.leaves) s.leave(id);
    for (const [id, n] of step.renames) s.rename(id, n);
    step.posts.forEach(([from, text], i) => setTimeout(() => s.post(from, text), i * 10));
  }, step);
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

export default async function classMemory(): Promise<Figure[]> {
  const ext = await launchExtension();
  try {
    await ext.sessions(); // the log reader's tab, before the meeting windows
    const withExt = await open(ext, false);
    const without = await open(ext, true);
    const session = await until(async () => (await ext.sessions()).find((s) => s.meeting.code === CODE), 'a session');
    const start = { with: await heapAfterGc(withExt), without: await heapAfterGc(without) };
    for (const step of lesson()) {
      await Promise.all([play(withExt, step), play(without, step)]);
      await new Promise((r) => setTimeout(r, 500 + step.posts.length * 10));
      await advanceContentClock(ext, withExt, 60_000);
    }
    // Everything observed is in the log before the heaps are read.
    await until(
      async () => (await ext.events(session.id)).filter((e) => e.type === 'chat.message').length >= MESSAGES,
      'the whole chat in the log',
      120_000,
    );
    await until(
      () => ext.inContentScript<boolean>(withExt, 'globalThis.__classGuardContent.stats().pending === 0'),
      'an empty outbox',
    );
    const end = { with: await heapAfterGc(withExt), without: await heapAfterGc(without) };
    const events = (await ext.events(session.id)).length;
    console.log(
      `JS heap after a full collection, with / without the extension: at the start ${start.with.toFixed(2)} / ${start.without.toFixed(2)} MB, ` +
        `after the ${MINUTES}-minute class (${events} events logged) ${end.with.toFixed(2)} / ${end.without.toFixed(2)} MB: ` +
        `the extension holds ${(end.with - end.without).toFixed(2)} MB in the tab (${(end.with - end.without - (start.with - start.without)).toFixed(2)} MB more than at the start)`,
    );
    return [
      figure(`meeting tab JS heap after a ${MINUTES}-minute class`, end.with, 'MB', null, end.without, 2),
      figure(
        'of which the extension, after the class',
        end.with - end.without,
        'MB',
        null,
        start.with - start.without,
        2,
      ),
    ];
  } finally {
    await ext.close();
  }
}
