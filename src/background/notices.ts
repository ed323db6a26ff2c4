/**
 * The rules are docs/detectors.md's ("How alerts reach the teacher"); the Chrome side is alerts.ts.
 * One notification a class, summed up: a raid raises alerts by the hundred, and each notification is
 * a window of its own.
 */
import type { EventDraft } from '../common/protocol';
import type { Finding, FindingCategory } from '../common/model';

export const NOTIFY_GAP_MS = 5_000;
export const REPEAT_MS = 60_000;
/** So a huge message cannot flood the screen. */
const MESSAGE_CHARS = 200;
const NOTIFICATION_PREFIX = 'cg-session:';

export interface Notice {
  title: string;
  message: string;
  priority: number;
  /** The person of the top finding, when "In my class" may apply to them. */
  person?: { name: string; findingId: string };
}

/** Categories where the person may well be a student the roster misses: "In my class" is offered. */
const MAYBE_A_STUDENT: ReadonlySet<FindingCategory> = new Set<FindingCategory>([
  'unknown-participant',
  'suspicious-name',
  'rename',
]);

export interface AlerterDeps {
  now(): number;
  /** Read per batch: the teacher may turn them off mid-class. */
  enabled(): Promise<boolean>;
  show(id: string, notice: Notice): void;
  badge(tabId: number, count: number, severe: boolean): void;
  later(fn: () => void, ms: number): void;
  label(category: FindingCategory): string;
  manyTitle(count: number): string;
  /** Why a participant or share rule fired, in the teacher's language (common/rule-words.ts); null: none. */
  why(ruleId: string): string | null;
  /** Outlives a stopped worker; saves come one at a time, in order. */
  store: { load(): Promise<unknown>; save(state: AlerterState): Promise<void> };
}

export interface Alerter {
  onEventsStored(sessionId: string, events: readonly EventDraft[], tabId: number | undefined): Promise<void>;
  ready(): Promise<void>;
  /** The teacher paused this meeting's alerts (popup); a new meeting is a new session, not paused. */
  isPaused(sessionId: string): boolean;
}

interface Pending {
  count: number;
  categories: [FindingCategory, { n: number; severity: number }][];
  /** Its words close the notification. */
  top: Finding;
  /** The top finding's event id (absent in a state an older version saved). */
  topId?: string;
}

export interface AlerterState {
  tabs: [number, { n: number; severe: boolean }][];
  lastShown: [string, number][];
  sessions: [string, { shownAt: number | null; pending: Pending | null }][];
  /** Sessions whose teacher paused the alerts (a teacher.action in the log). */
  paused?: string[];
}

export const notificationId = (sessionId: string): string => NOTIFICATION_PREFIX + sessionId;
export const sessionOfNotification = (id: string): string | null =>
  id.startsWith(NOTIFICATION_PREFIX) ? id.slice(NOTIFICATION_PREFIX.length) : null;

interface Alert {
  id: string;
  finding: Finding;
}

const alertOf = (e: EventDraft): Alert | null => {
  if (e.type !== 'finding') return null;
  const f = e.payload['finding'] as Finding | undefined;
  return f && f.tier === 'alert' ? { id: e.id, finding: f } : null;
};

/** The last pause or resume among these events, if any. */
function pauseIn(events: readonly EventDraft[]): boolean | null {
  let paused: boolean | null = null;
  for (const e of events) {
    if (e.type !== 'teacher.action') continue;
    const action = e.payload['action'];
    if (action === 'paused') paused = true;
    else if (action === 'resumed') paused = false;
  }
  return paused;
}

interface SessionAlerts {
  shownAt: number | null;
  pending: Pending | null;
  timer: boolean;
}

interface Counts {
  perTab: Map<number, { n: number; severe: boolean }>;
  lastShown: Map<string, number>;
  sessions: Map<string, SessionAlerts>;
  paused: Set<string>;
}

function describe(f: Finding, why: (ruleId: string) => string | null): string {
  const who = f.subject.name ? `${f.subject.name}: ` : '';
  return who + (f.evidence.text ?? why(f.ruleId) ?? f.evidence.detail ?? '');
}

function notice(p: Pending, deps: Pick<AlerterDeps, 'label' | 'manyTitle' | 'why'>): Notice {
  const top = p.top;
  const priority = top.severity >= 3 ? 2 : 1;
  const person =
    top.subject.name && MAYBE_A_STUDENT.has(top.category) && p.topId
      ? { person: { name: top.subject.name, findingId: p.topId } }
      : {};
  if (p.count === 1)
    return {
      title: `Class Guard — ${deps.label(top.category)}`,
      message: describe(top, deps.why).slice(0, MESSAGE_CHARS),
      priority,
      ...person,
    };
  const counts = [...p.categories]
    .sort((a, b) => b[1].severity - a[1].severity || b[1].n - a[1].n)
    .map(([category, c]) => `${deps.label(category)} ×${c.n}`)
    .join(', ');
  return {
    title: deps.manyTitle(p.count),
    message: `${counts}\n${describe(top, deps.why)}`.slice(0, MESSAGE_CHARS),
    priority,
    ...person,
  };
}

function add(p: Pending | null, { id, finding: f }: Alert): Pending {
  if (!p) return { count: 1, categories: [[f.category, { n: 1, severity: f.severity }]], top: f, topId: id };
  const c = p.categories.find(([category]) => category === f.category)?.[1];
  if (c) {
    c.n++;
    c.severity = Math.max(c.severity, f.severity);
  } else p.categories.push([f.category, { n: 1, severity: f.severity }]);
  p.count++;
  if (f.severity > p.top.severity) {
    p.top = f;
    p.topId = id;
  }
  return p;
}

function toStored(counts: Counts, now: number): AlerterState {
  for (const [key, at] of counts.lastShown) if (now - at >= REPEAT_MS) counts.lastShown.delete(key);
  return {
    tabs: [...counts.perTab],
    lastShown: [...counts.lastShown],
    sessions: [...counts.sessions].map(([id, { shownAt, pending }]) => [id, { shownAt, pending }]),
    paused: [...counts.paused],
  };
}

/** As far as it reads: a bad stored state must not stop the alerts. */
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
  for (const id of Array.isArray(state.paused) ? state.paused : []) if (typeof id === 'string') counts.paused.add(id);
}

/** A save already waiting covers later changes too: it saves the state as it is when its turn comes. */
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

/** Paused: what is pending is dropped, and nothing new is shown until the teacher resumes. */
function setPaused(counts: Counts, sessionId: string, on: boolean): void {
  if (!on) return void counts.paused.delete(sessionId);
  counts.paused.add(sessionId);
  const s = counts.sessions.get(sessionId);
  if (s) s.pending = null;
}

export function createAlerter(deps: AlerterDeps): Alerter {
  const counts: Counts = { perTab: new Map(), lastShown: new Map(), sessions: new Map(), paused: new Set() };
  const { perTab, lastShown, sessions, paused } = counts;

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

  function schedule(sessionId: string): void {
    const s = sessions.get(sessionId);
    if (!s || s.timer) return;
    const wait = (s.shownAt ?? -Infinity) + NOTIFY_GAP_MS - deps.now();
    if (wait <= 0) return flush(sessionId);
    s.timer = true;
    deps.later(() => flush(sessionId), wait);
  }

  function queue(sessionId: string, f: Alert): void {
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
    isPaused: (sessionId) => paused.has(sessionId),
    async onEventsStored(sessionId, events, tabId) {
      const pause = pauseIn(events);
      const alerts = events.map(alertOf).filter((a): a is Alert => a !== null);
      if (alerts.length === 0 && pause === null) return;
      await loaded;
      if (pause !== null) {
        setPaused(counts, sessionId, pause);
        persist();
      }
      if (alerts.length === 0) return;
      if (tabId !== undefined)
        countOnBadge(
          tabId,
          alerts.map((a) => a.finding),
        );
      if (paused.has(sessionId) || !(await deps.enabled())) return;
      const now = deps.now();
      for (const a of alerts) {
        const f = a.finding;
        const key = `${sessionId}|${f.ruleId}|${f.subject.participantId ?? f.subject.name ?? ''}`;
        if (now - (lastShown.get(key) ?? -Infinity) < REPEAT_MS) continue;
        lastShown.set(key, now);
        queue(sessionId, a);
      }
      persist();
    },
  };
}
