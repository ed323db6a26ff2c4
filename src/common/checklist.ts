/**
 * The pre-class safety checklist (docs/checklist.md): the settings that stop most disruptions, per
 * client. An item is done when the page shows it on, or, where the page does not show it, when the
 * teacher ticked it. What the page shows wins over a tick: a switch seen off is off.
 */
import type { Platform } from './model';

export type ChecklistItem =
  | 'waiting-room'
  | 'passcode'
  | 'share-host-only'
  | 'chat-limited'
  | 'rename-off'
  | 'lock'
  | 'link-private'
  | 'people-panel'
  | 'chat-panel';

export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  'waiting-room',
  'passcode',
  'share-host-only',
  'chat-limited',
  'rename-off',
  'lock',
  'link-private',
  'people-panel',
  'chat-panel',
];

/**
 * Meet has no passcode, no lock (its "Quick access" is the waiting-room item) and no renaming by
 * participants; Teams meetings have no passcode of their own and no self-renaming.
 */
const BY_PLATFORM: Record<Platform, readonly ChecklistItem[]> = {
  zoom: CHECKLIST_ITEMS,
  meet: ['waiting-room', 'share-host-only', 'chat-limited', 'link-private', 'people-panel', 'chat-panel'],
  teams: ['waiting-room', 'share-host-only', 'chat-limited', 'lock', 'link-private', 'people-panel', 'chat-panel'],
};

export const checklistItems = (platform: Platform): readonly ChecklistItem[] => BY_PLATFORM[platform];

const ITEM_SET: ReadonlySet<string> = new Set(CHECKLIST_ITEMS);
export const isChecklistItem = (x: unknown): x is ChecklistItem => typeof x === 'string' && ITEM_SET.has(x);

/** Where a state the page shows was read: Zoom's Security menu, the lobby list, the People list, the chat. */
export type StateSource = 'zoom-security' | 'lobby-list' | 'people-list' | 'chat-list';

/** The _locales key saying where a state was read ("Read from the page"); Zoom's menu takes the time as $1. */
const SOURCE_KEYS: ReadonlyMap<StateSource, string> = new Map([
  ['zoom-security', 'checklist_source_zoom_security'],
  ['lobby-list', 'checklist_source_lobby_list'],
  ['people-list', 'checklist_source_people_list'],
  ['chat-list', 'checklist_source_people_list'],
]);
export const sourceKey = (source: StateSource): string => SOURCE_KEYS.get(source) ?? 'checklist_source_people_list';

export interface PageState {
  on: boolean;
  source: StateSource;
  /** When it was read (ISO 8601): a menu closes, what it showed stays true until seen otherwise. */
  at: string;
}

/** Buttons of the client the checklist can press for the teacher. */
export type ChecklistAction = 'open-people' | 'open-chat';

const ACTIONS: ReadonlyMap<ChecklistItem, ChecklistAction> = new Map([
  ['people-panel', 'open-people'],
  ['chat-panel', 'open-chat'],
]);

/** The _locales keys of an action's button, and of what it says once pressed or when the page has no such button. */
export const actionKeys = (action: ChecklistAction): { label: string; done: string; failed: string } => {
  const what = action === 'open-people' ? 'people' : 'chat';
  return { label: `checklist_open_${what}`, done: `checklist_opened_${what}`, failed: `checklist_open_${what}_failed` };
};

/**
 * Meet and Teams show one side panel at a time: opening the chat closes the People list (the guard
 * still sees people on the video tiles), so on them the two panel items are never both done.
 */
export const onePanelAtATime = (platform: Platform): boolean => platform !== 'zoom';

export interface ChecklistItemView {
  item: ChecklistItem;
  done: boolean;
  /** Who made it done (or not): the page when it shows the state, else the teacher. */
  by: 'page' | 'teacher' | null;
  page: PageState | null;
  ticked: boolean;
  action: ChecklistAction | null;
}

export function checklistView(
  platform: Platform,
  page: ReadonlyMap<ChecklistItem, PageState>,
  ticks: ReadonlySet<ChecklistItem>,
): ChecklistItemView[] {
  return checklistItems(platform).map((item) => {
    const seen = page.get(item) ?? null;
    const ticked = ticks.has(item);
    const done = seen ? seen.on : ticked;
    const by = seen ? 'page' : ticked ? 'teacher' : null;
    const action = done ? null : (ACTIONS.get(item) ?? null);
    return { item, done, by, page: seen, ticked, action };
  });
}

/** A `checklist.item` event (docs/events.md). */
export interface ChecklistEventPayload {
  item: ChecklistItem;
  done: boolean;
  by: 'page' | 'teacher';
  source?: StateSource;
}

/** What a meeting tab tells the popup of its checklist. */
export interface ChecklistStatus {
  platform: Platform;
  /** Whether the page shows the teacher as the meeting's host. */
  host: boolean;
  card: 'not-yet' | 'shown' | 'dismissed';
  items: ChecklistItemView[];
  /** The class's own rules, or null for the default rules. */
  rules: string | null;
  className: string | null;
}

/** The _locales key of an item's part ("checklist_item_waiting_room"). */
export const itemKey = (part: 'item' | 'steps', item: ChecklistItem, platform?: Platform): string =>
  `checklist_${part}_${platform ? `${platform}_` : ''}${item.replace(/-/g, '_')}`;
