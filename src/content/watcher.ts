/**
 * Batched DOM watching (DESIGN.md invariant 7). One MutationObserver whose callback only schedules;
 * the real work (`onFlush`: snapshot, diff, overlay) runs at most once per animation frame, as
 * uBlock Origin does, and less often when it is expensive (see `budget`): after such a flush it is
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
 *   interval added a task every tickMs that only found a flush had run.
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
   * meeting. Measured in Chromium: an 8-person class with a chat flushes at ~0.45 ms (its code
   * seldom runs hot enough to be optimized), a 1,000-person roster with 20 chat messages a second
   * at ~0.9 ms, so both are read about once a second (see maxDelayMs). Allowing 2 s on the busy page
   * halved its flushes but not their cost: a flush's work is mostly per chat message, so it grew as
   * they came less often (issue 3's bench, 24 rounds: 1.065 against 1.055–1.064 at 1 s).
   */
  budget?: number;
  /** The budget never delays a flush by more than this (default 1,000 ms). */
  maxDelayMs?: number;
}

export interface Watcher {
  start(): void;
  stop(): void;
  /** Runs the pending (or a fresh) flush now, cancelling the scheduled one. */
  flushNow(): void;
}

export function createWatcher(opts: WatcherOptions): Watcher {
  // Window's typings omit the constructors a real window carries.
  const win = (opts.win ?? window) as Window & typeof globalThis;
  const fallbackMs = opts.fallbackMs ?? 500;
  const tickMs = opts.tickMs ?? 2_000;
  const minIntervalMs = opts.minIntervalMs ?? 0;
  const budget = opts.budget ?? 0.0005;
  const maxDelayMs = opts.maxDelayMs ?? 1_000;
  const attributeFilter = opts.attributeFilter ?? [];

  let running = false;
  let frame: number | null = null;
  /**
   * One timer at a time: the hold after a flush (until nextAllowed), the tick while waiting for a
   * mutation, or the fallback of a flush scheduled for the next frame.
   */
  let timer: number | null = null;
  /** Between a flush and nextAllowed: a mutation only marks the page dirty, and the hold's end flushes. */
  let holding = false;
  let dirty = false;
  let lastFlush = -Infinity;

  let observing = false;
  // Once a flush is due, further records add nothing: it reads the DOM as it is then. So the observer
  // lets go until the flush starts, and a busy page (a chat scrolling at 20 messages a second) costs
  // one callback per flush instead of one per task that touched the DOM. On a busy page the callback
  // comes while the last flush's hold runs and arms nothing: a timer set from it cost the page ~30 µs
  // (measured in the busy bench page, where each is a cold path taken once a second).
  const observer = new win.MutationObserver(() => {
    if (holding) dirty = true;
    else schedule();
    observe(false);
  });

  function observe(on: boolean): void {
    if (on === observing) return;
    observing = on;
    if (!on) return observer.disconnect();
    observer.observe(opts.root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: attributeFilter.length > 0,
      ...(attributeFilter.length > 0 ? { attributeFilter } : {}),
    });
  }

  function cancel(): void {
    if (frame !== null) win.cancelAnimationFrame(frame);
    if (timer !== null) win.clearTimeout(timer);
    frame = null;
    timer = null;
    holding = false;
  }

  /** Nothing due: the next mutation schedules a flush, and the tick flushes tickMs after the last one at the latest. */
  function wait(): void {
    timer = win.setTimeout(run, Math.max(0, lastFlush + tickMs - win.performance.now()));
  }

  /** A mutation with no flush held back: flush at the next frame (or the fallback's timer, frames not running). */
  function schedule(): void {
    if (!running || frame !== null) return;
    if (timer !== null) win.clearTimeout(timer);
    frame = win.requestAnimationFrame(run);
    timer = win.setTimeout(run, fallbackMs);
  }

  /** The hold after a flush is over: flush if the page changed meanwhile (or the tick is due), else wait. */
  function release(): void {
    timer = null;
    holding = false;
    if (dirty || win.performance.now() - lastFlush >= tickMs) return run();
    wait();
  }

  function run(): void {
    cancel();
    dirty = false;
    // Records are not needed; dropping them keeps the observer's queue from growing.
    observer.takeRecords();
    // Watching again before the flush reads the DOM, so a change made during or after it is seen.
    if (running) observe(true);
    const start = win.performance.now();
    lastFlush = start;
    try {
      opts.onFlush();
    } finally {
      const cost = win.performance.now() - start;
      // No flush before this (but on flushNow()).
      const nextAllowed = start + Math.max(minIntervalMs, Math.min(maxDelayMs, cost / budget));
      // The flush may have stopped the watcher, or flushed again itself.
      cancel();
      if (running) {
        const hold = nextAllowed - win.performance.now();
        if (hold > 0) {
          holding = true;
          timer = win.setTimeout(release, hold);
        } else wait();
      }
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      observe(true);
      lastFlush = win.performance.now();
      wait();
    },
    stop() {
      running = false;
      observe(false);
      cancel();
    },
    flushNow() {
      run();
    },
  };
}
