/**
 * The in-meeting alert panel, in the overlay's shadow root: a header that is always there (drag it,
 * or focus it and use the arrow keys), the open entries below it, the blind spots in one line. A new
 * alert expands it and is announced: politely, or assertively when it is urgent.
 */
import type { Platform } from '../../common/model';
import type { OverlayHost } from '../overlay/host';
import type { Lang } from '../overlay/strings';
import type { Entry } from './entries';
import { renderEntry, whatOf, whoOf, type EntryHandlers } from './entry-view';
import { clamp, HOME_TOP, placeClear, type Box } from './placement';
import { PANEL_STRINGS } from './strings';
import { msg } from '../messages';

/**
 * Entries built at once; the rest wait behind "Show all". A chat flood from 40 accounts opened 40
 * entries of ~50 nodes each, built, styled and laid out on a busy page, in a panel a teacher reads
 * a few entries of at a time (most severe, then newest, first).
 */
export const ENTRIES_SHOWN = 8;
const KEY_STEP = 16;
const KEY_STEP_FAST = 64;
const ARROWS: ReadonlyMap<string, [number, number]> = new Map<string, [number, number]>([
  ['ArrowLeft', [-1, 0]],
  ['ArrowRight', [1, 0]],
  ['ArrowUp', [0, -1]],
  ['ArrowDown', [0, 1]],
]);

export interface PanelView {
  /** `paused`: the line saying the teacher paused the guard's alerts here, or ''. Returns how many entries it shows. */
  render(open: readonly Entry[], review: number, coverage: string, paused?: string): number;
  expand(on: boolean): void;
  announce(entry: Entry): void;
  /** Moves out of the way of these boxes unless the teacher placed it. */
  keepClear(avoid: readonly Box[]): void;
  outline(rect: DOMRect | null): void;
  destroy(): void;
}

interface ViewState {
  doc: Document;
  win: Window & typeof globalThis;
  lang: Lang;
  root: HTMLElement;
  x: number;
  y: number;
  movedByTeacher: boolean;
  /** Built entries and the version built, on the panel or set aside beyond ENTRIES_SHOWN (a note being typed is kept). */
  built: Map<string, { node: HTMLElement; version: number }>;
  /** The teacher asked for every entry ("Show all"), until the open entries fit again. */
  all: boolean;
  more: HTMLElement;
}

/** At home (top left), placed by nobody yet, nothing built, the first entries only. */
function newState(doc: Document, lang: Lang, root: HTMLElement, more: HTMLElement): ViewState {
  const win = doc.defaultView as Window & typeof globalThis;
  return { doc, win, lang, root, x: 16, y: HOME_TOP, movedByTeacher: false, built: new Map(), all: false, more };
}

function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  e.className = cls;
  return e;
}

export function createPanelView(
  doc: Document,
  host: OverlayHost,
  platform: Platform,
  lang: Lang,
  handlers: EntryHandlers,
  openGuide?: () => void,
  onExpanded?: (open: boolean) => void,
): PanelView {
  const s = PANEL_STRINGS[lang];
  const { root, header, summary, guide, toggle, body, foot, polite, assertive, outlineBox } = skeleton(doc, lang);
  if (openGuide) guide.addEventListener('click', () => openGuide());
  else guide.remove();
  host.layer.append(root, outlineBox);
  host.attach();

  const more = moreSkeleton(doc, lang, () => showAll());
  const st = newState(doc, lang, root, more);
  const { win } = st;
  const ctx = { doc, platform, lang, handlers };
  const viewport = (): Box => ({ left: 0, top: 0, width: win.innerWidth, height: win.innerHeight });
  const moveTo = (x: number, y: number): void => {
    [st.x, st.y] = clamp(x, y, root.getBoundingClientRect(), viewport());
    root.style.transform = `translate(${st.x}px, ${st.y}px)`;
  };
  const expand = expander(root, toggle, lang, (on) => {
    moveTo(st.x, st.y);
    onExpanded?.(on);
  });
  listenForMoves(st, header, moveTo);
  const onResize = () => moveTo(st.x, st.y);
  win.addEventListener('resize', onResize, { passive: true });
  const outline = outliner(outlineBox);
  expand(false);
  let last: Parameters<PanelView['render']> = [[], 0, ''];
  const showAll = (): void => {
    st.all = true;
    view.render(...last);
    moveTo(st.x, st.y);
    // The button is gone with its line: the keyboard goes on at the first entry it revealed.
    const first = st.built.get(last[0][ENTRIES_SHOWN]?.key ?? '');
    first?.node.querySelector('button')?.focus();
  };

  const view: PanelView = {
    render(open, review, coverage, paused = '') {
      last = [open, review, coverage, paused];
      writeSummary(summary, lang, open.length, paused);
      const shownNow = renderBody(st, body, open, ctx);
      renderFoot(doc, foot, review > 0 ? s.review(review) : '', coverage, paused);
      host.attach();
      // No clamping here: it reads layout, on every finding of a busy class. keepClear places it.
      return shownNow;
    },
    expand,
    announce(entry) {
      const region = entry.severity >= 3 ? assertive : polite;
      region.textContent = s.announce(whatOf(entry, lang), whoOf(entry, lang));
    },
    keepClear(avoid) {
      // Where the teacher put it, kept inside the window as it grows.
      if (st.movedByTeacher) return moveTo(st.x, st.y);
      const r = root.getBoundingClientRect();
      const [x, y] = placeClear({ width: r.width, height: r.height }, viewport(), avoid);
      if (x !== st.x || y !== st.y) moveTo(x, y);
    },
    outline: outline.show,
    destroy() {
      outline.clear();
      win.removeEventListener('resize', onResize);
      root.remove();
      outlineBox.remove();
    },
  };
  return view;
}

/** The header's count of open alerts, after "paused" while the teacher paused the guard. */
function writeSummary(summary: HTMLElement, lang: Lang, open: number, paused: string): void {
  const s = PANEL_STRINGS[lang];
  const count = open ? s.open(open) : s.allClear;
  // The header keeps to a word before the count, so the count shows whole in either language.
  const shown = open ? count : s.open(0);
  summary.textContent = paused ? `${s.pausedShort} · ${shown}` : count;
  summary.title = paused ? `${paused} · ${shown}` : count;
  summary.classList.toggle('alert', open > 0);
}

/** Opens or collapses the panel, then `moved` keeps it in the window at its new size. */
function expander(
  root: HTMLElement,
  toggle: HTMLElement,
  lang: Lang,
  moved: (on: boolean) => void,
): (on: boolean) => void {
  const s = PANEL_STRINGS[lang];
  let expanded: boolean | null = null;
  toggle.addEventListener('click', () => expand(root.classList.contains('collapsed')));
  const expand = (on: boolean): void => {
    // Every alert expands it: on an open panel that is no change, and measuring would force the page's layout.
    if (on === expanded) return;
    expanded = on;
    root.classList.toggle('collapsed', !on);
    toggle.textContent = on ? '▾' : '▸';
    toggle.setAttribute('aria-expanded', String(on));
    toggle.setAttribute('aria-label', on ? s.collapse : s.expand);
    toggle.title = on ? s.collapse : s.expand;
    moved(on);
  };
  return expand;
}

function renderFoot(doc: Document, foot: HTMLElement, review: string, coverage: string, paused: string): void {
  const lines: HTMLElement[] = [];
  if (paused) lines.push(Object.assign(make(doc, 'div', 'paused'), { textContent: paused }));
  if (review) lines.push(Object.assign(make(doc, 'div', ''), { textContent: review }));
  if (coverage) lines.push(Object.assign(make(doc, 'div', 'coverage'), { textContent: coverage }));
  foot.replaceChildren(...lines);
}

/** A box over the client's row, for a moment: long enough to find it; the list scrolls on and it would not follow. */
function outliner(box: HTMLElement): { show(rect: DOMRect | null): void; clear(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    show(rect) {
      clearTimeout(timer);
      box.hidden = !rect;
      if (!rect) return;
      Object.assign(box.style, {
        transform: `translate(${rect.left}px, ${rect.top}px)`,
        width: `${rect.width}px`,
        height: `${rect.height}px`,
      });
      timer = setTimeout(() => (box.hidden = true), 6_000);
    },
    clear: () => clearTimeout(timer),
  };
}

/** The panel's elements, empty; the live regions exist from the start (see below). */
function skeleton(doc: Document, lang: Lang) {
  const s = PANEL_STRINGS[lang];
  const root = make(doc, 'section', 'panel collapsed');
  root.lang = lang;
  root.setAttribute('role', 'region');
  root.setAttribute('aria-label', s.region);
  const header = make(doc, 'div', 'header');
  header.tabIndex = 0;
  header.setAttribute('aria-label', s.headerHint);
  header.title = s.headerHint;
  const name = make(doc, 'span', 'name');
  name.textContent = msg(lang, 'extName');
  const summary = make(doc, 'span', 'summary');
  // In the header, so it is there collapsed too: what to do when bombed, in the teacher's language.
  const guide = make(doc, 'button', 'guide');
  guide.type = 'button';
  guide.title = s.guide;
  guide.setAttribute('aria-label', s.guide);
  const toggle = make(doc, 'button', 'toggle');
  toggle.type = 'button';
  header.append(name, summary, guide, toggle);
  const body = make(doc, 'div', 'body');
  const foot = make(doc, 'div', 'foot');
  // Screen readers often skip a region inserted with its text, so these exist, empty, from the start.
  const polite = make(doc, 'div', 'sr');
  polite.setAttribute('role', 'status');
  polite.setAttribute('aria-live', 'polite');
  const assertive = make(doc, 'div', 'sr');
  assertive.setAttribute('role', 'alert');
  assertive.setAttribute('aria-live', 'assertive');
  root.append(header, body, foot, polite, assertive);
  const outlineBox = make(doc, 'div', 'row-outline');
  outlineBox.hidden = true;
  return { root, header, summary, guide, toggle, body, foot, polite, assertive, outlineBox };
}

/**
 * Only entries whose version changed are built again, so a note being typed elsewhere survives; only
 * the first ENTRIES_SHOWN unless the teacher asked for all. Returns how many rows the body shows
 * (entries, and the line saying how many more), which is what moves the panel's size.
 */
function renderBody(
  st: ViewState,
  body: HTMLElement,
  open: readonly Entry[],
  ctx: Parameters<typeof renderEntry>[0],
): number {
  // The next flood starts from the first entries again.
  if (open.length <= ENTRIES_SHOWN) st.all = false;
  const keep = new Set(open.map((e) => e.key));
  for (const [key, b] of st.built) {
    if (keep.has(key)) continue;
    b.node.remove();
    st.built.delete(key);
  }
  if (open.length === 0) {
    const clear = make(st.doc, 'p', 'clear');
    clear.textContent = PANEL_STRINGS[st.lang].allClear;
    body.replaceChildren(clear);
    return 1;
  }
  body.querySelector(':scope > .clear')?.remove();
  const shown = st.all ? open : open.slice(0, ENTRIES_SHOWN);
  for (const e of open.slice(shown.length)) st.built.get(e.key)?.node.remove();
  shown.forEach((e, i) => {
    let b = st.built.get(e.key);
    if (b?.version !== e.version) {
      const node = renderEntry(ctx, e);
      b?.node.replaceWith(node);
      b = { node, version: e.version };
      st.built.set(e.key, b);
    }
    if (body.children[i] !== b.node) body.insertBefore(b.node, body.children[i] ?? null);
  });
  if (shown.length === open.length) {
    st.more.remove();
    return shown.length;
  }
  // "+N alerts", written only when changed: a flood renders this every second.
  const text = `+${PANEL_STRINGS[st.lang].open(open.length - shown.length)}`;
  if (st.more.firstChild!.textContent !== text) st.more.firstChild!.textContent = text;
  if (body.lastElementChild !== st.more) body.append(st.more);
  return shown.length + 1;
}

/** The line under the first entries: how many more, and the button that shows them. */
function moreSkeleton(doc: Document, lang: Lang, showAll: () => void): HTMLElement {
  const more = make(doc, 'div', 'more');
  const b = make(doc, 'button', '');
  b.type = 'button';
  b.textContent = PANEL_STRINGS[lang].showAll;
  b.addEventListener('click', showAll);
  more.append(make(doc, 'span', ''), b);
  return more;
}

function listenForMoves(st: ViewState, header: HTMLElement, moveTo: (x: number, y: number) => void): void {
  let drag: { id: number; dx: number; dy: number } | null = null;
  header.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || (e.target as Element).closest('button')) return;
    drag = { id: e.pointerId, dx: e.clientX - st.x, dy: e.clientY - st.y };
    header.setPointerCapture(e.pointerId);
  });
  header.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    st.movedByTeacher = true;
    moveTo(e.clientX - drag.dx, e.clientY - drag.dy);
  });
  const end = (e: PointerEvent) => {
    if (drag?.id === e.pointerId) drag = null;
  };
  header.addEventListener('pointerup', end);
  header.addEventListener('pointercancel', end);
  header.addEventListener('keydown', (e) => {
    if (e.target !== header) return;
    const step = e.shiftKey ? KEY_STEP_FAST : KEY_STEP;
    const d = ARROWS.get(e.key);
    if (!d) return;
    e.preventDefault();
    st.movedByTeacher = true;
    moveTo(st.x + d[0] * step, st.y + d[1] * step);
  });
}
