/** The Chrome side of alerts; the rules are notices.ts. */
import type { EventDraft } from '../common/protocol';
import { createAlerter, sessionOfNotification } from './notices';
import { settingsDerived } from './settings-store';
import { setBadge } from '../browser/action';
import { getMessage } from '../browser/i18n';
import { clearNotification, onNotificationClicked, showNotification } from '../browser/notifications';
import { extensionUrl } from '../browser/runtime';
import { sessionStorageArea } from '../browser/storage';
import { openTab } from '../browser/tabs';
import { pushToPanel } from './panel-push';

const notificationsOn = settingsDerived((s) => s.alerts.notifications);
/** In session storage, as long-lived as the badges. */
const ALERTS_KEY = 'cg.alerts';

const alerter = createAlerter({
  now: () => Date.now(),
  enabled: () => notificationsOn().catch(() => true),
  show(id, { title, message, priority }) {
    showNotification(id, { iconUrl: extensionUrl('icons/icon-128.png'), title, message, priority }).catch(() => {});
  },
  badge(tabId, count, severe) {
    setBadge(tabId, count > 99 ? '99+' : String(count), severe ? '#b3261e' : '#c77700');
  },
  later: (fn, ms) => void setTimeout(fn, ms),
  label: (category) => getMessage(`category_${category.replace(/-/g, '_')}`) || category,
  manyTitle: (count) => getMessage('notify_many_title', String(count)) || `Class Guard — ${count} alerts`,
  store: {
    load: async () => (await sessionStorageArea.get(ALERTS_KEY))[ALERTS_KEY],
    save: (state) => sessionStorageArea.set({ [ALERTS_KEY]: state }),
  },
});

export function onEventsStored(sessionId: string, events: readonly EventDraft[], tabId: number | undefined): void {
  void alerter.onEventsStored(sessionId, events, tabId);
  pushToPanel(sessionId, events, tabId);
}

onNotificationClicked((id) => {
  const sessionId = sessionOfNotification(id);
  if (sessionId === null) return;
  void openTab(extensionUrl(`src/ui/report/index.html?session=${encodeURIComponent(sessionId)}`));
  void clearNotification(id);
});
