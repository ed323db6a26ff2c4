import type { Coverage, Participant, Platform, Snapshot } from '../common/model';
import type { Settings } from '../common/settings';
import type { PlatformAdapter } from '../platforms/types';
import type {
  PanelFindings,
  PopupEntry,
  TeacherAct,
  TeacherActionPayload,
  TeacherActRequest,
  LearnedSaveReply,
} from '../common/protocol';
import type { Guards } from './guards';
import { createOverlay, type Lang, type Overlay } from './overlay';
import type { OverlayHost } from './overlay/host';
import { createAlertPanel, type AlertPanel, type AlertPanelDeps, type FindingEvent } from './panel';
import { createLearnedOffer } from './panel/learned-offer';
import { loadMessages } from './messages';

/** A safety net besides re-deriving on change; a review costs O(people), so it is slow. */
const REVIEW_MS = 30_000;

export interface OverlayController {
  update(snap: Snapshot, guards: Guards | null): void;
  /** Re-derive badges at the next update. */
  changed(): void;
  coverageChanged(coverage: Coverage): void;
  /** The language setting changed: badges and the panel follow. */
  language(setting: Settings['language']): void;
  /** The language the page shows now (its table loaded). */
  lang(): Lang;
  /** A finding of this meeting's log, from this page or (chat) from the worker. */
  finding(ev: FindingEvent): void;
  /** Chat findings the worker derived; another session's are ignored. */
  workerFindings(msg: PanelFindings): void;
  /** The popup's side (content/popup-state.ts). */
  popupEntries(): { entries: PopupEntry[]; review: number; paused: boolean };
  act(act: TeacherAct, source: TeacherActRequest['source']): boolean;
  paused(on: boolean): void;
  sound(on: boolean): void;
  destroy(): void;
}

/** Without it (the overlay's own tests), no alert panel. */
export interface PanelOptions {
  sessionId: string;
  log(payload: TeacherActionPayload): void;
  inClass?(name: string, findingId: string): Promise<string | null>;
  openGuide?(lang: Lang): void;
  /** "Save" on the learned-roster offer (none: no offer in the page). */
  saveLearned?(names: string[]): Promise<LearnedSaveReply>;
}

/** The setting, else the meeting client's UI language, else the browser's. */
export function overlayLang(setting: Settings['language'], doc: Document): Lang {
  if (setting === 'vi' || setting === 'en') return setting;
  const page = doc.documentElement.lang || navigator.language;
  return page.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** The worker is trusted, but a malformed push must not break the page's panel. */
function isFindingEvent(ev: unknown): ev is FindingEvent {
  const e = ev as Partial<FindingEvent> | null;
  const f = e?.finding;
  return (
    typeof e?.id === 'string' &&
    typeof e.time === 'string' &&
    typeof f === 'object' &&
    f !== null &&
    typeof f.category === 'string' &&
    typeof f.tier === 'string' &&
    typeof f.severity === 'number' &&
    typeof f.subject === 'object' &&
    typeof f.evidence === 'object'
  );
}

function workerFindings(panel: AlertPanel | null, opts: PanelOptions | undefined, msg: PanelFindings): void {
  if (!panel || msg.sessionId !== opts?.sessionId || !Array.isArray(msg.findings)) return;
  for (const ev of msg.findings) if (isFindingEvent(ev)) panel.finding(ev);
}

/** Objects may be new per snapshot. */
function samePeople(a: readonly Participant[], b: readonly Participant[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = b[i]!;
    if (p !== q && (p.id !== q.id || p.name !== q.name || p.role !== q.role || p.self !== q.self)) return false;
  }
  return true;
}

/** Badges the rows of the people now listed; returns the rows badged, clearing those no longer. */
function reviewBadges(
  overlay: ReturnType<typeof createOverlay>,
  adapter: PlatformAdapter,
  lang: Lang,
  badged: ReadonlySet<Element>,
  snap: Snapshot,
  guards: Guards,
): Set<Element> {
  const now = new Set<Element>();
  for (const [kind, list] of [
    ['participant', snap.participants],
    ['waiting', snap.waiting],
  ] as const) {
    for (const p of list) {
      if (p.self) continue;
      const badge = guards.badgeFor(p.id);
      const row = badge ? adapter.rowFor(kind, p.id) : null;
      if (!row || !badge) continue;
      overlay.setBadge(row, badge, lang);
      now.add(row);
    }
  }
  for (const row of badged) if (!now.has(row)) overlay.clearBadge(row);
  return now;
}

/** The popup's and the notifications' way to the panel (none in the overlay's own tests). */
function remote(panel: AlertPanel | null): Pick<OverlayController, 'popupEntries' | 'act' | 'paused' | 'sound'> {
  return {
    popupEntries: () => panel?.popupEntries() ?? { entries: [], review: 0, paused: false },
    act: (act, source) => panel?.act(act, source) ?? false,
    paused: (on) => panel?.paused(on),
    sound: (on) => panel?.sound(on),
  };
}

const stageKey = (c: Coverage): string => (c.stage ? `${c.stage.read}/${c.stage.of ?? ''}` : '');

function learnedOffer(doc: Document, host: OverlayHost, lang: Lang, opts: PanelOptions | undefined) {
  return opts?.saveLearned ? createLearnedOffer({ doc, host, lang, save: opts.saveLearned }) : null;
}

/** Whether the badges are reviewed on this pass: something they depend on changed, or REVIEW_MS passed. */
function reviewSchedule(clock: { now(): number }) {
  let seen: Pick<Snapshot, 'participants' | 'waiting'> = { participants: [], waiting: [] };
  let reviewedAt = -Infinity;
  let dirty = true;
  let learning: boolean | null = null;
  return {
    due(snap: Snapshot, learningNow: boolean): boolean {
      const at = clock.now();
      const due =
        dirty ||
        learningNow !== learning ||
        at - reviewedAt >= REVIEW_MS ||
        !samePeople(snap.participants, seen.participants) ||
        !samePeople(snap.waiting, seen.waiting);
      if (!due) return false;
      learning = learningNow;
      seen = { participants: snap.participants, waiting: snap.waiting };
      reviewedAt = at;
      dirty = false;
      return true;
    },
    touch(): void {
      dirty = true;
    },
  };
}

/** While the panel is open its foot names the blind spots, so the coverage hint waits. */
function alertPanel(
  overlay: Overlay,
  base: Pick<AlertPanelDeps, 'doc' | 'platform' | 'lang' | 'adapter'>,
  options: PanelOptions | undefined,
): AlertPanel | null {
  if (!options) return null;
  return createAlertPanel({ ...base, host: overlay.host, ...options, onExpanded: overlay.suppressCoverageHint });
}

export function createOverlayController(
  platform: Platform,
  adapter: PlatformAdapter,
  settings: Settings,
  doc: Document = document,
  panelOptions?: PanelOptions,
): OverlayController {
  const overlay = createOverlay(doc);
  let lang = overlayLang(settings.language, doc);
  let wanted = lang;
  const panel = alertPanel(overlay, { doc, platform, lang, adapter }, panelOptions);
  panel?.sound(settings.alerts.sound);
  const offer = learnedOffer(doc, overlay.host, lang, panelOptions);
  const schedule = reviewSchedule(doc.defaultView?.performance ?? performance);
  /** A row no longer badged (recycled, badge gone) is cleared. */
  let badged = new Set<Element>();

  const review = (snap: Snapshot, guards: Guards): void => {
    badged = reviewBadges(overlay, adapter, lang, badged, snap, guards);
  };

  /** The tiles' count changes without a coverage event: the hint follows the snapshots. */
  let stageShown = '';
  const followStage = (c: Coverage): void => {
    const now = stageKey(c);
    if (now === stageShown) return;
    stageShown = now;
    overlay.showCoverageHint(c, platform, lang);
    panel?.coverage(c);
  };

  return {
    update(snap, guards) {
      panel?.people(snap);
      followStage(snap.coverage);
      if (!guards) return;
      offer?.update(guards);
      const reviewing = schedule.due(snap, guards.learning().active);
      if (reviewing) review(snap, guards);
      overlay.refreshBadges(reviewing);
    },
    changed: () => schedule.touch(),
    coverageChanged(coverage) {
      stageShown = stageKey(coverage);
      overlay.showCoverageHint(coverage, platform, lang);
      panel?.coverage(coverage);
    },
    language(setting) {
      const next = overlayLang(setting, doc);
      wanted = next;
      // The switch waits for the language's table; of quick successive switches, the last one wins.
      void loadMessages(next).then(
        () => {
          if (wanted !== next || next === lang) return;
          lang = next;
          panel?.setLang(next);
          offer?.setLang(next);
          schedule.touch();
        },
        (err: unknown) => console.warn('Class Guard: could not load the language:', String(err)),
      );
    },
    lang: () => lang,
    finding: (ev) => panel?.finding(ev),
    workerFindings: (msg) => workerFindings(panel, panelOptions, msg),
    ...remote(panel),
    destroy() {
      panel?.destroy();
      offer?.destroy();
      overlay.destroy();
    },
  };
}
