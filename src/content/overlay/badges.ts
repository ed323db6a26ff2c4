/**
 * Name badges: a small label beside a roster or waiting-list row ("Not on roster", "Possible
 * impostor"). A badge lives in our shadow-rooted layer and follows the row's bounding box; nothing is
 * added to the row itself. The clients' rows belong to React / Wiz renderers that re-create or recycle
 * them at will (virtualized lists), would drop or duplicate a foreign child, and their adapters read
 * the rows' text. A positioned marker costs one getBoundingClientRect per badged row per scroll
 * frame, and only a few dozen rows are ever on screen.
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

export interface Badges {
  set(row: Element, kind: BadgeKind, lang: Lang, detail?: string): void;
  clear(row: Element): void;
  clearAll(): void;
  /** Re-reads row positions on the next frame (call after the page changed, e.g. once per flush). */
  refresh(): void;
  destroy(): void;
}

interface Badge {
  el: HTMLElement;
  key: string;
  /** From the IntersectionObserver: enough of the row is visible (not scrolled out of its list). */
  visible: boolean;
}

export function createBadges(doc: Document, host: OverlayHost): Badges {
  const win = doc.defaultView as Window & typeof globalThis;
  const badges = new Map<Element, Badge>();
  let frame: number | null = null;
  let listening = false;

  const io = new win.IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const b = badges.get(e.target);
        if (b) b.visible = e.isIntersecting && e.intersectionRatio >= 0.5;
      }
      refresh();
    },
    { threshold: [0, 0.5, 1] },
  );

  function listen(on: boolean): void {
    if (on === listening) return;
    listening = on;
    // Capture: scroll events of inner scrollers (the people list) do not bubble.
    const method = on ? 'addEventListener' : 'removeEventListener';
    win[method]('scroll', refresh, { capture: true, passive: true } as AddEventListenerOptions);
    win[method]('resize', refresh, { passive: true } as AddEventListenerOptions);
  }

  function refresh(): void {
    if (frame === null && badges.size > 0) frame = win.requestAnimationFrame(position);
  }

  /** Reads every rect first, then writes: one layout per frame, however many badges. */
  function position(): void {
    frame = null;
    const placed: [Badge, DOMRect | null][] = [];
    for (const [row, b] of badges) {
      if (!row.isConnected) {
        clear(row);
        continue;
      }
      placed.push([b, b.visible ? row.getBoundingClientRect() : null]);
    }
    for (const [b, r] of placed) {
      if (!r || r.width === 0 || r.height === 0) {
        b.el.hidden = true;
        continue;
      }
      const x = Math.round(r.left >= ROOM_PX ? r.left - GAP_PX : r.right - GAP_PX);
      const y = Math.round(r.top + r.height / 2);
      b.el.style.transform = `translate(${x}px, ${y}px) translate(-100%, -50%)`;
      b.el.hidden = false;
    }
  }

  function set(row: Element, kind: BadgeKind, lang: Lang, detail?: string): void {
    const key = `${kind}\u0000${lang}\u0000${detail ?? ''}`;
    let b = badges.get(row);
    if (b?.key === key) return;
    if (!b) {
      const el = doc.createElement('div');
      el.hidden = true;
      host.layer.append(el);
      b = { el, key, visible: false };
      badges.set(row, b);
      io.observe(row);
      listen(true);
      host.attach();
    }
    b.key = key;
    b.el.className = `badge ${kind}`;
    b.el.lang = lang;
    const label = doc.createElement('span');
    label.textContent = detail ? `${STRINGS[lang].badge[kind]}: ` : STRINGS[lang].badge[kind];
    b.el.replaceChildren(label);
    if (detail) {
      // Isolated, so a right-to-left name cannot reorder the label around it.
      const d = doc.createElement('bdi');
      d.className = 'detail';
      d.textContent = visibleText(detail, DETAIL_MAX);
      b.el.append(d);
    }
    refresh();
  }

  function clear(row: Element): void {
    const b = badges.get(row);
    if (!b) return;
    b.el.remove();
    badges.delete(row);
    io.unobserve(row);
    if (badges.size === 0) listen(false);
  }

  function clearAll(): void {
    for (const row of [...badges.keys()]) clear(row);
  }

  function destroy(): void {
    clearAll();
    io.disconnect();
    if (frame !== null) win.cancelAnimationFrame(frame);
    frame = null;
  }

  return { set, clear, clearAll, refresh, destroy };
}
