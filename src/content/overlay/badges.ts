/**
 * Name badges live in our shadow-rooted layer and follow their row's box: the clients' renderers
 * recycle rows at will and would drop a foreign child. No per-frame work and no IntersectionObserver
 * (it would test every badged row every frame): a full pass runs only when badges, scroll or size
 * changed; `refresh()` otherwise checks the top and bottom badged rows, riding the watcher's flushes.
 */
import { renderBadge } from './badge-element';
import { inPlace, measure, place, type LayoutState } from './badge-layout';
import type { OverlayHost } from './host';
import type { BadgeKind, Lang } from './strings';

/** With no badge on screen: catches a hidden list shown again in place. */
const IDLE_PASS_MS = 2_000;
/** While the badged lists do not change: each check costs a frame request, a task and three rects. */
const CHECK_MS = 2_000;

export interface Badges {
  set(row: Element, kind: BadgeKind, lang: Lang, detail?: string): void;
  clear(row: Element): void;
  clearAll(): void;
  /** Call once per flush; checks at once when `listsChanged`, else every CHECK_MS. */
  refresh(listsChanged?: boolean): void;
  destroy(): void;
}

interface BadgesState extends LayoutState {
  frame: number | null;
  fullPending: boolean;
  lastFull: number;
  lastCheck: number;
  listening: boolean;
  /** Rects are read in the task after a frame, while layout is clean; in a frame callback they force one. */
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
