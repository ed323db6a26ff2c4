/**
 * What the content script costs a busy meeting page (issue 3, target ≤ 1.03): the same Meet class
 * page — 1,000 people in the People panel (every row badged "On roster": learning mode), 20 chat
 * messages a second, speaking indicators flipping at 60 Hz — once at the real client URL (the
 * extension's content script runs) and once at a look-alike host (it does not), in the same browser,
 * at the same time.
 *
 * Reported:
 * (a) the A/B ratio: the renderer main thread's CPU time (CDP Performance metric ThreadTime) with
 *     the extension over without, both pages open at once in windows of their own (both render every
 *     frame) and measured over the same wall-clock window, so the machine's load falls on both; per
 *     animation frame rendered, as the page's own work is per frame. CPU time, not TaskDuration (wall
 *     time in tasks, which grows whenever the thread is descheduled); TaskDuration and its script
 *     part are shown too. On a 2-core machine shared with other jobs a 10 s round still varies by
 *     ±10 %, so this resolves a few percent only over many rounds: read it with (c);
 * (b) the content script's flushes, from its own stats: ms/s, flushes/s and the split by stage;
 * (c) all our JavaScript on the page's main thread — flushes, outbox messaging, badges, observer and
 *     message callbacks — as a share of the thread's busy time in a sampling CPU profile of the page
 *     (taken in a separate window: profiling slows the page, so never during (a)); both sides of the
 *     share are sampled alike, so the profiler's own slowdown largely cancels out (it slows
 *     JavaScript more than rendering, so the share errs high). Also by part and function;
 * (d) garbage collection on each page's main thread, in profiles of both pages taken at once. Our
 *     isolated world shares the page's heaps: our code, data and DOM wrappers make each of the
 *     page's major collections longer, which no profile of our functions shows. The fixture page's own heap is small (~1.3 MB of JavaScript), so there our
 *     few MB weigh more than beside a real client's app.
 *
 * (e) the content script's cost within each renderer: after (a)'s window and the profiles, the
 *     content script is stopped and both pages are measured again; the round's (a) ratio over this
 *     one. Two renderers of the same page differ by up to ±10 % on their own (the core they run on,
 *     their own code's optimization), steadily within a round, and that difference is most of (a)'s
 *     round-to-round spread; (e) cancels it. It leaves out what the stopped script still costs the
 *     page: its kept heap (~2.4 MB beside the fixture page's ~1.1 MB) in every collection, and
 *     whatever else stays. The stopped windows' own ratio, printed with (e), is that plus the
 *     renderers' difference: over many rounds it reads the residual (two 24-round runs: 1.025, 1.015;
 *     1.005 and 1.019 after each tab held one adapter's code, in ASCII, and stop() disconnected the
 *     adapter's observers);
 * (f) the stopped script's data: its instance is then let go of (the handle deleted; nothing else held
 *     it) and the pair measured a third time; stopped over released is what the kept people, names,
 *     chat and caches cost the page's collections. The JavaScript heaps after a full collection are
 *     shown for each window: of the ~2.4 MB we add to the busy page, the instance's data is ~0.7 MB;
 *     the rest is our compiled code, module tables and the isolated world's own built-ins, which any
 *     content script brings. Stopped over released read 1.000 and 0.997 in two 24-round runs: the
 *     residual is not the instance's data; released over without stayed at 1.015–1.020.
 *
 * Reading it: a 10 s round varies by several per cent on a 2-core machine shared with the browser's
 * other processes and the worker, whichever page carries the extension (CG_BENCH_CONTROL=1 runs the
 * harness with no extension on either side to show it), so (a) resolves a few percent only over many
 * rounds: read its interval, with (b) to (d). Three 24-round runs of one build read (a) 1.026,
 * 1.023 and 1.008 (the last with CG_BENCH_SAME_URL=1), (e) 1.029, 1.019 and 1.010; earlier runs of
 * a build whose flushes cost ~12 % more read 1.023 to 1.048 on other days: the machine's load moves
 * (a) by about as much as the code did. Each window starts with a full collection on both pages:
 * a page's major collections (every ~9 s, 10–40 ms with Oilpan's compaction) otherwise fell into a
 * window on one side and not the other, and that alone moved a round by several per cent. Traces of
 * both pages show the same frame work with and without the extension; the difference is our
 * JavaScript, the longer collections and what we ask of the browser. Flushes are held
 * to the watcher's budget (0.05 % of wall time, at least one a second), chat is classified in the
 * worker and read incrementally, a batch of events costs one extension call (a storage write, which
 * is the delivery), and no content script listens to storage changes (every tab would be handed
 * every other tab's batches).
 */
import type { CDPSession, Page, Protocol } from 'puppeteer-core';
import { launchExtension, until, type ExtensionBrowser } from '../test/e2e/extension';
import { MEET, PEOPLE, type BusyClient } from './busy-clients';
import { figure, type Figure } from './figures';

const WINDOW_MS = 10_000;
const PROFILE_MS = 8_000;
/** The profiles' sampling interval, and the most one sample may count for (see profile). */
const SAMPLE_US = 100;
const SAMPLE_CAP_US = 10 * SAMPLE_US;
/** From the full collection that starts a round to its window: our code compiled again (see measure). */
const SETTLE_MS = 10_000;
/** Rounds of the A/B (each ~60 s); CG_BENCH_ROUNDS overrides, as more rounds narrow the noise. */
const ROUNDS = Number(process.env.CG_BENCH_ROUNDS) || 6;
/**
 * CG_BENCH_CONTROL=1: an A/A run, the extension's window at a look-alike host too (no content script on
 * either side), to show what the harness alone reads: a ratio around 1 and its round-to-round spread.
 */
const CONTROL = process.env.CG_BENCH_CONTROL === '1';
/**
 * CG_BENCH_SAME_URL=1: the page without the extension at the same real URL, in an off-the-record
 * browser context where the extension does not run, instead of at a look-alike host: the two pages
 * then differ in nothing but the extension (its host's site and process included). Its first 24-round
 * run read as the look-alike's do ((a) 1.035, (e) 1.024, stopped 1.012, released 1.015): the residual
 * is not the hosts' difference.
 */
const SAME_URL = process.env.CG_BENCH_SAME_URL === '1' && !CONTROL;
/**
 * CG_BENCH_E_CONTROL=1: (e)'s later window with the content script still running, so (e) reads what
 * the later window alone changes. Two 2-round runs on a loaded machine read 1.088 and 1.161, as high
 * as (e) with the script stopped (1.16): on this build the (a) window costs more than a later one
 * whether or not the script runs in the later one, so (e) does not isolate the script's cost.
 */
const E_CONTROL = process.env.CG_BENCH_E_CONTROL === '1';
const METRICS = ['ThreadTime', 'TaskDuration', 'ScriptDuration', 'Frames'] as const;
type Metric = (typeof METRICS)[number];
type Costs = Record<Metric, number>;
/** Parts of our own JavaScript, by the outermost of these functions on the stack (else "other"). */
const PARTS: Record<string, string> = {
  run: 'flushes',
  flush: 'flushes',
  step: 'flushes',
  drain: 'outbox',
  write: 'outbox',
  persistNow: 'outbox',
  position: 'badges',
  'afterFrame.port1.onmessage': 'badges',
  onScroll: 'badges',
};

async function costs(cdp: CDPSession): Promise<Costs> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const out = {} as Costs;
  for (const m of METRICS) out[m] = (metrics.find((x) => x.name === m)?.value ?? 0) * 1000; // ms
  // Animation frames the page ran (its churn counts them): the page's own work is per frame.
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: 'globalThis.benchFrames ?? 0',
    returnByValue: true,
  });
  out.Frames = Number(result.value);
  return out;
}

type Own = Record<string, number>;

/** Both pages over the same wall-clock window, so that the machine's load falls on both alike. */
async function measure(
  pages: Record<'with' | 'without', Page>,
  ownStats: () => Promise<Own>,
): Promise<{ costs: Record<'with' | 'without', Costs>; own: Own; heap: Record<'with' | 'without', number> }> {
  const sides = ['with', 'without'] as const;
  const cdps = await Promise.all(sides.map((k) => pages[k].createCDPSession()));
  await Promise.all(cdps.map((c) => c.send('Performance.enable')));
  // A full collection on both pages first, so that each window starts from a clean heap: a page's
  // major collections come every ~9 s and take 10–40 ms (Oilpan compaction included), so a 10 s
  // window holding one more of them on one side moved that round by several per cent. A forced
  // collection also throws away compiled code, which our flushes then compile again for a few
  // seconds (their cost doubled for ~8 s after it): the window starts once that is over.
  await Promise.all(cdps.map((c) => c.send('HeapProfiler.collectGarbage')));
  // What the page's JavaScript heap holds once collected (the isolated world's share is in it), MB.
  const used = await Promise.all(cdps.map(async (c) => (await c.send('Runtime.getHeapUsage')).usedSize / 2 ** 20));
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const [c0, o0] = [await Promise.all(cdps.map(costs)), await ownStats()];
  await new Promise((r) => setTimeout(r, WINDOW_MS));
  const [c1, o1] = [await Promise.all(cdps.map(costs)), await ownStats()];
  await Promise.all(cdps.map((c) => c.detach()));
  const out = {} as Record<'with' | 'without', Costs>;
  sides.forEach((k, i) => {
    out[k] = {} as Costs;
    for (const m of METRICS) out[k][m] = c1[i]![m] - c0[i]![m];
  });
  const own: Own = {};
  for (const k of Object.keys(o1)) own[k] = (o1[k] ?? 0) - (o0[k] ?? 0);
  return { costs: out, own, heap: { with: used[0]!, without: used[1]! } };
}

interface Profiled {
  /** Our JavaScript by part and by function (self time, natives it called included), ms. */
  parts: Record<string, number>;
  functions: Record<string, number>;
  /** All the main thread's non-idle time, ours included, ms. */
  busy: number;
  /** The part of `busy` spent collecting garbage (V8 and Oilpan, the page's and ours alike), ms. */
  gc: number;
}

/** The page's main thread over PROFILE_MS, from a sampling CPU profile: our JavaScript by part and function, and garbage collection. */
async function profile(page: Page, extensionId: string): Promise<Profiled> {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await cdp.send('Profiler.start');
  await new Promise((r) => setTimeout(r, PROFILE_MS));
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const self = new Map<number, number>();
  // A sample stands for the time since the last one, which is ~100 µs unless the thread was off the
  // CPU meanwhile (a 2-core machine, two renderers): a single sample of ours then counted for ms,
  // and a round's share of our code swung by 2× with where such gaps fell. Capped at 10 intervals.
  profile.samples?.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + Math.min(profile.timeDeltas?.[i] ?? 0, SAMPLE_CAP_US) / 1000),
  );
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parts: Record<string, number> = {};
  const functions: Record<string, number> = {};
  const ours = `chrome-extension://${extensionId}/`;
  // Walk down from the root; a node's time is ours if an ancestor-or-self is our code (native calls
  // included), and belongs to the outermost named part on its stack (timer and promise callbacks are anonymous).
  const walk = (node: Protocol.Profiler.ProfileNode, inOurs: boolean, part: string | null): void => {
    const mine = inOurs || node.callFrame.url.startsWith(ours);
    const p = part ?? (mine ? (PARTS[node.callFrame.functionName] ?? null) : null);
    if (mine) {
      const t = self.get(node.id) ?? 0;
      parts[p ?? 'other'] = (parts[p ?? 'other'] ?? 0) + t;
      const fn = `${node.callFrame.functionName || '(anonymous)'}${node.callFrame.url ? '' : ' [native]'}`;
      functions[fn] = (functions[fn] ?? 0) + t;
    }
    for (const c of node.children ?? []) walk(byId.get(c)!, mine, p);
  };
  walk(profile.nodes[0]!, false, null);
  // Everything the main thread did while sampled, ours included: all samples but idle ones.
  let busy = 0;
  let gc = 0;
  for (const [id, t] of self) {
    const name = byId.get(id)?.callFrame.functionName;
    if (name !== '(idle)') busy += t;
    if (name === '(garbage collector)') gc += t;
  }
  return { parts, functions, busy, gc };
}

interface Round {
  /** Which round (even: the extension's window opened first). */
  index: number;
  with: Costs;
  without: Costs;
  /** The content script's flush time (its own stats), ms. */
  own: number;
  /** Its stats over the window: flushes, and ms by stage (snapshotMs, trackMs, recordMs, overlayMs). */
  stages: Own;
  /** Our JavaScript by part over PROFILE_MS, ms. */
  parts: Record<string, number>;
  /** Our JavaScript by function (self time, natives it called included) over PROFILE_MS, ms. */
  functions: Record<string, number>;
  /** All the main thread's non-idle time in the profile, ours included, ms. */
  busy: number;
  /** Garbage collection in the profiles of both pages (taken at the same time), ms. */
  gc: Record<'with' | 'without', number>;
  /** The other page's non-idle time in its profile, ms. */
  busyWithout: number;
  /** (e) The same two pages over a later window, the content script stopped (null: not measured). */
  stopped: Record<'with' | 'without', Costs> | null;
  /** (f) Again, the stopped script's instance let go of (its data collected; its code stays loaded). */
  released: Record<'with' | 'without', Costs> | null;
  /** The pages' JavaScript heaps after a full collection, MB, at the start of each window. */
  heap: Partial<Record<'running' | 'stopped' | 'released', Record<'with' | 'without', number>>>;
}

async function round(ext: ExtensionBrowser, i: number, client: BusyClient): Promise<Round> {
  const r: Round = {
    index: i,
    with: {} as Costs,
    without: {} as Costs,
    own: 0,
    stages: {},
    parts: {},
    functions: {},
    busy: 0,
    gc: { with: 0, without: 0 },
    busyWithout: 0,
    stopped: null,
    released: null,
    heap: {},
  };
  const pages = {} as Record<'with' | 'without', Page>;
  // Each in a window of its own: both render every frame, side by side. Alternate which opens first.
  for (const which of i % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const)) {
    const url = client.url(
      i,
      (which === 'with' && !CONTROL) || (which === 'without' && SAME_URL)
        ? null
        : which === 'with'
          ? 'control'
          : 'bench',
    );
    const page = await ext.openMeeting(url, client.routes(url), {
      newWindow: true,
      withoutExtension: which === 'without' && SAME_URL,
    });
    await client.fill(page);
    if (which === 'with' && !CONTROL && ext.contentFrames(page).length === 0)
      throw new Error('the content script did not run on the real URL');
    if ((which === 'without' || CONTROL) && ext.contentFrames(page).length > 0)
      throw new Error('the content script ran on the look-alike');
    if (which === 'with' && !CONTROL) {
      await until(
        () => ext.inContentScript<boolean>(page, 'Boolean(globalThis.__classGuardContent)'),
        'the content script to start',
        30_000,
      );
      // Steady state: 1,000 people joining at once is a burst of ~3,000 events; measure after the page
      // wrote them and the worker stored them (no outbox chunk left).
      await until(
        () => ext.inContentScript<boolean>(page, 'globalThis.__classGuardContent.stats().pending === 0'),
        'the outbox written',
        60_000,
      );
      await until(async () => (await ext.outboxChunks()).length === 0, 'the worker to store the joins', 120_000);
    }
    pages[which] = page;
  }
  await Promise.all([client.start(pages.with), client.start(pages.without)]);
  const m = await measure(pages, async () =>
    CONTROL ? {} : ext.inContentScript<Own>(pages.with, 'globalThis.__classGuardContent.stats()'),
  );
  r.with = m.costs.with;
  r.without = m.costs.without;
  r.heap.running = m.heap;
  r.own = m.own['busyMs'] ?? 0;
  r.stages = m.own;
  if (!CONTROL) {
    // Both pages profiled at once, as measured: our JavaScript on the one, garbage collection on both.
    const [w, wo] = await Promise.all([profile(pages.with, ext.extensionId), profile(pages.without, ext.extensionId)]);
    ({ parts: r.parts, functions: r.functions, busy: r.busy } = w);
    r.gc = { with: w.gc, without: wo.gc };
    r.busyWithout = wo.busy;
    // (e) The content script stopped (its observers, timers and badges gone; its heap kept), the
    // same two pages measured again: what the two renderers differ by on their own.
    if (!E_CONTROL) await ext.inContentScript(pages.with, 'globalThis.__classGuardContent.stop()');
    const stopped = await measure(pages, async () => ({}));
    r.stopped = stopped.costs;
    r.heap.stopped = stopped.heap;
    // (f) The instance let go of: only the handle held it once stopped (observers, timers, listeners
    // are gone), so the next window's full collection frees its data: the people, names, chat and
    // caches. The module's code and tables stay, as they would in any tab the script ran in.
    await ext.inContentScript(pages.with, 'delete globalThis.__classGuardContent');
    const released = await measure(pages, async () => ({}));
    r.released = released.costs;
    r.heap.released = released.heap;
  }
  await pages.without.close();
  await pages.with.close();
  return r;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]): number => sum(xs) / Math.max(1, xs.length);
/** Sample standard deviation. */
const sdOf = (xs: number[]): number => Math.sqrt(sum(xs.map((x) => (x - mean(xs)) ** 2)) / Math.max(1, xs.length - 1));
/** Half-width of the mean's 95 % interval. */
const ci95 = (xs: number[]): number => (1.96 * sdOf(xs)) / Math.sqrt(xs.length);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The A/B ratio of CPU time per animation frame: the page's own work is mostly per frame, and two pages sharing a machine do not always get the same frames. */
const perFrame = (r: Pick<Round, 'with' | 'without'>): number =>
  r.with.ThreadTime / r.with.Frames / (r.without.ThreadTime / r.without.Frames);

/** The A/B of one client's busy page (the default export: Meet's; zoom-overhead and teams-overhead the others). */
export async function contentOverhead(client: BusyClient): Promise<Figure[]> {
  const ext = await launchExtension();
  try {
    const results: Round[] = [];
    let failures = 0;
    for (let i = 0; i < ROUNDS; i++) {
      let r: Round;
      try {
        r = await round(ext, i, client);
      } catch (err) {
        // A long run on a loaded machine may stall once (an extension page slow to open): report the
        // rounds done rather than none, and stop after a second failure.
        console.log(`round ${i + 1} failed, left out: ${String(err).split('\n')[0]}`);
        await ext.closeMeetings();
        if (++failures > 1) break;
        continue;
      }
      results.push(r);
      console.log(
        `round ${i + 1}: page main thread CPU ${r.with.ThreadTime.toFixed(0)} ms with the extension, ${r.without.ThreadTime.toFixed(0)} ms without ` +
          `(A/B ratio ${(r.with.ThreadTime / r.without.ThreadTime).toFixed(3)}; in tasks ${r.with.TaskDuration.toFixed(0)} / ${r.without.TaskDuration.toFixed(0)} ms; ` +
          `frames ${r.with.Frames} / ${r.without.Frames}, per frame ${perFrame(r).toFixed(3)}); ` +
          `content script's own flushes ${r.own.toFixed(1)} ms over ${WINDOW_MS / 1000} s` +
          (r.stopped
            ? `; script stopped: per frame ${perFrame(r.stopped).toFixed(3)}, (e) ${(perFrame(r) / perFrame(r.stopped)).toFixed(3)}`
            : '') +
          (r.released ? `; released: per frame ${perFrame(r.released).toFixed(3)}` : '') +
          ` (JS heaps with / without, MB: ${Object.entries(r.heap)
            .map(([k, h]) => `${k} ${h.with.toFixed(2)} / ${h.without.toFixed(2)}`)
            .join(', ')})`,
      );
    }
    if (results.length === 0) throw new Error('no round completed');
    const rounds = results.length;
    const seconds = (rounds * WINDOW_MS) / 1000;
    const total = (m: Metric, side: 'with' | 'without') => sum(results.map((r) => r[side][m]));
    const perSec = (ms: number) => `${(ms / seconds).toFixed(1)} ms/s`;
    console.log(
      `busy ${client.label} page (${PEOPLE} people, 20 msg/s, churn every frame), ${rounds} rounds of ${WINDOW_MS / 1000} s:`,
    );
    const totals = (side: 'with' | 'without') => Object.fromEntries(METRICS.map((m) => [m, total(m, side)])) as Costs;
    console.log(
      `  (a) A/B main-thread CPU ratio with/without the extension, per frame rendered: ${perFrame({ with: totals('with'), without: totals('without') }).toFixed(3)} ` +
        `(median of rounds ${median(results.map(perFrame)).toFixed(3)}; target ≤ 1.03; frames ${(total('Frames', 'with') / seconds).toFixed(1)}/s with, ${(total('Frames', 'without') / seconds).toFixed(1)}/s without)`,
    );
    const ratios = results.map(perFrame);
    const sd = sdOf(ratios);
    const figures: Figure[] = [
      figure(
        `(a) busy ${client.label} page CPU per frame, with / without (${rounds} rounds)`,
        mean(ratios),
        '×',
        '≤ 1.03',
        1,
        3,
      ),
      figure('(a) its 95 % interval, ±', ci95(ratios), '×', null, null, 3),
      figure(
        'page main-thread CPU, with the extension',
        total('ThreadTime', 'with') / seconds,
        'ms/s',
        null,
        total('ThreadTime', 'without') / seconds,
        1,
      ),
    ];
    console.log(
      `      mean of rounds ${mean(ratios).toFixed(3)} ± ${ci95(ratios).toFixed(3)} (95 % interval; one round's spread ±${sd.toFixed(3)})` +
        (CONTROL ? ' — CONTROL RUN: no extension on either side, this is the harness alone' : ''),
    );
    // Rounds alternate which window opens first (the pages start their activity together, but a window
    // may still be favoured): the two orders are reported apart and balanced.
    const withFirst = mean(results.filter((r) => r.index % 2 === 0).map(perFrame));
    const withSecond = mean(results.filter((r) => r.index % 2 === 1).map(perFrame));
    console.log(
      `      by opening order: extension's window first ${withFirst.toFixed(3)}, second ${withSecond.toFixed(3)}; balanced (geometric mean) ${Math.sqrt(withFirst * withSecond).toFixed(3)}`,
    );
    console.log(
      `      per second: ${(total('ThreadTime', 'with') / total('ThreadTime', 'without')).toFixed(3)} ` +
        `(median of rounds ${median(results.map((r) => r.with.ThreadTime / r.without.ThreadTime)).toFixed(3)}; target ≤ 1.03; ` +
        `in wall time of tasks ${(total('TaskDuration', 'with') / total('TaskDuration', 'without')).toFixed(3)}; noisy on a shared machine)`,
    );
    const ab = (m: Metric) => (total(m, 'with') - total(m, 'without')) / seconds;
    console.log(
      `      page main thread CPU without the extension ${perSec(total('ThreadTime', 'without'))}, with it ${perSec(total('ThreadTime', 'with'))}; ` +
        `in tasks ${perSec(total('TaskDuration', 'without'))} and ${perSec(total('TaskDuration', 'with'))}: ` +
        `+${ab('TaskDuration').toFixed(1)} ms/s, of which JavaScript +${ab('ScriptDuration').toFixed(1)} ms/s, rendering and the rest +${(ab('TaskDuration') - ab('ScriptDuration')).toFixed(1)} ms/s`,
    );
    if (CONTROL) return figures;
    const own = sum(results.map((r) => r.own));
    const pageOwn = total('ThreadTime', 'without');
    console.log(
      `  (b) content script's own flushes: ${perSec(own)}; (page + flushes) / page = ${(1 + own / pageOwn).toFixed(3)} (target ≤ 1.03)`,
    );
    const stage = (k: string) => sum(results.map((r) => r.stages[k] ?? 0));
    console.log(
      `      ${(stage('flushes') / seconds).toFixed(1)} flushes/s; by stage: snapshot ${perSec(stage('snapshotMs'))}, tracker ${perSec(stage('trackMs'))}, ` +
        `detectors and outbox queue ${perSec(stage('recordMs'))}, overlay ${perSec(stage('overlayMs'))}`,
    );
    const parts: Record<string, number> = {};
    for (const r of results) for (const [k, v] of Object.entries(r.parts)) parts[k] = (parts[k] ?? 0) + v;
    const all = sum(Object.values(parts));
    const shares = Object.entries(parts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${((100 * v) / all).toFixed(0)} %`);
    // The sampling profiler slows JavaScript down, so its milliseconds are read as shares only.
    const busy = sum(results.map((r) => r.busy));
    console.log(
      `  (c) all our JavaScript on the page (flushes, outbox, badges, observers, callbacks), as a share of the main thread's busy time ` +
        `in a CPU profile (separate window, ${(rounds * PROFILE_MS) / 1000} s): ${((100 * all) / busy).toFixed(2)} %; (page + ours) / page = ${(busy / (busy - all)).toFixed(3)} (target ≤ 1.03)`,
    );
    console.log(`      by part: ${shares.join(', ')}`);
    figures.push(
      figure("(c) our JavaScript, share of the page's busy main thread", (100 * all) / busy, '%', '≤ 3', null, 2),
    );
    const fns: Record<string, number> = {};
    for (const r of results) for (const [k, v] of Object.entries(r.functions)) fns[k] = (fns[k] ?? 0) + v;
    const top = Object.entries(fns)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([k, v]) => `${k} ${((100 * v) / all).toFixed(1)} %`);
    console.log(`      by function (self time): ${top.join(', ')}`);
    const paired = results.filter((r) => r.stopped !== null);
    if (paired.length > 0) {
      const doubles = paired.map((r) => perFrame(r) / perFrame(r.stopped!));
      const own = paired.map((r) => perFrame(r.stopped!));
      figures.push(figure('(e) running over stopped, same pages', mean(doubles), '×', '≤ 1.03', 1, 3));
      console.log(
        `  (e) the same pair of pages, the content script running (the (a) window) over stopped (a later window): ${mean(doubles).toFixed(3)} ` +
          `± ${ci95(doubles).toFixed(3)} (95 % interval; median ${median(doubles).toFixed(3)}; target ≤ 1.03)`,
      );
      console.log(
        `      with it stopped, the two renderers still differ by ±${sdOf(own).toFixed(3)} a round (from ${Math.min(...own).toFixed(3)} to ${Math.max(...own).toFixed(3)}): ` +
          `that is (a)'s noise, which (e) cancels. Their mean, ${mean(own).toFixed(3)}, is what the stopped script still costs (its isolated world and code; (f) tells whether its data is in it), which (e) leaves out`,
      );
    }
    const freed = results.filter((r) => r.stopped !== null && r.released !== null);
    if (freed.length > 0) {
      const ratio = freed.map((r) => perFrame(r.stopped!) / perFrame(r.released!));
      const heapOf = (k: 'running' | 'stopped' | 'released', side: 'with' | 'without') =>
        mean(freed.map((r) => r.heap[k]?.[side] ?? 0));
      figures.push(
        figure(
          'busy page JS heap after a full GC',
          heapOf('running', 'with'),
          'MB',
          null,
          heapOf('running', 'without'),
          2,
        ),
      );
      console.log(
        `  (f) the stopped script's kept data: stopped over released (its instance let go of and collected), same pages: ${mean(ratio).toFixed(3)} ` +
          `± ${ci95(ratio).toFixed(3)} (95 % interval); released over without: ${mean(freed.map((r) => perFrame(r.released!))).toFixed(3)}. ` +
          `JS heap after a full collection, with / without the extension: running ${heapOf('running', 'with').toFixed(2)} / ${heapOf('running', 'without').toFixed(2)} MB, ` +
          `stopped ${heapOf('stopped', 'with').toFixed(2)} / ${heapOf('stopped', 'without').toFixed(2)} MB, released ${heapOf('released', 'with').toFixed(2)} / ${heapOf('released', 'without').toFixed(2)} MB`,
      );
    }
    // Garbage collection is not in (c): the isolated world shares the page's heaps, so our objects,
    // code and DOM wrappers make each of the page's collections longer, and it shows only here.
    const gcWith = sum(results.map((r) => r.gc.with));
    const gcWithout = sum(results.map((r) => r.gc.without));
    const busyWithout = sum(results.map((r) => r.busyWithout));
    console.log(
      `  (d) garbage collection on the page's main thread, same profiles (both pages at once): ${((100 * gcWith) / busy).toFixed(2)} % of its busy time with the extension, ` +
        `${((100 * gcWithout) / busyWithout).toFixed(2)} % without (a page's major collections come ~9 s apart, so an 8 s profile holds none or one: read it over many rounds)`,
    );
    return figures;
  } finally {
    await ext.close();
  }
}

export default (): Promise<Figure[]> => contentOverhead(MEET);
