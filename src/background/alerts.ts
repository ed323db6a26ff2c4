/**
 * The Chrome side of alerts (the rules are notices.ts): the toolbar badge, one system notification
 * per class, the settings' switch for notifications, and a click on a notification opening that
 * class's log.
 */
import type { EventDraft } from '../shared/protocol';
import { createAlerter, sessionOfNotification } from './notices';
import { settingsDerived } from './settings-store';

const notificationsOn = settingsDerived((s) => s.alerts.notifications);
/** The alerts' state (notices.ts AlerterState), for the next worker: in session storage, as long-lived as the badges. */
const ALERTS_KEY = 'cg.alerts';

const alerter = createAlerter({
  now: () => Date.now(),
  enabled: () => notificationsOn().catch(() => true),
  show(id, { title, message, priority }) {
    chrome.notifications.create(id, { type: 'basic', iconUrl: chrome.runtime.getURL('icons/icon-128.png'), title, message, priority }).catch(() => {});
  },
  badge(tabId, count, severe) {
    void chrome.action.setBadgeText({ tabId, text: count > 99 ? '99+' : String(count) }).catch(() => {});
    void chrome.action.setBadgeBackgroundColor({ tabId, color: severe ? '#b3261e' : '#c77700' }).catch(() => {});
  },
  later: (fn, ms) => void setTimeout(fn, ms),
  label: (category) => chrome.i18n.getMessage(`category_${category.replace(/-/g, '_')}`) || category,
  manyTitle: (count) => chrome.i18n.getMessage('notify_many_title', String(count)) || `Class Guard — ${count} alerts`,
  store: {
    load: async () => (await chrome.storage.session.get(ALERTS_KEY))[ALERTS_KEY],
    save: (state) => chrome.storage.session.set({ [ALERTS_KEY]: state }),
  },
});

export function onEventsStored(sessionId: string, events: readonly EventDraft[], tabId: number | undefined): void {
  void alerter.onEventsStored(sessionId, events, tabId);
}

// A notification is about one class: clicking it opens that class's log.
chrome.notifications.onClicked.addListener((id) => {
  const sessionId = sessionOfNotification(id);
  if (sessionId === null) return;
  void chrome.tabs.create({ url: chrome.runtime.getURL(`src/ui/report/index.html?session=${encodeURIComponent(sessionId)}`) });
  void chrome.notifications.clear(id);
});
