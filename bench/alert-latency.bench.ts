/**
 * Alert latency on each client, in the built extension in real Chromium: a stranger (not on the
 * class's roster) joins in the fixture's DOM, and the time until (1) the panel's entry for them is
 * rendered in the page (the frame that first holds it in the panel's shadow root) and (2) the worker's
 * system notification for the class exists (polled every 5 ms from an extension page; times are read
 * on the machine's clock in both). Each round clears the notification first and comes at least the
 * notices' gap after the last one, so every round creates it anew.
 *
 * The floor, in the same run: the lightest message from the content script's world to the worker
 * and its reply (settings.get), plus one event appended from an extension page (message, hash, one IndexedDB transaction,
 * the reply after the commit), paired round by round — what any alert that reaches the worker pays
 * at least. The panel path needs no worker at all; the
 * notification path adds the outbox's write (at once for an alert-tier finding, docs/events.md)
 * and the storage event that delivers it. Both paths wait for the page's next frame (the content
 * script reads the page once a frame), up to 16.7 ms at 60 Hz, which the floor does not: "≤ 2× the
 * floor" at p95 (~16 ms) is below what a frame-aligned reader can reach.
 */
import type { Page } from 'puppeteer-core';
import { NOTIFY_GAP_MS } from '../src/background/notices';
import type { Platform } from '../src/common/model';
import { launchExtension, until, type ExtensionBrowser } from '../test/e2e/extension';
import { runner, type Run } from '../test/e2e/class-helpers';
import { probePanel } from '../test/e2e/panel-helpers';
import { fixture, teamsScenarioPage } from '../test/support/browser';
import { figure, type Figure } from './figures';

const ROUNDS = Number(process.env.CG_BENCH_ALERT_ROUNDS) || 20;
/** Comma-separated platforms to measure (diagnosis); all three by default. */
const ONLY = (process.env.CG_BENCH_ALERT_CLIENTS ?? '').split(',').filter(Boolean);
const FLOOR_ROUNDS = 200;
const TEACHER = 'Nguyễn Thị Lan';
const ROSTER = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];
const TEAMS_TEACHER = '8:orgid:3f2a6c1e-0b7d-4c55-9a10-5d8e2f4b7a01';

interface Client {
  platform: Platform;
  code: string;
  open(ext: ExtensionBrowser): Promise<{ page: Page; run: Run }>;
  join(run: Run, name: string, i: number): Promise<unknown>;
  /**
   * After the round: Zoom renders only the rows in view, so a stranger joining a full list is seen
   * by the counter alone (and told 4 s later, as unnamed); each round's stranger leaves again.
   */
  leave?(run: Run, name: string): Promise<unknown>;
}

const CLIENTS: Client[] = [
  {
    platform: 'meet',
    code: 'cgb-late-ncy',
    async open(ext) {
      const url = `https://meet.google.com/${this.code}`;
      const page = await ext.openMeeting(url, { [url]: fixture('meet/in-call-people.en.html') }, { newWindow: true });
      await page.addScriptTag({ content: fixture('meet/scenario.js') });
      return { page, run: runner(page, 'meetScenario') };
    },
    join: (run, name, i) => run('join', name, String(500 + i)),
  },
  {
    platform: 'zoom',
    code: '81000000977',
    async open(ext) {
      const url = `https://app.zoom.us/wc/${this.code}/join`;
      const page = await ext.openMeeting(url, { [url]: fixture('zoom/class.en.html') }, { newWindow: true });
      await page.addScriptTag({ content: fixture('zoom/scenario.js') });
      return { page, run: runner(page, 'zoomScenario') };
    },
    join: (run, name, i) => run('join', name, 16_900_000 + 1024 * i),
    leave: (run, name) => run('leave', name),
  },
  {
    platform: 'teams',
    code: '19:meeting_TGF0ZW5jeQ@thread.v2',
    async open(ext) {
      const url = `https://teams.microsoft.com/v2/#/l/meetup-join/${encodeURIComponent(this.code)}/0`;
      const state = {
        lang: 'en',
        title: 'Lớp 9A2',
        self: { name: TEACHER, mri: TEAMS_TEACHER, organizer: true, signedIn: true },
        people: [{ name: TEACHER, mri: TEAMS_TEACHER, organizer: true, kind: 'member' }],
        panel: 'roster',
        stageSize: 4,
      };
      const html = teamsScenarioPage(state);
      const page = await ext.openMeeting(url, { 'https://teams.microsoft.com/': html }, { newWindow: true });
      return { page, run: runner(page, 'teamsScenario') };
    },
    join: (run, name, i) => run('join', name, `8:orgid:7b1c2e3f-4b6d-4e8f-9a0b-${String(500 + i).padStart(12, '0')}`),
  },
];

/**
 * Resolves (on the machine's clock, ms) once an entry naming `name` is in the panel and a frame has
 * been rendered with it. The probe keeps its own frame callback, first in each frame's list, and a
 * task posted from it, which runs once that frame is rendered: an entry added while a frame's
 * callbacks run (the content script flushes in one) is in that frame, one added between frames is
 * in the next. Waiting for "the next frame callback" from the mutation instead would count one frame
 * more whenever the entry was added inside a frame.
 */
const PAINTED = `function (name) {
  const root = this;
  return new Promise((resolve) => {
    let frame = 0;
    let inFrame = false;
    let target = -1;
    let stopped = false;
    const after = new MessageChannel();
    after.port1.onmessage = (e) => {
      inFrame = false;
      if (target >= 0 && e.data >= target) finish(performance.timeOrigin + performance.now());
    };
    const loop = () => {
      if (stopped) return;
      frame++;
      inFrame = true;
      after.port2.postMessage(frame);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    const finish = (t) => { stopped = true; mo.disconnect(); after.port1.close(); resolve(t); };
    const seen = () => [...root.querySelectorAll('.entry .who')].some((w) => w.textContent.includes(name));
    const mark = () => { if (target < 0) target = inFrame ? frame : frame + 1; };
    const mo = new MutationObserver(() => { if (seen()) mark(); });
    mo.observe(root, { subtree: true, childList: true, characterData: true });
    if (seen()) mark();
    setTimeout(() => finish(-1), 15000);
  });
}`;

const quantile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};

/** An extension page in a window of its own: a tab in the meeting's window would hide the meeting, which then paints no frames. */
async function windowOf(ext: ExtensionBrowser, rel: string): Promise<Page> {
  const url = `chrome-extension://${ext.extensionId}/${rel}`;
  const cdp = await ext.browser.target().createCDPSession();
  await cdp.send('Target.createTarget', { url, newWindow: true });
  await cdp.detach();
  const page = await (await ext.browser.waitForTarget((t) => t.url() === url)).page();
  if (!page) throw new Error('no page in the new window');
  return page;
}

interface Measured {
  panel: number[];
  notification: number[];
  floor: number[];
}

async function measureClient(ext: ExtensionBrowser, c: Client): Promise<Measured> {
  const { page, run } = await c.open(ext);
  const session = await until(async () => (await ext.sessions()).find((s) => s.meeting.code === c.code), 'a session');
  const notificationId = `cg-session:${session.id}`;
  const probe = await probePanel(page);
  await probe.until(`function () { return this.querySelector('.panel .summary'); }`, 'the panel');
  const watcher = await windowOf(ext, 'src/ui/popup/index.html#notifications');
  const out: Measured = { panel: [], notification: [], floor: [] };
  // Round 0 is a warm-up, left out: the worker's first wake, and alerts the fixture's own people still had queued.
  for (let i = 0; i <= ROUNDS; i++) {
    // Whatever the class showed before (the fixture's own strangers) is past the notices' gap.
    await new Promise((r) => setTimeout(r, NOTIFY_GAP_MS + 500));
    await watcher.evaluate((id) => chrome.notifications.clear(id), notificationId);
    const name = `Người Lạ ${i + 1}`;
    const notified = watcher.evaluate(async (id) => {
      const end = Date.now() + 15_000;
      while (Date.now() < end) {
        if ((await chrome.notifications.getAll())[id]) return performance.timeOrigin + performance.now();
        await new Promise((r) => setTimeout(r, 5));
      }
      return -1;
    }, notificationId);
    const painted = probe.eval<number>(PAINTED, name);
    await new Promise((r) => setTimeout(r, 100));
    const t0 = await page.evaluate(() => performance.timeOrigin + performance.now());
    await c.join(run, name, i);
    const [p, n] = await Promise.all([painted, notified]);
    await c.leave?.(run, name);
    if (i > 0 && p > 0) out.panel.push(p - t0);
    if (i > 0 && n > 0) out.notification.push(n - t0);
    console.log(
      `  ${c.platform} round ${i + 1}: panel ${p > 0 ? (p - t0).toFixed(0) : '—'} ms, notification ${n > 0 ? (n - t0).toFixed(0) : '—'} ms`,
    );
  }
  // The floor: the lightest message the content script's world may send the worker (settings.get)
  // and its reply (it may not store events by message), plus one event appended from an extension page (message, hash, one
  // IndexedDB transaction), paired round by round.
  const bare = await ext.inContentScript<number[]>(
    page,
    `(async () => {
      const lat = [];
      for (let i = 0; i < ${FLOOR_ROUNDS}; i++) {
        const t0 = performance.now();
        const r = await chrome.runtime.sendMessage({ type: 'settings.get', payload: {} });
        if (!r.ok) throw new Error(r.error);
        lat.push(performance.now() - t0);
      }
      return lat;
    })()`,
  );
  const write = await watcher.evaluate(
    async (sessionId, rounds) => {
      const lat: number[] = [];
      const findingId = crypto.randomUUID();
      for (let i = 0; i < rounds; i++) {
        const event = {
          id: crypto.randomUUID(),
          type: 'teacher.action',
          time: new Date().toISOString().replace('Z', '+00:00'),
          payload: { action: 'note', findingId, findingIds: [findingId], note: `bench ${i}` },
        };
        const t0 = performance.now();
        const r = (await chrome.runtime.sendMessage({
          type: 'events.append',
          payload: { sessionId, events: [event] },
        })) as {
          ok: boolean;
          error?: string;
        };
        if (!r.ok) throw new Error(r.error);
        lat.push(performance.now() - t0);
      }
      return lat;
    },
    session.id,
    FLOOR_ROUNDS,
  );
  out.floor = bare.map((b, i) => b + write[i]!);
  await watcher.close();
  await page.close();
  return out;
}

export default async function alertLatency(): Promise<Figure[]> {
  const ext = await launchExtension();
  try {
    await ext.setSettings({
      classes: CLIENTS.map((c) => ({
        id: `latency-${c.platform}`,
        name: 'Lớp 10A1',
        meetings: [c.code],
        teachers: [TEACHER],
        roster: ROSTER.map((name) => ({ name })),
      })),
    });
    const figures: Figure[] = [];
    for (const c of CLIENTS.filter((x) => ONLY.length === 0 || ONLY.includes(x.platform))) {
      const m = await measureClient(ext, c);
      const [f50, f95] = [quantile(m.floor, 0.5), quantile(m.floor, 0.95)];
      const line = (what: string, xs: number[]) =>
        `${what} p50 ${quantile(xs, 0.5).toFixed(0)} ms, p95 ${quantile(xs, 0.95).toFixed(0)} ms (${xs.length} rounds)`;
      console.log(
        `${c.platform}: ${line('panel entry painted', m.panel)}; ${line('notification created', m.notification)}; ` +
          `floor (settings.get from the content script, then one event appended) p50 ${f50.toFixed(1)} ms, p95 ${f95.toFixed(1)} ms`,
      );
      figures.push(
        figure(`${c.platform}: stranger joins → panel entry painted, p50`, quantile(m.panel, 0.5), 'ms', null, f50, 0),
        figure(`${c.platform}: → panel entry painted, p95`, quantile(m.panel, 0.95), 'ms', null, f95, 0),
        figure(`${c.platform}: → notification created, p50`, quantile(m.notification, 0.5), 'ms', null, f50, 0),
        figure(`${c.platform}: → notification created, p95`, quantile(m.notification, 0.95), 'ms', null, f95, 0),
      );
    }
    return figures;
  } finally {
    await ext.close();
  }
}
