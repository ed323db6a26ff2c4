/**
 * The pre-class checklist on the meeting tab (docs/checklist.md): reads what the page shows of the
 * host's safety settings on every pass, logs each change and each tick as a `checklist.item` event,
 * shows a card when the teacher is the host and the class begins, and answers the popup.
 */
import {
  checklistItems,
  checklistView,
  isChecklistItem,
  type ChecklistAction,
  type ChecklistEventPayload,
  type ChecklistItem,
  type ChecklistItemView,
  type ChecklistStatus,
  type PageState,
} from '../../common/checklist';
import type { ChecklistCardPayload, ChecklistResume } from '../../common/checklist-resume';
import { rulesText } from '../../common/class-rules';
import type { ClassConfig } from '../../common/classes';
import type { Platform, Snapshot } from '../../common/model';
import type { ChecklistRequest } from '../../common/protocol';
import type { Lang } from '../messages';
import { isoWithOffset } from '../../common/time';
import type { PlatformAdapter } from '../../platforms/types';
import { createCard, type Card, type CardHandlers, type Say } from './card';
import { hostReaders, type HostReaders } from './clients';
import { isMenuSource, pageStates, type MenuStates } from './readings';
import { afterNextFrame } from '../after-frame';
import { controlBoxes } from '../control-boxes';

export interface Checklist {
  /** Every pass of the watcher: cheap (a few queries), and the card is rebuilt only when a state changed. */
  update(snap: Snapshot): void;
  handle(req: ChecklistRequest): ChecklistStatus;
  destroy(): void;
}

export interface ChecklistDeps {
  doc: Document;
  platform: Platform;
  lang: Lang;
  adapter: Pick<PlatformAdapter, 'controls'>;
  classConfig: ClassConfig | null;
  log(payload: ChecklistEventPayload): void;
  logCard(payload: ChecklistCardPayload): void;
  /** The session's checklist as logged, when the tab was reloaded mid-meeting. */
  restored: ChecklistResume | null;
  /** The card's strings in the teacher's language (the bundled _locales tables, content/messages.ts). */
  say: Say;
  openGuide(): void;
}

const same = (a: PageState | undefined, b: PageState | undefined): boolean =>
  a?.on === b?.on && a?.source === b?.source;

/** The new states, each kept as first read while unchanged (its time says since when); each change logged. */
function nextStates(
  platform: Platform,
  was: ReadonlyMap<ChecklistItem, PageState>,
  next: Map<ChecklistItem, PageState>,
  log: ChecklistDeps['log'],
): Map<ChecklistItem, PageState> {
  for (const item of checklistItems(platform)) {
    const before = was.get(item);
    const now = next.get(item);
    if (now && same(before, now)) next.set(item, before!);
    else if (now) log({ item, done: now.on, by: 'page', source: now.source });
  }
  return next;
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const clockTime = (lang: Lang) => (iso: string) =>
  new Date(iso).toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });

/** The checklist's items whose panel the client opens with a button of its own. */
const PANELS = new Map([
  ['open-people', { item: 'people-panel', button: (r: HostReaders) => r.peopleButton }],
  ['open-chat', { item: 'chat-panel', button: (r: HostReaders) => r.chatButton }],
] as const);

/** Presses the client's own People or chat button, unless that panel is open (the button would close it). */
function pressPanel(
  doc: Document,
  readers: HostReaders,
  page: ReadonlyMap<ChecklistItem, PageState>,
  action: ChecklistAction,
): boolean {
  const panel = PANELS.get(action)!;
  if (page.get(panel.item)?.on) return true;
  const button = panel.button(readers)(doc);
  button?.click();
  return button !== null;
}

const classOf = (c: ClassConfig | null): Pick<ChecklistStatus, 'rules' | 'className'> => ({
  rules: c?.rules?.trim() || null,
  className: c?.name ?? null,
});

const KEEP_CLEAR_MS = 1_000;

/**
 * Keeps the card clear of the client's controls: at once when it is shown, and when they may have
 * moved (a side panel, the window, the card's own content changed) after a frame: after-frame.ts says why.
 */
function cardPlacer(doc: Document, adapter: ChecklistDeps['adapter'], card: () => Card | null) {
  const win = doc.defaultView as Window & typeof globalThis;
  let placing: (() => void) | null = null;
  let placedAt = -Infinity;
  const now = (): void => {
    placing?.();
    placing = null;
    placedAt = performance.now();
    card()?.show(controlBoxes(adapter));
  };
  const later = (): void => {
    if (placing || !card()?.shown) return;
    placedAt = performance.now();
    placing = afterNextFrame(win, () => {
      placing = null;
      if (card()?.shown) now();
    });
  };
  win.addEventListener('resize', later, { passive: true });
  return {
    now,
    later,
    /** What moves without a sign we can read (another overlay, the client's own reflow) is caught up with. */
    due: (): boolean => performance.now() - placedAt >= KEEP_CLEAR_MS,
    destroy(): void {
      placing?.();
      win.removeEventListener('resize', later);
    },
  };
}

const cardFor = (deps: ChecklistDeps, handlers: CardHandlers): Card =>
  createCard(
    deps.doc,
    { platform: deps.platform, lang: deps.lang, say: deps.say, time: clockTime(deps.lang) },
    handlers,
  );

/** Where a reloaded tab starts: the log's ticks, page states (so none is logged twice) and menus' settings. */
function startFrom(restored: ChecklistResume | null) {
  const page = new Map((restored?.page ?? []).map((p) => [p.item, p.state]));
  const menus: MenuStates = new Map([...page].filter(([, s]) => isMenuSource(s.source)));
  return { ticks: new Set(restored?.ticks ?? []), page, menus, dismissed: restored?.dismissed === true };
}

export function createChecklist(deps: ChecklistDeps): Checklist {
  const { doc, platform } = deps;
  const readers = hostReaders(platform);
  const start = startFrom(deps.restored);
  const { ticks, menus } = start;
  let page = start.page;
  let host = false;
  let card: Card | null = null;
  let cardState: ChecklistStatus['card'] = start.dismissed ? 'dismissed' : 'not-yet';
  let rendered = '';
  /** The client's side panels as last seen: its controls move as they open and close. */
  let panels = '';
  const placer = cardPlacer(doc, deps.adapter, () => card);
  let view: ChecklistItemView[] = checklistView(platform, page, ticks);
  const { say } = deps;
  const tick = (item: ChecklistItem, done: boolean): void => {
    if (!checklistItems(platform).includes(item) || done === ticks.has(item)) return;
    if (done) ticks.add(item);
    else ticks.delete(item);
    deps.log({ item, done, by: 'teacher' });
    refresh();
  };
  const copyRules = () => copyToClipboard(rulesText(deps.classConfig, say('rules_default')));

  function showCard(): void {
    cardState = 'shown';
    const press = (action: ChecklistAction) => pressPanel(doc, readers, page, action);
    card ??= cardFor(deps, { tick, press, copyRules, openGuide: deps.openGuide, dismiss });
    card.render(view);
    rendered = JSON.stringify(view);
    placer.now();
  }
  function dismiss(): void {
    cardState = 'dismissed';
    card?.hide();
    deps.logCard({ shown: false });
  }
  function bringBack(): void {
    if (cardState === 'dismissed') deps.logCard({ shown: true });
    showCard();
  }
  function refresh(): void {
    view = checklistView(platform, page, ticks);
    const json = JSON.stringify(view);
    if (json === rendered || !card?.shown) return;
    rendered = json;
    card.render(view);
    placer.later();
  }

  return {
    update(snap) {
      host = snap.self.host === true;
      if (snap.state !== 'in-call') return;
      const now = isoWithOffset();
      for (const [item, state] of readers.settings?.(doc, now) ?? []) menus.set(item, state);
      page = nextStates(platform, page, pageStates(snap, menus, now), deps.log);
      refresh();
      const nowPanels = `${snap.coverage.roster} ${snap.coverage.chat}`;
      if (host && cardState === 'not-yet') showCard();
      else if (nowPanels !== panels || placer.due()) placer.later();
      panels = nowPanels;
    },
    handle(req) {
      if (req.op === 'tick' && isChecklistItem(req.item)) tick(req.item, req.done === true);
      else if (req.op === 'show') bringBack();
      else if (req.op === 'open-people' || req.op === 'open-chat') pressPanel(doc, readers, page, req.op);
      return { platform, host, card: cardState, items: view, ...classOf(deps.classConfig) };
    },
    destroy() {
      placer.destroy();
      card?.destroy();
    },
  };
}
