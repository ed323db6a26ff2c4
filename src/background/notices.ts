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
}

export interface Alerter {
  onEventsStored(sessionId: string, events: readonly EventDraft[], tabId: number | undefined): Promise<void>;
}

export const notificationId = (sessionId: string): string => NOTIFICATION_PREFIX + sessionId;
export const sessionOfNotification = (id: string): string | null => (id.startsWith(NOTIFICATION_PREFIX) ? id.slice(NOTIFICATION_PREFIX.length) : null);

const findingOf = (e: EventDraft): Finding | null => {
  if (e.type !== 'finding') return null;
  const f = e.payload['finding'] as Finding | undefined;
  return f && f.tier === 'alert' ? f : null;
};

export function createAlerter(deps: AlerterDeps): Alerter {
  /** Alerts per tab, and whether any was severe (the badge turns red and stays red). */
  const perTab = new Map<number, { n: number; severe: boolean }>();
  const lastShown = new Map<string, number>();
  /** Per session: when its notification was last shown, and the alerts waiting for the next one. */
  const sessions = new Map<string, { shownAt: number; pending: Finding[]; timer: boolean }>();

  function describe(f: Finding): string {
    const who = f.subject.name ? `${f.subject.name}: ` : '';
    return who + (f.evidence.text ?? f.evidence.detail ?? '');
  }

  function notice(pending: readonly Finding[]): Notice {
    const top = pending.reduce((a, b) => (b.severity > a.severity ? b : a));
    const priority = top.severity >= 3 ? 2 : 1;
    if (pending.length === 1) return { title: `Class Guard — ${deps.label(top.category)}`, message: describe(top).slice(0, MESSAGE_CHARS), priority };
    const byCategory = new Map<FindingCategory, { n: number; severity: number }>();
    for (const f of pending) {
      const c = byCategory.get(f.category) ?? { n: 0, severity: 0 };
      byCategory.set(f.category, { n: c.n + 1, severity: Math.max(c.severity, f.severity) });
    }
    const counts = [...byCategory]
      .sort((a, b) => b[1].severity - a[1].severity || b[1].n - a[1].n)
      .map(([category, c]) => `${deps.label(category)} ×${c.n}`)
      .join(', ');
    return { title: deps.manyTitle(pending.length), message: `${counts}\n${describe(top)}`.slice(0, MESSAGE_CHARS), priority };
  }

  function flush(sessionId: string): void {
    const s = sessions.get(sessionId);
    if (!s) return;
    s.timer = false;
    if (s.pending.length === 0) return;
    deps.show(notificationId(sessionId), notice(s.pending));
    s.pending = [];
    s.shownAt = deps.now();
  }

  function queue(sessionId: string, f: Finding): void {
    let s = sessions.get(sessionId);
    if (!s) sessions.set(sessionId, (s = { shownAt: -Infinity, pending: [], timer: false }));
    s.pending.push(f);
    if (s.timer) return;
    const wait = s.shownAt + NOTIFY_GAP_MS - deps.now();
    if (wait <= 0) return flush(sessionId);
    s.timer = true;
    deps.later(() => flush(sessionId), wait);
  }

  return {
    async onEventsStored(sessionId, events, tabId) {
      const alerts = events.map(findingOf).filter((f): f is Finding => f !== null);
      if (alerts.length === 0) return;
      if (tabId !== undefined) {
        const was = perTab.get(tabId) ?? { n: 0, severe: false };
        const now = { n: was.n + alerts.length, severe: was.severe || alerts.some((f) => f.severity >= 3) };
        perTab.set(tabId, now);
        deps.badge(tabId, now.n, now.severe);
      }
      if (!(await deps.enabled())) return;
      const now = deps.now();
      for (const f of alerts) {
        const key = `${sessionId}|${f.ruleId}|${f.subject.participantId ?? f.subject.name ?? ''}`;
        if (now - (lastShown.get(key) ?? -Infinity) < REPEAT_MS) continue;
        lastShown.set(key, now);
        queue(sessionId, f);
      }
    },
  };
}
