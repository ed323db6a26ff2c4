/**
 * What the content script costs a busy meeting page (issue 3, target ≤ 1.03): the same Meet class
 * page — 1,000 people in the People panel, 20 chat messages a second, speaking indicators flipping
 * at 60 Hz — once at the real client URL (the extension's content script runs) and once at a
 * look-alike host (it does not), in the same browser, alternating. Main-thread time is the
 * renderer's TaskDuration (CDP Performance metrics) over the same wall-clock window.
 */
import type { Page } from 'puppeteer-core';
import { launchExtension, until } from '../test/e2e/extension';
import { fixture } from '../test/support/browser';

const PEOPLE = 1000;
const WINDOW_MS = 10_000;
const ROUNDS = 4;

async function busyPage(page: Page): Promise<void> {
  await page.addScriptTag({ content: fixture('meet/scenario.js') });
  await page.evaluate((people) => {
    const s = (window as unknown as { meetScenario: { join(n: string, id: string): void; post(a: string, b: string): void; openChat(): void; openPeople(): void } }).meetScenario;
    for (let i = 0; i < people - 7; i++) s.join(`Học sinh ${i}`, String(1000 + i));
    s.openChat();
    s.openPeople();
    let n = 0;
    setInterval(() => s.post(`Học sinh ${n % 40}`, `câu trả lời số ${n++} của em ạ`), 50);
    const indicators = Array.from(document.querySelectorAll('[jsname="QgSmzd"], .cxdMu'));
    let f = 0;
    const churn = () => {
      f++;
      for (let i = f % 5; i < indicators.length; i += 25) indicators[i]!.classList.toggle('speaking');
      requestAnimationFrame(churn);
    };
    requestAnimationFrame(churn);
  }, PEOPLE);
}

async function measure(page: Page, ownMs: () => Promise<number>): Promise<{ task: number; own: number }> {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  await new Promise((r) => setTimeout(r, 2_000)); // settle: first snapshot, session open
  const [t0, o0] = [await task(), await ownMs()];
  await new Promise((r) => setTimeout(r, WINDOW_MS));
  const [t1, o1] = [await task(), await ownMs()];
  await cdp.detach();
  return { task: (t1 - t0) * 1000, own: o1 - o0 }; // ms
}

export default async function contentOverhead(): Promise<void> {
  const ext = await launchExtension();
  try {
    const html = fixture('meet/in-call-people.en.html');
    const results: { with: number; without: number; own: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const r = { with: 0, without: 0, own: 0 };
      // Alternate which page goes first, so drift on a shared machine does not favour one side.
      for (const which of round % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const)) {
        const url = which === 'with' ? `https://meet.google.com/ben-chma-rk${"abcdefgh"[round]}` : `https://meet.google.com.bench.test/ben-chma-rk${"abcdefgh"[round]}`;
        const page = await ext.openMeeting(url, { [new URL(url).origin + '/']: html });
        await page.bringToFront();
        await busyPage(page);
        if (which === 'with' && ext.contentFrames(page).length === 0) throw new Error('the content script did not run on the real URL');
        if (which === 'without' && ext.contentFrames(page).length > 0) throw new Error('the content script ran on the look-alike');
        if (which === 'with') {
          await until(() => ext.inContentScript<boolean>(page, 'Boolean(globalThis.__classGuardContent)'), 'the content script to start', 30_000);
          // Steady state: 1,000 people joining at once is a burst of ~3,000 events; measure after the outbox drained it.
          await until(() => ext.inContentScript<boolean>(page, 'globalThis.__classGuardContent.stats().pending < 20'), 'the outbox to drain', 60_000);
        }
        const own = () =>
          which === 'with' ? ext.inContentScript<number>(page, 'globalThis.__classGuardContent.stats().busyMs') : Promise.resolve(0);
        const m = await measure(page, own);
        r[which] = m.task;
        if (which === 'with') r.own = m.own;
        await page.close();
      }
      results.push(r);
      console.log(
        `round ${round + 1}: page main thread ${r.with.toFixed(0)} ms with the extension, ${r.without.toFixed(0)} ms without (A/B ratio ${(r.with / r.without).toFixed(3)}); ` +
          `content script's own flushes ${r.own.toFixed(1)} ms over ${WINDOW_MS / 1000} s`,
      );
    }
    const w = results.reduce((a, r) => a + r.with, 0);
    const wo = results.reduce((a, r) => a + r.without, 0);
    const own = results.reduce((a, r) => a + r.own, 0);
    console.log(`busy Meet page (${PEOPLE} people, 20 msg/s, 60 Hz churn), ${ROUNDS} rounds of ${WINDOW_MS / 1000} s:`);
    console.log(`  content script time / page time: ${(1 + own / (w - own)).toFixed(3)} (own flush time ${own.toFixed(0)} ms of ${w.toFixed(0)} ms; target ≤ 1.03)`);
    console.log(`  own flush time per second of class: ${(own / (ROUNDS * WINDOW_MS / 1000)).toFixed(1)} ms/s`);
    console.log(`  A/B main-thread ratio with/without the extension: ${(w / wo).toFixed(3)} (includes observer delivery and messaging; noisy on a shared machine)`);
  } finally {
    await ext.close();
  }
}
