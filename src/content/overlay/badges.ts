/**
 * Name badges: a small label beside a roster or waiting-list row ("Not on roster", "Possible
 * impostor"). A badge lives in our shadow-rooted layer and follows the row's bounding box; nothing is
 * added to the row itself. The clients' rows belong to React / Wiz renderers that re-create or recycle
 * them at will (virtualized lists), would drop or duplicate a foreign child, and their adapters read
 * the rows' text.
 *
 * Cheap on a busy page ("Cheap" in docs/adapters.md): a large roster may carry a badge per person
 * while a few dozen rows are on screen, and speaking indicators make the page render every frame. So
 * no per-frame work and no IntersectionObserver (which would test every badged row every frame):
 * - a full pass (every badged row's rect against its scroll container) runs only when the badges
 *   changed, their list or the page scrolled or resized, or a check found a shown badge out of place
 *   (with none on screen, every IDLE_PASS_MS at most: a hidden list may have been shown again);
 * - `refresh()` (once per flush) re-measures only the lists and the top and bottom rows badged on
 *   screen, and when the badged lists did not change, at the first flush CHECK_MS after the last
 *   check (the watcher flushes at least every tickMs, so a banner pushing the People panel down is
 *   followed within two of those; a scroll or a resize at once, a row added or removed at the next
 *   flush). No timer of its own: the flushes come anyway, and a timer would add a task on a busy page;
 * - a badge element is created the first time it is shown, and its style is written only when its
 *   place changes, so an unchanged page costs no style recalculation.
 *
 * Placement: just left of the row, or inside its right end when there is no room; either way it takes
 * no clicks. badge-layout.ts measures and places, badge-element.ts draws one badge.
 */
import { renderBadge } from './badge-element';
import { inPlace, measure, place, type LayoutState } from './badge-layout';
import type { OverlayHost } from './host';
import type { BadgeKind, Lang } from './strings';

/** With no badge on screen, a full pass at most this often: catches a hidden list shown again in place. */
const IDLE_PASS_MS = 2_000;
/**
 * While the badged lists do not change, the check that nothing on screen moved runs at most this
 * often: on a busy page a flush comes every second, and each check is a frame request, a task after
 * the frame and three rects.
 */
const CHECK_MS = 2_000;

export interface Badges {
  set(row: Element, kind: BadgeKind, lang: Lang, detail?: string): void;
  clear(row: Element): void;
  clearAll(): void;
  /**
   * Checks on the next frame that the badges on screen still sit on their rows (call once per flush,
   * and at least every few seconds): at once when `listsChanged` (rows came, went or were renamed),
   * else when CHECK_MS have passed since the last check.
   */
  refresh(listsChanged?: boolean): void;
  destroy(): void;
}

/** What the badges keep between calls: the layout's part, and when the next pass runs. */
interface BadgesState extends LayoutState {
  /** Set from the frame request until the pass has run. */
  frame: number | null;
  fullPending: boolean;
  lastFull: number;
  /** When the last check or pass ran. */
  lastCheck: number;
  listening: boolean;
  /**
   * Rects are read in the task right after a frame: layout is still clean then, so reading costs no
   * layout of its own (in a frame callback it would force one, which the page's own churn then undoes).
   */
  readonly afterFrame: MessageChannel;
  readonly onScroll: (e: Event) => void;
  readonly onResize: () => void;
}

export function createBadges(doc: Document, host: OverlayHost): Badges {
  const win = doc.defaultView as Window & typeof globalThis;
  const st: BadgesState = {
    doc,
    win,
    host,
    badges: new Map(),
    shown: new Map(),
    ends: [],
    clipOf: new WeakMap(),
    clips: new Map(),
    frame: null,
    fullPending: true,
    lastFull: -Infinity,
    lastCheck: -Infinity,
    listening: false,
    afterFrame: new win.MessageChannel(),
    onScroll: (e) => onScroll(st, e),
    onResize: () => full(st),
  };
  st.afterFrame.port1.onmessage = () => position(st);
  return {
    set: (row, kind, lang, detail) => set(st, row, kind, lang, detail),
    clear: (row) => clear(st, row),
    clearAll: () => clearAll(st),
    refresh: (listsChanged = false) => refresh(st, listsChanged),
    destroy: () => destroy(st),
  };
}

function listen(st: BadgesState, on: boolean): void {
  if (on === st.listening) return;
  st.listening = on;
  // Capture: scroll events of inner scrollers (the people list) do not bubble.
  const method = on ? 'addEventListener' : 'removeEventListener';
  st.win[method]('scroll', st.onScroll, { capture: true, passive: true } as AddEventListenerOptions);
  st.win[method]('resize', st.onResize, { passive: true } as AddEventListenerOptions);
}

/** A scroll moves badged rows only if it scrolled one of their lists or the page (not, say, the chat). */
function onScroll(st: BadgesState, e: Event): void {
  const target = e.target;
  if (!(target instanceof st.win.Element) || target === st.doc.documentElement || target === st.doc.body)
    return full(st);
  for (const clip of st.clips.keys()) if (target.contains(clip)) return full(st);
}

function full(st: BadgesState): void {
  st.fullPending = true;
  schedule(st);
}

function schedule(st: BadgesState): void {
  if (st.frame === null && st.badges.size > 0)
    st.frame = st.win.requestAnimationFrame(() => st.afterFrame.port2.postMessage(null));
}

function refresh(st: BadgesState, listsChanged: boolean): void {
  if (listsChanged || st.fullPending || st.win.performance.now() - st.lastCheck >= CHECK_MS) schedule(st);
}

/** The pass after a frame: a cheap check that nothing moved, else a full pass over every badge. */
function position(st: BadgesState): void {
  if (st.frame === null) return; // destroyed meanwhile
  st.frame = null;
  const now = st.win.performance.now();
  st.lastCheck = now;
  if (!st.fullPending && (st.shown.size > 0 || now - st.lastFull < IDLE_PASS_MS) && inPlace(st)) return;
  st.fullPending = false;
  st.lastFull = now;
  place(
    st,
    measure(st, (row) => clear(st, row)),
  );
  // Clients that rebuild their DOM may have removed the host.
  if (st.shown.size > 0) st.host.attach();
}

function set(st: BadgesState, row: Element, kind: BadgeKind, lang: Lang, detail: string | undefined): void {
  const b = st.badges.get(row);
  if (b) {
    if (b.kind === kind && b.lang === lang && b.detail === detail) return;
    Object.assign(b, { kind, lang, detail, stale: true });
    // A badge on screen changes text in place; its place may change with its width.
    if (b.el && !Number.isNaN(b.x)) renderBadge(st.doc, b, b.el);
    return full(st);
  }
  st.badges.set(row, { kind, lang, detail, el: null, stale: true, x: NaN, y: NaN });
  listen(st, true);
  full(st);
}

function clear(st: BadgesState, row: Element): void {
  const b = st.badges.get(row);
  if (!b) return;
  b.el?.remove();
  st.badges.delete(row);
  st.shown.delete(row);
  if (st.badges.size === 0) listen(st, false);
}

function clearAll(st: BadgesState): void {
  for (const row of [...st.badges.keys()]) clear(st, row);
}

function destroy(st: BadgesState): void {
  clearAll(st);
  if (st.frame !== null) st.win.cancelAnimationFrame(st.frame);
  st.frame = null;
  st.afterFrame.port1.close();
}
