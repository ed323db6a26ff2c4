/**
 * The in-meeting alert panel (docs/teacher-steps.md): findings in, grouped entries out, and every
 * teacher action written to the class's log as a `teacher.action` event.
 */
import type { Coverage, Participant, Platform, Snapshot } from '../../common/model';
import type { PopupEntry, TeacherAct, TeacherActionPayload, TeacherActRequest } from '../../common/protocol';
import type { PlatformAdapter } from '../../platforms/types';
import type { OverlayHost } from '../overlay/host';
import { panelNames, type Lang } from '../overlay/strings';
import { msg } from '../messages';
import { createBoard, type Board, type Entry, type FindingEvent } from './entries';
import type { EntryHandlers } from './entry-view';
import { whoOf } from './entry-view';
import { PANEL_STRINGS } from './strings';
import { createPanelView, type PanelView } from './view';
import { pausedLine, createAlertSound, entryForPopup } from './remote';
import { afterNextFrame } from '../after-frame';
import { controlBoxes } from '../control-boxes';

export type { FindingEvent } from './entries';

const NOTE_MAX = 1_000;
/** Between two placements of the panel that nothing asked for. */
const KEEP_CLEAR_MS = 1_000;
/** The least time between two renders for findings (see renderer): a burst's later members show within it. */
export const BURST_GAP_MS = 1_000;

export interface AlertPanel {
  finding(ev: FindingEvent): void;
  coverage(c: Coverage): void;
  /** The people now present, for "Show in the list" by name. */
  people(snap: Snapshot): void;
  /** The teacher chose another language: the panel is drawn again in it, its entries kept. */
  setLang(lang: Lang): void;
  /** The open entries, for the popup. */
  popupEntries(): { entries: PopupEntry[]; review: number; paused: boolean };
  /** An action taken in the popup or a notification: applied here and logged; false when nothing changed. */
  act(act: TeacherAct, source: TeacherActRequest['source']): boolean;
  paused(on: boolean): void;
  sound(on: boolean): void;
  destroy(): void;
}

export interface AlertPanelDeps {
  doc: Document;
  host: OverlayHost;
  platform: Platform;
  lang: Lang;
  adapter: Pick<PlatformAdapter, 'rowFor' | 'controls'>;
  log(payload: TeacherActionPayload): void;
  /** "In my class": the worker adds the name to the roster; null when done, else why not (in words). */
  inClass?(name: string, findingId: string): Promise<string | null>;
  /** Opens the safety guide in a tab, in this language (none: no button). */
  openGuide?(lang: Lang): void;
  /** The panel opened or collapsed: while open, its foot names the blind spots. */
  onExpanded?(open: boolean): void;
}

/** One line: the panels the guard cannot see now. */
export function blindSpots(c: Coverage, platform: Platform, lang: Lang): string {
  const p = panelNames(platform, lang);
  const parts: string[] = [];
  if (c.roster !== 'full' && c.rosterReason !== 'not-in-call')
    parts.push(
      c.stage && c.stage.read > 0
        ? c.stage.of === null
          ? msg(lang, 'overlay_stage_blind', p.people, c.stage.read)
          : msg(lang, 'overlay_stage_blind_of', p.people, c.stage.read, c.stage.of)
        : `“${p.people}”`,
    );
  if (c.chat === 'hidden' && c.chatReason !== 'not-in-call') parts.push(`“${p.chat}”`);
  if (c.presenter === 'unreadable' && c.presenterReason === 'selector-missing')
    parts.push(msg(lang, 'panel_blind_presenter'));
  if (parts.length === 0) return '';
  return msg(lang, 'panel_blind', parts.join(', '));
}

/** What the buttons of an entry do; each action goes to the log. */
function entryHandlers(
  board: Board,
  deps: AlertPanelDeps,
  rowOf: (e: Entry) => Element | null,
  view: () => PanelView,
  render: () => void,
): EntryHandlers {
  const act = (e: Entry, action: TeacherActionPayload['action'], more: Partial<TeacherActionPayload> = {}): void => {
    const ids = board.findingIds(e.key);
    deps.log({ action, findingId: ids[ids.length - 1] ?? '', findingIds: ids, words: whoOf(e, deps.lang), ...more });
  };
  return {
    dismiss(key) {
      const e = board.dismiss(key);
      if (e) act(e, 'dismissed');
      render();
    },
    note(key, text) {
      const e = board.note(key, text.slice(0, NOTE_MAX));
      if (!e) return;
      const ids = board.findingIds(key);
      deps.log({
        action: 'note',
        findingId: ids[ids.length - 1] ?? '',
        findingIds: ids,
        note: text.slice(0, NOTE_MAX),
      });
      render();
    },
    async inClass(key) {
      const e = board.get(key);
      // Gone meanwhile, or no worker to ask: the teacher is told, not left thinking it was done.
      if (!e?.name || !deps.inClass) return PANEL_STRINGS[deps.lang].inClassFailed;
      const ids = board.findingIds(key);
      // Cleared when the worker's answer comes back as a teacher.act, as for a notification's button.
      return deps.inClass(e.name, ids[ids.length - 1] ?? '');
    },
    show(key) {
      const e = board.get(key);
      if (!e) return false;
      const row = rowOf(e);
      if (row) row.scrollIntoView({ block: 'nearest' });
      view().outline(row ? row.getBoundingClientRect() : null);
      act(e, 'shown-in-list', { found: row !== null });
      return row !== null;
    },
  };
}

/**
 * Renders the panel: at once, or once for a burst of findings (a batch from the worker, a raid). A
 * finding within BURST_GAP_MS of the last queued render waits for the gap: each render rebuilds entries,
 * and a chat flood rendered once per finding was our largest cost on a busy page. The panel's first
 * render is not queued, so a fresh panel's first alert shows at once.
 * Placing it reads layout, which inside a flush forces the whole page's layout (up to ~10 ms on a
 * busy page with 1,000 rows): only the first render and a change of language place it at once.
 * On a sign that it or the client's controls moved (it opened, an entry more or fewer, a side panel
 * of the client opened or closed) it is placed just after the next frame, and otherwise at most once
 * a KEEP_CLEAR_MS, also after a frame (after-frame.ts says why).
 */
function renderer(view: () => PanelView, draw: () => number, adapter: AlertPanelDeps['adapter']) {
  let placedAt = -Infinity;
  let shown = -1;
  let later: (() => void) | null = null;
  const place = (): void => {
    later?.();
    later = null;
    placedAt = performance.now();
    view().keepClear(controlBoxes(adapter));
  };
  const render = (now = false, moved = false): void => {
    const entries = draw();
    moved ||= entries !== shown;
    shown = entries;
    if (now) place();
    else if (!later && (moved || performance.now() - placedAt >= KEEP_CLEAR_MS)) later = afterNextFrame(window, place);
  };
  let pending: { moved: boolean } | null = null;
  let renderedAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    const { moved: m } = pending!;
    pending = null;
    timer = undefined;
    renderedAt = performance.now();
    render(false, m);
  };
  /** `burst`: a finding, which may wait for the gap; the teacher's own actions show at once. */
  const renderSoon = (moved: boolean, burst = false): void => {
    if (pending) {
      pending.moved ||= moved;
      if (burst || timer === undefined) return;
      // A teacher's action does not wait behind a burst's gap.
      clearTimeout(timer);
      timer = undefined;
      return queueMicrotask(flush);
    }
    pending = { moved };
    const wait = burst ? renderedAt + BURST_GAP_MS - performance.now() : 0;
    if (wait > 0) timer = setTimeout(flush, wait);
    else queueMicrotask(flush);
  };
  return { render, renderSoon, destroy: () => clearTimeout(timer) };
}

/** The entry a notification's action is about: the one holding its finding, else the person's by name. */
function entryOf(board: Board, act: Extract<TeacherAct, { action: 'in-my-class' }>): string | null {
  const open = board.open();
  const byFinding = act.findingId ? open.find((e) => e.findings.some((f) => f.id === act.findingId)) : undefined;
  return (byFinding ?? open.find((e) => e.kind === 'person' && e.name === act.name))?.key ?? null;
}

/** An action from the popup or a notification: applied to the board and logged; false when nothing changed. */
function applyAct(
  board: Board,
  deps: AlertPanelDeps,
  act: TeacherAct,
  from: TeacherActRequest['source'],
  paused: boolean,
): boolean {
  // The panel's own actions are logged without a source (docs/events.md).
  const source = from === 'panel' ? undefined : from;
  if (act.action === 'paused' || act.action === 'resumed') {
    if (paused === (act.action === 'paused')) return false;
    deps.log({ action: act.action, findingId: '', findingIds: [], source });
    return true;
  }
  const e = board.dismiss((act.action === 'dismissed' ? act.key : (act.key ?? entryOf(board, act))) ?? '');
  if (act.action === 'dismissed') {
    if (!e) return false;
    const ids = board.findingIds(e.key);
    deps.log({
      action: 'dismissed',
      findingId: ids[ids.length - 1] ?? '',
      findingIds: ids,
      words: whoOf(e, deps.lang),
      source,
    });
    return true;
  }
  // Logged even when the panel had no entry for it (dismissed here already): the roster changed.
  const ids = e ? board.findingIds(e.key) : [];
  deps.log({
    action: 'in-my-class',
    findingId: ids[ids.length - 1] ?? act.findingId ?? '',
    findingIds: ids,
    words: act.name,
    className: act.className,
    source,
  });
  return true;
}

type Present = { participants: readonly Participant[]; waiting: readonly Participant[] };

/** The row of the client's list for an entry: by the platform's id, else by the name as shown. */
function rowFinder(adapter: AlertPanelDeps['adapter'], present: () => Present): (e: Entry) => Element | null {
  return (e) => {
    const ids: [kind: 'participant' | 'waiting', id: string][] = [];
    if (e.participantId) ids.push(['participant', e.participantId], ['waiting', e.participantId]);
    for (const p of present().participants) if (p.name === e.name) ids.push(['participant', p.id]);
    for (const p of present().waiting) if (p.name === e.name) ids.push(['waiting', p.id]);
    for (const [kind, id] of ids) {
      const row = adapter.rowFor(kind, id);
      if (row?.isConnected) return row;
    }
    return null;
  };
}

export function createAlertPanel(given: AlertPanelDeps): AlertPanel {
  // Its language may change while the class goes on (setLang).
  const deps = { ...given };
  const board = createBoard();
  let present: Present = { participants: [], waiting: [] };
  let blind = '';
  let lastCoverage: Coverage | null = null;
  let paused = false;
  const alertSound = createAlertSound(deps.doc);
  const rowOf = rowFinder(deps.adapter, () => present);
  const handlers = entryHandlers(
    board,
    deps,
    rowOf,
    () => view,
    () => render(),
  );
  const openGuide = deps.openGuide && (() => deps.openGuide!(deps.lang));
  const newView = () =>
    createPanelView(deps.doc, deps.host, deps.platform, deps.lang, handlers, openGuide, deps.onExpanded);
  const renders = renderer(
    () => view,
    () => view.render(board.open(), board.reviewCount(), blind, paused ? pausedLine(deps.lang) : ''),
    deps.adapter,
  );
  const { render, renderSoon } = renders;
  let view: PanelView = newView();
  render(true);

  return {
    finding(ev) {
      const result = board.add(ev);
      if (result === 'known') return;
      // While paused it is listed, but the panel neither opens nor sounds.
      if (paused) return renderSoon(false, true);
      // Expanded first, so it is placed clear of the client's controls at its full size.
      if (result === 'opened') view.expand(true);
      if (result === 'opened') alertSound.alert(ev.finding.severity);
      renderSoon(result === 'opened', true);
      if (result !== 'opened') return;
      const entry = board.open().find((e) => e.findings.some((f) => f.id === ev.id));
      if (entry) view.announce(entry);
    },
    coverage(c) {
      lastCoverage = c;
      const line = blindSpots(c, deps.platform, deps.lang);
      if (line === blind) return;
      blind = line;
      // A panel of the client opened or closed: its controls moved.
      renderSoon(true);
    },
    people(snap) {
      if (snap.participants === present.participants && snap.waiting === present.waiting) return;
      present = { participants: snap.participants, waiting: snap.waiting };
    },
    setLang(lang) {
      if (lang === deps.lang) return;
      deps.lang = lang;
      view.destroy();
      view = newView();
      blind = lastCoverage ? blindSpots(lastCoverage, deps.platform, lang) : '';
      if (board.open().length > 0) view.expand(true);
      render(true);
    },
    popupEntries: () => ({ entries: board.open().map((e) => entryForPopup(e)), review: board.reviewCount(), paused }),
    act(act, source) {
      const changed = applyAct(board, deps, act, source, paused);
      if (act.action === 'paused' || act.action === 'resumed') paused = act.action === 'paused';
      if (changed) renderSoon(false);
      return changed;
    },
    paused(on) {
      if (paused === on) return;
      paused = on;
      renderSoon(false);
    },
    sound: (on) => alertSound.enable(on),
    destroy: () => void (renders.destroy(), view.destroy()),
  };
}

export { PANEL_STRINGS };
