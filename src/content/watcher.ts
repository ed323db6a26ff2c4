/**
 * Batched DOM watching (see "Cheap" in docs/adapters.md). One MutationObserver whose callback only
 * schedules; the real work (`onFlush`: snapshot, diff, overlay) runs at most once per animation frame,
 * as uBlock Origin does, and less often when it is expensive (see `budget`): after such a flush it is
 * held back until `nextAllowed`, and a mutation meanwhile only marks the page changed, to be read
 * when the hold ends. Mutation records are never read.
 *
 * - Hidden tabs run no animation frames, so every scheduled flush also arms a timer; whichever fires
 *   first flushes and cancels the other. Chrome throttles that timer to about once a second in a
 *   background tab, which is still fast enough for a class (the meeting keeps playing audio, which
 *   exempts it from Chrome's intensive throttling).
 * - A slow safety tick flushes even without mutations, so state derived from time (the tracker's
 *   leave confirmation, the badges' placement check) advances on a quiet page. It is armed only when
 *   a hold ends with nothing changed, not an interval: on a busy page it never exists, where an
 *   interval would add a task every tickMs only to find that a flush had run.
 */

export interface WatcherOptions {
  /** What to observe: the document, or the subtree of the meeting frame. */
  root: Node;
  /** The batched work; runs at most once per frame, never from inside the observer callback. */
  onFlush: () => void;
  /** The window whose animation frames and timers to use (the content script's frame). */
  win?: Window;
  /**
   * Attributes whose changes matter to the adapter (e.g. aria-label, data-tid). Empty (the
   * default) ignores attribute changes: speaking indicators and hover states flip classes every frame.
   */
  attributeFilter?: string[];
  /** Flush delay when animation frames do not run (hidden tab). Default 500 ms. */
  fallbackMs?: number;
  /** Flush at least this often: a flush comes at most this long after the last. Default 2,000 ms. */
  tickMs?: number;
  /** At least this many ms between flushes (default 0: once per frame). */
  minIntervalMs?: number;
  /**
   * The share of wall-clock time flushes may take (default 0.0005). After a flush that took `t` ms
   * the next waits at least `t / budget` ms, so a huge meeting slows the guard down instead of the
   * meeting. At the default, a small class and a busy page alike are read about once a second (see
   * maxDelayMs).
   */
  budget?: number;
  /**
   * The budget never delays a flush by more than this (default 1,000 ms). A longer delay saves little:
   * a flush's work is mostly per chat message, so each flush grows as they come less often.
   */
  maxDelayMs?: number;
}

export interface Watcher {
  start(): void;
  stop(): void;
  /** Runs the pending (or a fresh) flush now, cancelling the scheduled one. */
  flushNow(): void;
}

/** The options with their defaults filled in. */
type WatcherConfig = Required<Omit<WatcherOptions, 'win'>>;

/** What a watcher keeps between its timers, frames and mutation callbacks. */
interface WatcherState {
  readonly cfg: WatcherConfig;
  // Window's typings omit the constructors a real window carries.
  readonly win: Window & typeof globalThis;
  readonly observer: MutationObserver;
  /** The same functions each time they are handed to a timer or a frame request. */
  readonly run: () => void;
  readonly release: () => void;
  running: boolean;
  observing: boolean;
  frame: number | null;
  /**
   * One timer at a time: the hold after a flush (until nextAllowed), the tick while waiting for a
   * mutation, or the fallback of a flush scheduled for the next frame.
   */
  timer: number | null;
  /** Between a flush and nextAllowed: a mutation only marks the page dirty, and the hold's end flushes. */
  holding: boolean;
  dirty: boolean;
  lastFlush: number;
}

export function createWatcher(opts: WatcherOptions): Watcher {
  const win = (opts.win ?? window) as Window & typeof globalThis;
  const cfg: WatcherConfig = {
    root: opts.root,
    onFlush: opts.onFlush,
    attributeFilter: opts.attributeFilter ?? [],
    fallbackMs: opts.fallbackMs ?? 500,
    tickMs: opts.tickMs ?? 2_000,
    minIntervalMs: opts.minIntervalMs ?? 0,
    budget: opts.budget ?? 0.0005,
    maxDelayMs: opts.maxDelayMs ?? 1_000,
  };
  const st: WatcherState = {
    cfg,
    win,
    observer: new win.MutationObserver(() => onMutation(st)),
    run: () => run(st),
    release: () => release(st),
    running: false,
    observing: false,
    frame: null,
    timer: null,
    holding: false,
    dirty: false,
    lastFlush: -Infinity,
  };
  return {
    start() {
      if (st.running) return;
      st.running = true;
      observe(st, true);
      st.lastFlush = win.performance.now();
      wait(st);
    },
    stop() {
      st.running = false;
      observe(st, false);
      cancel(st);
    },
    flushNow() {
      run(st);
    },
  };
}

/**
 * Once a flush is due, further records add nothing: it reads the DOM as it is then. So the observer
 * lets go until the flush starts, and a busy page (a fast-scrolling chat) costs one callback per flush
 * instead of one per task that touched the DOM. On a busy page the callback comes while the last
 * flush's hold runs and arms nothing: a timer set here would be paid for inside the page's own task.
 */
function onMutation(st: WatcherState): void {
  if (st.holding) st.dirty = true;
  else schedule(st);
  observe(st, false);
}

function observe(st: WatcherState, on: boolean): void {
  if (on === st.observing) return;
  st.observing = on;
  if (!on) return st.observer.disconnect();
  const attributeFilter = st.cfg.attributeFilter;
  st.observer.observe(st.cfg.root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: attributeFilter.length > 0,
    ...(attributeFilter.length > 0 ? { attributeFilter } : {}),
  });
}

function cancel(st: WatcherState): void {
  if (st.frame !== null) st.win.cancelAnimationFrame(st.frame);
  if (st.timer !== null) st.win.clearTimeout(st.timer);
  st.frame = null;
  st.timer = null;
  st.holding = false;
}

/** Nothing due: the next mutation schedules a flush, and the tick flushes tickMs after the last one at the latest. */
function wait(st: WatcherState): void {
  st.timer = st.win.setTimeout(st.run, Math.max(0, st.lastFlush + st.cfg.tickMs - st.win.performance.now()));
}

/** A mutation with no flush held back: flush at the next frame (or the fallback's timer, frames not running). */
function schedule(st: WatcherState): void {
  if (!st.running || st.frame !== null) return;
  if (st.timer !== null) st.win.clearTimeout(st.timer);
  st.frame = st.win.requestAnimationFrame(st.run);
  st.timer = st.win.setTimeout(st.run, st.cfg.fallbackMs);
}

/** The hold after a flush is over: flush if the page changed meanwhile (or the tick is due), else wait. */
function release(st: WatcherState): void {
  st.timer = null;
  st.holding = false;
  if (st.dirty || st.win.performance.now() - st.lastFlush >= st.cfg.tickMs) return run(st);
  wait(st);
}

function run(st: WatcherState): void {
  cancel(st);
  st.dirty = false;
  // Records are not needed; dropping them keeps the observer's queue from growing.
  st.observer.takeRecords();
  // Watching again before the flush reads the DOM, so a change made during or after it is seen.
  if (st.running) observe(st, true);
  const start = st.win.performance.now();
  st.lastFlush = start;
  try {
    st.cfg.onFlush();
  } finally {
    hold(st, start);
  }
}

/** After a flush that began at `start`: holds the next back as its cost and the budget say. */
function hold(st: WatcherState, start: number): void {
  const { minIntervalMs, maxDelayMs, budget } = st.cfg;
  const cost = st.win.performance.now() - start;
  // No flush before this (but on flushNow()).
  const nextAllowed = start + Math.max(minIntervalMs, Math.min(maxDelayMs, cost / budget));
  // The flush may have stopped the watcher, or flushed again itself.
  cancel(st);
  if (!st.running) return;
  const holdMs = nextAllowed - st.win.performance.now();
  if (holdMs > 0) {
    st.holding = true;
    st.timer = st.win.setTimeout(st.release, holdMs);
  } else wait(st);
}
