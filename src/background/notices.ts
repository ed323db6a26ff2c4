/**
 * Alerts for findings as they are stored (pure: the Chrome side is alerts.ts): the toolbar badge counts alert-tier findings per tab, and a
 * system notification tells the teacher at once.
 *
 * A class under attack raises alerts by the hundred (a raid, a pasted list of copied names), and one
 * notification each would bury the teacher's screen and tray (and, measured, slowed the whole browser
 * down: every notification is a window of its own). So each class (session) has one notification,
 * replaced rather than added to, shown at most once every NOTIFY_GAP_MS; the alerts in between are
 * summed up in the next one ("37 alerts: Duplicate name ×30, Unknown participant ×7", the most
 * severe first). Repeats of the same rule about the same subject within a minute count on the badge
 * but notify no one again. Clicking a notification opens that class's log. With notifications turned
 * off in the settings (alerts.notifications) only the badge counts.
 *
 * Chrome stops an idle worker within a minute and starts a new one for the next batch, so what the
 * alerts have come to (the badge's counts, the repeat filter, a sum-up still owed) is kept in
 * storage (AlerterState, in storage.session: it lasts as long as the badges do). A new worker
 * counts on from there, and shows a sum-up the last one owed when it falls due.
 */
import type { EventDraft } from '../shared/protocol';
import type { Finding, FindingCategory } from '../shared/model';

/** At most one notification per class this often; alerts in between are summed up in the next. */
export const NOTIFY_GAP_MS = 5_000;
/** The same rule about the same subject notifies again only after this long. */
export const REPEAT_MS = 60_000;
/** Notifications render plain text: capped, so a 100 KB message cannot flood the screen. */
const MESSAGE_CHARS = 200;
const NOTIFICATION_PREFIX = 'cg-session:';

export interface Notice {
  title: string;
  message: string;
  /** Chrome's notification priority: 2 for severity 3 and up, else 1. */
  priority: number;
}

export interface AlerterDeps {
  now(): number;
  /** Whether notifications are on (read per batch: the teacher may turn them off mid-class). */
  enabled(): Promise<boolean>;
  /** Shows (or replaces) the notification with this id. */
  show(id: string, notice: Notice): void;
  badge(tabId: number, count: number, severe: boolean): void;
  later(fn: () => void, ms: number): void;
  /** A category's name in the browser's language. */
  label(category: FindingCategory): string;
  /** "Class Guard — $1 alerts" in the browser's language. */
  manyTitle(count: number): string;
  /** Where the state outlives a stopped worker (save calls come one at a time, in order). */
  store: { load(): Promise<unknown>; save(state: AlerterState): Promise<void> };
}

export interface Alerter {
  onEventsStored(sessionId: string, events: readonly EventDraft[], tabId: number | undefined): Promise<void>;
  /** Settles once the state a previous worker left is loaded (and its owed sum-ups are scheduled). */
  ready(): Promise<void>;
}

/** Alerts a class's next notification will sum up. */
interface Pending {
  count: number;
  /** Per category: how many, and the highest severity. */
  categories: [FindingCategory, { n: number; severity: number }][];
  /** The most severe (the first of them): its words close the notification. */
  top: Finding;
}

/** What the alerts have come to, as stored (plain JSON). */
export interface AlerterState {
  /** Per tab: alerts counted on its badge, and whether one was severe. */
  tabs: [number, { n: number; severe: boolean }][];
  /** Per class, rule and subject: when it last notified (entries older than REPEAT_MS are dropped). */
  lastShown: [string, number][];
  /** Per class: when its notification was last shown (null: never), and what the next one owes. */
  sessions: [string, { shownAt: number | null; pending: Pending | null }][];
}

export const notificationId = (sessionId: string): string => NOTIFICATION_PREFIX + sessionId;
export const sessionOfNotification = (id: string): string | null =>
  id.startsWith(NOTIFICATION_PREFIX) ? id.slice(NOTIFICATION_PREFIX.length) : null;

const findingOf = (e: EventDraft): Finding | null => {
  if (e.type !== 'finding') return null;
  const f = e.payload['finding'] as Finding | undefined;
  return f && f.tier === 'alert' ? f : null;
};

/** A class's notification: when it was last shown, the alerts it owes, and whether a timer will show them. */
interface SessionAlerts {
  shownAt: number | null;
  pending: Pending | null;
  timer: boolean;
}

/** What the alerts have come to, as the running alerter keeps it. */
interface Counts {
  perTab: Map<number, { n: number; severe: boolean }>;
  /** Per class, rule and subject: when it last notified. */
  lastShown: Map<string, number>;
  sessions: Map<string, SessionAlerts>;
}

function describe(f: Finding): string {
  const who = f.subject.name ? `${f.subject.name}: ` : '';
  return who + (f.evidence.text ?? f.evidence.detail ?? '');
}

/** One alert says what it is; several are summed up by category, the most severe first. */
function notice(p: Pending, deps: Pick<AlerterDeps, 'label' | 'manyTitle'>): Notice {
  const top = p.top;
  const priority = top.severity >= 3 ? 2 : 1;
  if (p.count === 1)
    return {
      title: `Class Guard — ${deps.label(top.category)}`,
      message: describe(top).slice(0, MESSAGE_CHARS),
      priority,
    };
  const counts = [...p.categories]
    .sort((a, b) => b[1].severity - a[1].severity || b[1].n - a[1].n)
    .map(([category, c]) => `${deps.label(category)} ×${c.n}`)
    .join(', ');
  return { title: deps.manyTitle(p.count), message: `${counts}\n${describe(top)}`.slice(0, MESSAGE_CHARS), priority };
}

function add(p: Pending | null, f: Finding): Pending {
  if (!p) return { count: 1, categories: [[f.category, { n: 1, severity: f.severity }]], top: f };
  const c = p.categories.find(([category]) => category === f.category)?.[1];
  if (c) {
    c.n++;
    c.severity = Math.max(c.severity, f.severity);
  } else p.categories.push([f.category, { n: 1, severity: f.severity }]);
  p.count++;
  if (f.severity > p.top.severity) p.top = f;
  return p;
}

/** The state to store, repeats that can no longer be filtered left out. */
function toStored(counts: Counts, now: number): AlerterState {
  for (const [key, at] of counts.lastShown) if (now - at >= REPEAT_MS) counts.lastShown.delete(key);
  return {
    tabs: [...counts.perTab],
    lastShown: [...counts.lastShown],
    sessions: [...counts.sessions].map(([id, { shownAt, pending }]) => [id, { shownAt, pending }]),
  };
}

/**
 * Reads a stored state into `counts` as far as it reads (it is our own, but a bad one must not stop
 * the alerts); `owed` is called for each class that still owes a notification.
 */
function restore(counts: Counts, value: unknown, owed: (sessionId: string) => void): void {
  const state = value as Partial<AlerterState> | null | undefined;
  if (!state || typeof state !== 'object') return;
  for (const [tabId, c] of Array.isArray(state.tabs) ? state.tabs : []) {
    if (typeof tabId === 'number' && typeof c?.n === 'number')
      counts.perTab.set(tabId, { n: c.n, severe: c.severe === true });
  }
  for (const [key, at] of Array.isArray(state.lastShown) ? state.lastShown : [])
    if (typeof key === 'string' && typeof at === 'number') counts.lastShown.set(key, at);
  for (const [id, s] of Array.isArray(state.sessions) ? state.sessions : []) {
    if (typeof id !== 'string' || !s) continue;
    const pending =
      s.pending && typeof s.pending.count === 'number' && s.pending.top && Array.isArray(s.pending.categories)
        ? s.pending
        : null;
    counts.sessions.set(id, { shownAt: typeof s.shownAt === 'number' ? s.shownAt : null, pending, timer: false });
    if (pending) owed(id);
  }
}

/**
 * Saves one at a time, in order: each runs `save` when its turn comes, so it saves the state as it is
 * then, and a save already waiting covers later changes too.
 */
function queuedSaves(save: () => Promise<void>): () => void {
  let saving: Promise<void> = Promise.resolve();
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    saving = saving
      .then(() => {
        queued = false;
        return save();
      })
      .catch(() => {});
  };
}

export function createAlerter(deps: AlerterDeps): Alerter {
  const counts: Counts = { perTab: new Map(), lastShown: new Map(), sessions: new Map() };
  const { perTab, lastShown, sessions } = counts;

  const persist = queuedSaves(() => deps.store.save(toStored(counts, deps.now())));

  const loaded: Promise<void> = deps.store.load().then(
    (value) => restore(counts, value, schedule),
    () => {},
  );

  function flush(sessionId: string): void {
    const s = sessions.get(sessionId);
    if (!s) return;
    s.timer = false;
    if (!s.pending) return;
    deps.show(notificationId(sessionId), notice(s.pending, deps));
    s.pending = null;
    s.shownAt = deps.now();
    persist();
  }

  /** Shows what the session owes now if its gap is over, else when it is. */
  function schedule(sessionId: string): void {
    const s = sessions.get(sessionId);
    if (!s || s.timer) return;
    const wait = (s.shownAt ?? -Infinity) + NOTIFY_GAP_MS - deps.now();
    if (wait <= 0) return flush(sessionId);
    s.timer = true;
    deps.later(() => flush(sessionId), wait);
  }

  function queue(sessionId: string, f: Finding): void {
    let s = sessions.get(sessionId);
    if (!s) sessions.set(sessionId, (s = { shownAt: null, pending: null, timer: false }));
    s.pending = add(s.pending, f);
    schedule(sessionId);
  }

  function countOnBadge(tabId: number, alerts: Finding[]): void {
    const was = perTab.get(tabId) ?? { n: 0, severe: false };
    const now = { n: was.n + alerts.length, severe: was.severe || alerts.some((f) => f.severity >= 3) };
    perTab.set(tabId, now);
    deps.badge(tabId, now.n, now.severe);
    persist();
  }

  return {
    ready: () => loaded,
    async onEventsStored(sessionId, events, tabId) {
      const alerts = events.map(findingOf).filter((f): f is Finding => f !== null);
      if (alerts.length === 0) return;
      await loaded;
      if (tabId !== undefined) countOnBadge(tabId, alerts);
      if (!(await deps.enabled())) return;
      const now = deps.now();
      for (const f of alerts) {
        const key = `${sessionId}|${f.ruleId}|${f.subject.participantId ?? f.subject.name ?? ''}`;
        if (now - (lastShown.get(key) ?? -Infinity) < REPEAT_MS) continue;
        lastShown.set(key, now);
        queue(sessionId, f);
      }
      persist();
    },
  };
}
