/**
 * Alerts for findings as they are stored: the toolbar badge counts alert-tier findings per tab, and a
 * system notification tells the teacher at once. Repeats of the same rule about the same subject
 * within a minute raise no second notification.
 */
import type { EventDraft } from '../shared/protocol';
import type { Finding } from '../shared/model';

const REPEAT_MS = 60_000;
const lastShown = new Map<string, number>();
const perTab = new Map<number, number>();

export function onEventsStored(_sessionId: string, events: readonly EventDraft[], tabId: number | undefined): void {
  for (const e of events) {
    if (e.type !== 'finding') continue;
    const f = e.payload['finding'] as Finding | undefined;
    if (!f || f.tier !== 'alert') continue;
    if (tabId !== undefined) {
      const n = (perTab.get(tabId) ?? 0) + 1;
      perTab.set(tabId, n);
      void chrome.action.setBadgeText({ tabId, text: n > 99 ? '99+' : String(n) }).catch(() => {});
      void chrome.action.setBadgeBackgroundColor({ tabId, color: f.severity >= 3 ? '#b3261e' : '#c77700' }).catch(() => {});
    }
    const key = `${f.ruleId}|${f.subject.participantId ?? f.subject.name ?? ''}`;
    const now = Date.now();
    if (now - (lastShown.get(key) ?? 0) < REPEAT_MS) continue;
    lastShown.set(key, now);
    notify(f);
  }
}

function notify(f: Finding): void {
  const title = chrome.i18n.getMessage(`category_${f.category.replace(/-/g, '_')}`) || f.category;
  const who = f.subject.name ? `${f.subject.name}: ` : '';
  const what = f.evidence.text ?? f.evidence.detail ?? '';
  chrome.notifications
    .create({
      type: 'basic',
      iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
      title: `Class Guard — ${title}`,
      // Notifications render plain text; cap it so a 100 KB message cannot flood the tray.
      message: (who + what).slice(0, 200),
      priority: f.severity >= 3 ? 2 : 1,
    })
    .catch(() => {});
}
