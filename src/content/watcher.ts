/**
 * Batched DOM watching (docs/adapters.md#cost). The observer callback only schedules; `onFlush` runs
 * at most once per animation frame, and less often when it is expensive (`budget`). Hidden tabs run no
 * frames, so a scheduled flush also arms a timer. A tick, armed only when a hold ends with nothing
 * changed (never an interval), lets time-derived state advance on a quiet page; it holds nothing back.
 */

export interface WatcherOptions {
  root: Node;
  /** Never called from inside the observer callback. */
  onFlush: () => void;
  win?: Window;
  /** Empty ignores attributes: speaking indicators and hover states flip classes every frame. */
  attributeFilter?: string[];
  fallbackMs?: number;
  tickMs?: number;
  minIntervalMs?: number;
  /** Share of wall time flushes may take, so a huge meeting slows the guard, not the meeting. */
  budget?: number;
  /** A longer delay saves little: a flush's work is mostly per chat message. */
  maxDelayMs?: number;
}

export interface Watcher {
  start(): void;
  stop(): void;
  flushNow(): void;
}

type WatcherConfig = Required<Omit<WatcherOptions, 'win'>>;

interface WatcherState {
  readonly cfg: WatcherConfig;
  // Window's typings omit the constructors a real window carries.
  readonly win: Window & typeof globalThis;
  readonly observer: MutationObserver;
  /** A flush that a change asked for. */
  readonly run: () => void;
  /** A flush that only time asked for (the tick). */
  readonly tick: () => void;
  readonly release: () => void;
  running: boolean;
  observing: boolean;
  frame: number | null;
  /** One at a time: the hold, the tick, or a scheduled flush's fallback. */
  timer: number | null;
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
    run: () => run(st, true),
    tick: () => run(st, false),
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
      run(st, true);
    },
  };
}

/**
 * A due flush reads the DOM as it is then, so the observer lets go until it starts. During a hold
 * nothing is armed: a timer set here is paid for inside the page's own task.
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

function wait(st: WatcherState): void {
  st.timer = st.win.setTimeout(st.tick, Math.max(0, st.lastFlush + st.cfg.tickMs - st.win.performance.now()));
}

function schedule(st: WatcherState): void {
  if (!st.running || st.frame !== null) return;
  if (st.timer !== null) st.win.clearTimeout(st.timer);
  st.frame = st.win.requestAnimationFrame(st.run);
  st.timer = st.win.setTimeout(st.run, st.cfg.fallbackMs);
}

function release(st: WatcherState): void {
  st.timer = null;
  st.holding = false;
  if (st.dirty) return run(st, true);
  if (st.win.performance.now() - st.lastFlush >= st.cfg.tickMs) return run(st, false);
  wait(st);
}

function run(st: WatcherState, changed: boolean): void {
  cancel(st);
  st.dirty = false;
  st.observer.takeRecords();
  // Observe again before the flush reads the DOM, so a change made during it is seen.
  if (st.running) observe(st, true);
  const start = st.win.performance.now();
  st.lastFlush = start;
  try {
    st.cfg.onFlush();
  } finally {
    hold(st, start, changed);
  }
}

/**
 * The hold keeps a page that changes every frame from buying a flush every frame. A tick was bought
 * by no change and comes at most once a tickMs, so it holds nothing back: the next change (a stranger
 * joining a quiet class) is read at the next frame, not up to maxDelayMs later.
 */
function hold(st: WatcherState, start: number, changed: boolean): void {
  const { minIntervalMs, maxDelayMs, budget } = st.cfg;
  const cost = st.win.performance.now() - start;
  const spacing = changed ? Math.max(minIntervalMs, Math.min(maxDelayMs, cost / budget)) : minIntervalMs;
  const nextAllowed = start + spacing;
  // The flush may have stopped the watcher, or flushed again itself.
  cancel(st);
  if (!st.running) return;
  const holdMs = nextAllowed - st.win.performance.now();
  if (holdMs > 0) {
    st.holding = true;
    st.timer = st.win.setTimeout(st.release, holdMs);
  } else wait(st);
}
