/** All rects are read (`measure`) before any write (`place`): one layout per pass. */
import { createBadgeElement, renderBadge, type Badge } from './badge-element';
import type { OverlayHost } from './host';

/** Room needed left of the row: the badge's max width (see host.ts) plus the gap. */
const ROOM_PX = 270;
const GAP_PX = 6;

/** Rect of the box that clips a row: its nearest scrolling ancestor, else the viewport. */
export type Clip = { top: number; bottom: number; left: number; right: number };

type RowRect = { top: number; left: number; right: number; height: number };

export type Placed = [Element, Badge, DOMRect | null];

export interface LayoutState {
  readonly doc: Document;
  readonly win: Window & typeof globalThis;
  readonly host: OverlayHost;
  readonly badges: Map<Element, Badge>;
  readonly shown: Map<Element, RowRect>;
  ends: Element[];
  /** null: only the viewport clips. Rows of a list share a parent. */
  readonly clipOf: WeakMap<Element, Element | null>;
  readonly clips: Map<Element, Clip>;
}

function clipFor(st: LayoutState, row: Element): Element | null {
  const parent = row.parentElement;
  if (!parent) return null;
  let clip = st.clipOf.get(parent);
  if (clip !== undefined) return clip;
  clip = null;
  for (
    let el: Element | null = parent;
    el && el !== st.doc.documentElement && el !== st.doc.body;
    el = el.parentElement
  ) {
    const s = st.win.getComputedStyle(el);
    if (s.overflowY !== 'visible' || s.overflowX !== 'visible') {
      clip = el;
      break;
    }
  }
  st.clipOf.set(parent, clip);
  return clip;
}

/** Only the top and bottom shown rows are measured: a change above or among them moves the bottom one. */
export function inPlace(st: LayoutState): boolean {
  for (const [clip, was] of st.clips) {
    const r = clip.getBoundingClientRect();
    if (r.top !== was.top || r.left !== was.left || r.bottom !== was.bottom || r.right !== was.right) return false;
  }
  for (const row of st.shown.keys()) if (!row.isConnected || !st.badges.has(row)) return false;
  for (const row of st.ends) {
    const was = st.shown.get(row);
    if (!was) return false;
    const r = row.getBoundingClientRect();
    if (r.top !== was.top || r.left !== was.left || r.right !== was.right || r.height !== was.height) return false;
  }
  return true;
}

export function measure(st: LayoutState, gone: (row: Element) => void): Placed[] {
  const viewport: Clip = { top: 0, left: 0, bottom: st.win.innerHeight, right: st.win.innerWidth };
  const clipRects = new Map<Element | null, Clip>([[null, viewport]]);
  const placed: Placed[] = [];
  st.clips.clear();
  for (const [row, b] of st.badges) {
    if (!row.isConnected) {
      gone(row);
      continue;
    }
    const r = row.getBoundingClientRect();
    const clip = clipRect(st, clipFor(st, row), clipRects, viewport);
    // At least half the row in sight, as the teacher sees it.
    const mid = r.top + r.height / 2;
    const visible =
      r.width > 0 &&
      r.height > 0 &&
      mid >= clip.top &&
      mid <= clip.bottom &&
      r.right > clip.left &&
      r.left < clip.right;
    placed.push([row, b, visible ? r : null]);
  }
  return placed;
}

function clipRect(st: LayoutState, clipEl: Element | null, rects: Map<Element | null, Clip>, viewport: Clip): Clip {
  const known = rects.get(clipEl);
  if (known) return known;
  const c = clipEl!.getBoundingClientRect();
  st.clips.set(clipEl!, { top: c.top, left: c.left, bottom: c.bottom, right: c.right });
  const clip = {
    top: Math.max(c.top, 0),
    left: Math.max(c.left, 0),
    bottom: Math.min(c.bottom, viewport.bottom),
    right: Math.min(c.right, viewport.right),
  };
  rects.set(clipEl, clip);
  return clip;
}

export function place(st: LayoutState, placed: Placed[]): void {
  st.shown.clear();
  let top: [Element, number] | null = null;
  let bottom: [Element, number] | null = null;
  for (const [row, b, r] of placed) {
    if (!r) {
      if (b.el && !Number.isNaN(b.x)) b.el.hidden = true;
      b.x = b.y = NaN;
      continue;
    }
    st.shown.set(row, { top: r.top, left: r.left, right: r.right, height: r.height });
    if (!top || r.top < top[1]) top = [row, r.top];
    if (!bottom || r.top > bottom[1]) bottom = [row, r.top];
    moveTo(st, b, r);
  }
  st.ends = top && bottom ? [top[0], bottom[0]] : [];
}

/** Left of the row (side panels sit right of the stage), else inside its right end. */
function moveTo(st: LayoutState, b: Badge, r: DOMRect): void {
  const x = Math.round(r.left >= ROOM_PX ? r.left - GAP_PX : r.right - GAP_PX);
  const y = Math.round(r.top + r.height / 2);
  const el = b.el ?? createBadgeElement(st.doc, st.host, b);
  if (b.stale) renderBadge(st.doc, b, el);
  if (x !== b.x || y !== b.y) {
    el.style.transform = `translate(${x}px, ${y}px) translate(-100%, -50%)`;
    if (Number.isNaN(b.x)) el.hidden = false;
    b.x = x;
    b.y = y;
  }
}
