/** The Chrome side of alerts; the rules are notices.ts. */
import type { EventDraft } from '../common/protocol';
import { createAlerter, sessionOfNotification } from './notices';
import { settingsDerived } from './settings-store';
import { setBadge } from '../browser/action';
import { ruleWhy } from '../common/rule-words';
import { uiLanguage } from '../browser/i18n';
import {
  clearNotification,
  onNotificationButtonClicked,
  onNotificationClicked,
  showNotification,
} from '../browser/notifications';
import {
  actionsOf,
  answerNotice,
  buttonTitle,
  goToClass,
  inMyClass,
  isParentNotice,
  rememberActions,
  type NoticeButton,
} from './notice-actions';
import { extensionUrl } from '../browser/runtime';
import { sessionStorageArea } from '../browser/storage';
import { openTab } from '../browser/tabs';
import { pushToPanel } from './panel-push';
import { categoryText, langOf, noticeLang, text, type Lang } from './notice-text';

const notificationsOn = settingsDerived((s) => s.alerts.notifications);
/** In session storage, as long-lived as the badges. */
const ALERTS_KEY = 'cg.alerts';

/**
 * The teacher's language, read with each batch (and before a restored state may show what it owed), so
 * the alerter, whose notices are built synchronously, has it when it builds them.
 */
let lang: Lang = langOf(undefined, uiLanguage());
const readLang = async (): Promise<void> => {
  lang = await noticeLang();
};

const alerter = createAlerter({
  now: () => Date.now(),
  async enabled() {
    await readLang();
    return notificationsOn().catch(() => true);
  },
  show(id, { title, message, priority, person }) {
    const buttons: NoticeButton[] = person ? ['go', 'in-my-class'] : ['go'];
    const shownIn = lang;
    void rememberActions(id, { buttons, ...(person ? { person } : {}) }).then(() =>
      showNotification(id, {
        iconUrl: extensionUrl('icons/icon-128.png'),
        title,
        message,
        priority,
        buttons: buttons.map((b) => buttonTitle(shownIn, b)),
        // An urgent alert in class stays until the teacher acts on it.
        requireInteraction: priority >= 2,
      }).catch(() => {}),
    );
  },
  badge(tabId, count, severe) {
    setBadge(tabId, count > 99 ? '99+' : String(count), severe ? '#b3261e' : '#c77700');
  },
  later: (fn, ms) => void setTimeout(fn, ms),
  label: (category) => categoryText(lang, category),
  manyTitle: (count) => text(lang, 'notify_many_title', count),
  why: (ruleId) => ruleWhy((key) => text(lang, key), ruleId),
  store: {
    async load() {
      await readLang();
      return (await sessionStorageArea.get(ALERTS_KEY))[ALERTS_KEY];
    },
    save: (state) => sessionStorageArea.set({ [ALERTS_KEY]: state }),
  },
});

export function onEventsStored(sessionId: string, events: readonly EventDraft[], tabId: number | undefined): void {
  void alerter.onEventsStored(sessionId, events, tabId);
  pushToPanel(sessionId, events, tabId);
}

onNotificationButtonClicked((id, index) => {
  const sessionId = sessionOfNotification(id);
  if (sessionId === null) return;
  void (async () => {
    const button = (await actionsOf(id))?.buttons[index] ?? (index === 0 ? 'go' : null);
    const person = (await actionsOf(id))?.person;
    if (button === 'go') {
      if (!(await goToClass(sessionId))) await openTab(reportUrl(sessionId));
    } else if (button === 'in-my-class' && person) {
      const lang = await noticeLang();
      const answer = await inMyClass(sessionId, person).catch(() => ({
        ok: false,
        text: text(lang, 'notify_roster_failed'),
      }));
      const { id: answerId, ...shown } = answerNotice(sessionId, answer, lang);
      await showNotification(answerId, { iconUrl: extensionUrl('icons/icon-128.png'), ...shown }).catch(() => {});
    }
    await clearNotification(id).catch(() => {});
  })();
});

const reportUrl = (sessionId: string) =>
  extensionUrl(`src/ui/report/index.html?session=${encodeURIComponent(sessionId)}`);

onNotificationClicked((id) => {
  if (isParentNotice(id)) {
    void openTab(extensionUrl('src/ui/parent/index.html'));
    void clearNotification(id);
    return;
  }
  const sessionId = sessionOfNotification(id);
  if (sessionId === null) return;
  void openTab(reportUrl(sessionId));
  void clearNotification(id);
});
