/**
 * Name badges: a small label beside a roster or waiting-list row ("Not on roster", "Possible
 * impostor"). A badge lives in our shadow-rooted layer and follows the row's bounding box; nothing is
 * added to the row itself. The clients' rows belong to React / Wiz renderers that re-create or recycle
 * them at will (virtualized lists), would drop or duplicate a foreign child, and their adapters read
 * the rows' text.
 *
 * Cheap on a busy page (DESIGN.md invariant 7): a 1,000-person roster may carry 1,000 badges while a
 * few dozen rows are on screen, and speaking indicators make the page render every frame. So no
 * per-frame work and no IntersectionObserver (which would test every badged row every frame):
 * - a full pass (every badged row's rect against its scroll container) runs only when the badges
 *   changed, their list or the page scrolled or resized, or a check found a shown badge out of place
 *   (with none on screen, every 2 s at most: a hidden list may have been shown again);
 * - `refresh()` (once per flush) re-measures only the lists and the top and bottom rows badged on screen,
 *   and when the badged lists did not change, at the first flush CHECK_MS after the last check (the
 *   watcher flushes at least every 2 s, so a banner pushing the People panel down is followed within
 *   ~4 s; a scroll or a resize at once, a row added or removed at the next flush). No timer of its own:
 *   on a busy page that was a task every 2 s;
 * - a badge element is created the first time it is shown, and its style is written only when its
 *   place changes, so an unchanged page costs no style recalculation.
 *
 * Placement: just left of the row (side panels sit on the right of the meeting, so that is the
 * stage), or inside the row's right end when there is no room. Either way it takes no clicks.
 */
import { visibleText } from '../../shared/visible-text';
import type { OverlayHost } from './host';
import { STRINGS, type BadgeKind, type Lang } from './strings';

/** Room needed left of the row: the badge's max width (see host.ts) plus the gap. */
const ROOM_PX = 270;
const GAP_PX = 6;
/** Names in a badge are short hints, not evidence: the event log keeps the full text. */
const DETAIL_MAX = 60;
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

interface Badge {
  kind: BadgeKind;
  lang: Lang;
  detail: string | undefined;
  /** Created when first shown; most badges of a long list never are. */
  el: HTMLElement | null;
  /** Content differs from what `el` shows. */
  stale: boolean;
  /** Where `el` was last put (NaN: hidden). */
  x: number;
  y: number;
}

/** Rect of the box that clips a row: its nearest scrolling ancestor, else the viewport. */
type Clip = { top: number; bottom: number; left: number; right: number };

export function createBadges(doc: Document, host: OverlayHost): Badges {
  const win = doc.defaultView as Window & typeof globalThis;
  const badges = new Map<Element, Badge>();
  /** Rows whose badge is on screen, with the row's rect when placed. */
  const shown = new Map<Element, { top: number; left: number; right: number; height: number }>();
  /** The top and bottom rows of `shown` (one row: itself twice). */
  let ends: Element[] = [];
  /** Row parent → its nearest scrolling ancestor (null: only the viewport clips). Rows of a list share a parent. */
  const clipOf = new WeakMap<Element, Element | null>();
  /** The scrolling ancestors of the badged rows at the last full pass, with their rects then. */
  const clips = new Map<Element, Clip>();
  /** Set from the frame request until the pass has run. */
  let frame: number | null = null;
  let fullPending = true;
  let lastFull = -Infinity;
  /** When the last check or pass ran. */
  let lastCheck = -Infinity;
  let listening = false;

  function listen(on: boolean): void {
    if (on === listening) return;
    listening = on;
    // Capture: scroll events of inner scrollers (the people list) do not bubble.
    const method = on ? 'addEventListener' : 'removeEventListener';
    win[method]('scroll', onScroll, { capture: true, passive: true } as AddEventListenerOptions);
    win[method]('resize', onResize, { passive: true } as AddEventListenerOptions);
  }

  /** A scroll moves badged rows only if it scrolled one of their lists or the page (not, say, the chat). */
  function onScroll(e: Event): void {
    const target = e.target;
    if (!(target instanceof win.Element) || target === doc.documentElement || target === doc.body) return full();
    for (const clip of clips.keys()) if (target.contains(clip)) return full();
  }

  function onResize(): void {
    full();
  }

  function full(): void {
    fullPending = true;
    schedule();
  }

  /**
   * Rects are read in the task right after a frame: layout is still clean then, so reading costs no
   * layout of its own (in a frame callback it would force one, which the page's own churn then undoes).
   */
  const afterFrame = new win.MessageChannel();
  afterFrame.port1.onmessage = () => position();
  function schedule(): void {
    if (frame === null && badges.size > 0) frame = win.requestAnimationFrame(() => afterFrame.port2.postMessage(null));
  }

  function refresh(listsChanged = false): void {
    if (listsChanged || fullPending || win.performance.now() - lastCheck >= CHECK_MS) schedule();
  }

  function clipFor(row: Element): Element | null {
    const parent = row.parentElement;
    if (!parent) return null;
    let clip = clipOf.get(parent);
    if (clip !== undefined) return clip;
    clip = null;
    for (let el: Element | null = parent; el && el !== doc.documentElement && el !== doc.body; el = el.parentElement) {
      const s = win.getComputedStyle(el);
      if (s.overflowY !== 'visible' || s.overflowX !== 'visible') {
        clip = el;
        break;
      }
    }
    clipOf.set(parent, clip);
    return clip;
  }

  /**
   * The shown badges' rows and their lists are where they were: nothing on screen moved or got clipped.
   * Of the rows, only the top and bottom shown ones are measured (a row added, removed or resized
   * above or among them moves the bottom one); the rest only need to be still in the page.
   */
  function inPlace(): boolean {
    for (const [clip, was] of clips) {
      const r = clip.getBoundingClientRect();
      if (r.top !== was.top || r.left !== was.left || r.bottom !== was.bottom || r.right !== was.right) return false;
    }
    for (const row of shown.keys()) if (!row.isConnected || !badges.has(row)) return false;
    for (const row of ends) {
      const was = shown.get(row);
      if (!was) return false;
      const r = row.getBoundingClientRect();
      if (r.top !== was.top || r.left !== was.left || r.right !== was.right || r.height !== was.height) return false;
    }
    return true;
  }

  function position(): void {
    if (frame === null) return; // destroyed meanwhile
    frame = null;
    const now = win.performance.now();
    lastCheck = now;
    if (!fullPending && (shown.size > 0 || now - lastFull < IDLE_PASS_MS) && inPlace()) return;
    fullPending = false;
    lastFull = now;
    // Reads first, then writes: one layout per pass, however many badges.
    const viewport: Clip = { top: 0, left: 0, bottom: win.innerHeight, right: win.innerWidth };
    const clipRects = new Map<Element | null, Clip>([[null, viewport]]);
    const placed: [Element, Badge, DOMRect | null][] = [];
    clips.clear();
    for (const [row, b] of badges) {
      if (!row.isConnected) {
        clear(row);
        continue;
      }
      const r = row.getBoundingClientRect();
      const clipEl = clipFor(row);
      let clip = clipRects.get(clipEl);
      if (!clip) {
        const c = clipEl!.getBoundingClientRect();
        clips.set(clipEl!, { top: c.top, left: c.left, bottom: c.bottom, right: c.right });
        clip = { top: Math.max(c.top, 0), left: Math.max(c.left, 0), bottom: Math.min(c.bottom, viewport.bottom), right: Math.min(c.right, viewport.right) };
        clipRects.set(clipEl, clip);
      }
      // At least half the row in sight, as the teacher sees it.
      const mid = r.top + r.height / 2;
      const visible = r.width > 0 && r.height > 0 && mid >= clip.top && mid <= clip.bottom && r.right > clip.left && r.left < clip.right;
      placed.push([row, b, visible ? r : null]);
    }
    shown.clear();
    let top: [Element, number] | null = null;
    let bottom: [Element, number] | null = null;
    for (const [row, b, r] of placed) {
      if (!r) {
        if (b.el && !Number.isNaN(b.x)) b.el.hidden = true;
        b.x = b.y = NaN;
        continue;
      }
      shown.set(row, { top: r.top, left: r.left, right: r.right, height: r.height });
      if (!top || r.top < top[1]) top = [row, r.top];
      if (!bottom || r.top > bottom[1]) bottom = [row, r.top];
      const x = Math.round(r.left >= ROOM_PX ? r.left - GAP_PX : r.right - GAP_PX);
      const y = Math.round(r.top + r.height / 2);
      const el = b.el ?? create(b);
      if (b.stale) render(b, el);
      if (x !== b.x || y !== b.y) {
        el.style.transform = `translate(${x}px, ${y}px) translate(-100%, -50%)`;
        if (Number.isNaN(b.x)) el.hidden = false;
        b.x = x;
        b.y = y;
      }
    }
    ends = top && bottom ? [top[0], bottom[0]] : [];
    // Clients that rebuild their DOM may have removed the host.
    if (shown.size > 0) host.attach();
  }

  function create(b: Badge): HTMLElement {
    const el = doc.createElement('div');
    el.hidden = true;
    host.layer.append(el);
    b.el = el;
    return el;
  }

  function render(b: Badge, el: HTMLElement): void {
    b.stale = false;
    el.className = `badge ${b.kind}`;
    el.lang = b.lang;
    const label = doc.createElement('span');
    label.textContent = b.detail ? `${STRINGS[b.lang].badge[b.kind]}: ` : STRINGS[b.lang].badge[b.kind];
    el.replaceChildren(label);
    if (b.detail) {
      // Isolated, so a right-to-left name cannot reorder the label around it.
      const d = doc.createElement('bdi');
      d.className = 'detail';
      d.textContent = visibleText(b.detail, DETAIL_MAX);
      el.append(d);
    }
  }

  function set(row: Element, kind: BadgeKind, lang: Lang, detail?: string): void {
    const b = badges.get(row);
    if (b) {
      if (b.kind === kind && b.lang === lang && b.detail === detail) return;
      Object.assign(b, { kind, lang, detail, stale: true });
      // A badge on screen changes text in place; its place may change with its width.
      if (b.el && !Number.isNaN(b.x)) render(b, b.el);
      return full();
    }
    badges.set(row, { kind, lang, detail, el: null, stale: true, x: NaN, y: NaN });
    listen(true);
    full();
  }

  function clear(row: Element): void {
    const b = badges.get(row);
    if (!b) return;
    b.el?.remove();
    badges.delete(row);
    shown.delete(row);
    if (badges.size === 0) listen(false);
  }

  function clearAll(): void {
    for (const row of [...badges.keys()]) clear(row);
  }

  function destroy(): void {
    clearAll();
    if (frame !== null) win.cancelAnimationFrame(frame);
    frame = null;
    afterFrame.port1.close();
  }

  return { set, clear, clearAll, refresh, destroy };
}
