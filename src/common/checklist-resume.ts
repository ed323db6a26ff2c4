/**
 * The checklist of a meeting session as its log has it (docs/checklist.md), for a reloaded meeting
 * tab: the teacher's ticks, the last state the page showed of each item, and whether the card was
 * dismissed. Pure: the worker folds the session's events, the tab starts from the result.
 */
import { isChecklistItem, type ChecklistItem, type PageState, type StateSource } from './checklist';

/** A `checklist.card` event (docs/events.md): the teacher closed the card or brought it back. */
export interface ChecklistCardPayload {
  shown: boolean;
}

export interface ChecklistResume {
  ticks: ChecklistItem[];
  /** The newest state the page showed of each item, with when it was logged. */
  page: { item: ChecklistItem; state: PageState }[];
  dismissed: boolean;
}

interface LoggedEvent {
  type: string;
  time: string;
  payload: Record<string, unknown>;
}

const SOURCES: ReadonlySet<string> = new Set<StateSource>(['zoom-security', 'lobby-list', 'people-list', 'chat-list']);
const isSource = (x: unknown): x is StateSource => typeof x === 'string' && SOURCES.has(x);

export function foldChecklist(events: readonly LoggedEvent[]): ChecklistResume {
  const ticks = new Set<ChecklistItem>();
  const page = new Map<ChecklistItem, PageState>();
  let dismissed = false;
  for (const e of events) {
    const p = e.payload;
    if (e.type === 'checklist.card') dismissed = p['shown'] === false;
    if (e.type !== 'checklist.item' || !isChecklistItem(p['item'])) continue;
    const item = p['item'];
    const done = p['done'] === true;
    if (p['by'] === 'teacher') {
      if (done) ticks.add(item);
      else ticks.delete(item);
    } else if (p['by'] === 'page' && isSource(p['source']))
      page.set(item, { on: done, source: p['source'], at: e.time });
  }
  return { ticks: [...ticks], page: [...page].map(([item, state]) => ({ item, state })), dismissed };
}
