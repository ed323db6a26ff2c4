/**
 * Runs `fn` just after the next frame is rendered. Layout is clean then, so reading it there costs
 * little; read from a flush instead, on a meeting page that changes every frame, it forces the whole
 * page's layout. A tab that renders no frames (hidden, or a window the browser does not paint) still
 * gets it, after FALLBACK_MS. Returns a cancel function.
 */
const FALLBACK_MS = 250;

export function afterNextFrame(win: Window & typeof globalThis, fn: () => void): () => void {
  const channel = new win.MessageChannel();
  let done = false;
  const run = (): void => {
    if (done) return;
    cancel();
    fn();
  };
  const frame = win.requestAnimationFrame(() => channel.port2.postMessage(null));
  const timer = win.setTimeout(run, FALLBACK_MS);
  channel.port1.onmessage = run;
  function cancel(): void {
    done = true;
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
    channel.port1.close();
  }
  return () => {
    if (!done) cancel();
  };
}
