/** The checklist's states as the page shows them: from the adapter's snapshot and the client's host-state readers. */
import type { ChecklistItem, PageState, StateSource } from '../../common/checklist';
import type { Snapshot } from '../../common/model';
import type { ZoomSwitch } from '../../platforms/zoom/host-state';

/**
 * Settings read from a menu or panel the client shows only while open (Zoom's Security menu): what it
 * showed stays true, with its time, until it is seen again; a reloaded tab starts from the log's.
 */
export type MenuStates = Map<ChecklistItem, PageState>;

/** Sources read every pass from what is on screen; the others are menus, kept once read. */
const LIVE: ReadonlySet<StateSource> = new Set<StateSource>(['lobby-list', 'people-list', 'chat-list']);
export const isMenuSource = (s: StateSource): boolean => !LIVE.has(s);

/** The People list is open when the adapter can read it; closed when it says the panel is closed. */
function peopleState(snap: Snapshot, at: string): PageState | null {
  const c = snap.coverage;
  if (c.roster !== 'hidden') return { on: true, source: 'people-list', at };
  if (c.rosterReason === 'panel-closed' || c.rosterReason === 'other-panel-open')
    return { on: false, source: 'people-list', at };
  return null;
}

/** The chat is open when the adapter reads it; closed when its panel is closed or another one shows. */
function chatState(snap: Snapshot, at: string): PageState | null {
  const c = snap.coverage;
  if (c.chat === 'visible') return { on: true, source: 'chat-list', at };
  if (c.chatReason === 'panel-closed' || c.chatReason === 'other-panel-open')
    return { on: false, source: 'chat-list', at };
  return null;
}

/** Zoom's Security switches as checklist states. */
export function zoomSwitchStates(switches: ReadonlyMap<ZoomSwitch, boolean>, at: string): MenuStates {
  const out: MenuStates = new Map();
  const sw = (which: ZoomSwitch, item: ChecklistItem, onWhen: boolean, onlyWhenOn = false): void => {
    const v = switches.get(which);
    if (v === undefined) return;
    const on = v === onWhen;
    if (onlyWhenOn && !on) return;
    out.set(item, { on, source: 'zoom-security', at });
  };
  sw('waiting-room', 'waiting-room', true);
  sw('lock', 'lock', true);
  sw('share', 'share-host-only', false);
  sw('rename', 'rename-off', false);
  // Chat off means no private messages either; chat on says nothing of who may be messaged privately.
  sw('chat', 'chat-limited', false, true);
  return out;
}

export function pageStates(snap: Snapshot, menus: ReadonlyMap<ChecklistItem, PageState>, at: string): MenuStates {
  const out: MenuStates = new Map();
  const people = peopleState(snap, at);
  if (people) out.set('people-panel', people);
  const chat = chatState(snap, at);
  if (chat) out.set('chat-panel', chat);
  // Someone waiting to be admitted: the lobby is on (an empty list says nothing either way).
  if (snap.waiting.length > 0) out.set('waiting-room', { on: true, source: 'lobby-list', at });
  // What a menu showed is the setting itself: it wins over what the lobby list suggests.
  for (const [item, state] of menus) out.set(item, state);
  return out;
}
