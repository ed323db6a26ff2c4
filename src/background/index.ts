/** The only writer of the event log (docs/architecture.md). */
import { validateRequest } from './validate';
import { classifySender, allowed } from './senders';
import {
  appendEvents,
  listSessions,
  openSession,
  recordDiagnostic,
  sessionEvents,
  UnknownSessionError,
} from './event-log';
import { verifyChain } from '../common/event-chain';
import type { MessageName, ProtocolMap } from '../common/protocol';
import { extensionId, extensionUrl, onInstalled, onMessage, type MessageSender } from '../browser/runtime';
import { drainOutboxes } from './outbox-consumer';
import { rememberTab } from './session-tabs';
import { reinjectContentScripts } from './reinject';
import { loadSettings } from './settings-store';
import { onEventsStored } from './alerts';
import { foldSessionState } from './session-state';
import { matchClass } from '../common/classes';
import { deriveChatFindings } from './chat-findings';
import { classifyNames } from './name-verdicts';
import { listPurges, RETENTION_ALARM, RETENTION_PERIOD_MINUTES, runRetention, setKeptAsEvidence } from './retention';
import { ensureAlarm, onAlarm } from '../browser/alarms';
import { openGuide } from './guide-pages';
import { inMyClassFromPanel } from './notice-actions';
import { saveLearnedFromPanel } from './learned-save';
import { forwardingStatus, forwardStored, sendTest } from './forwarding';
import {
  disableParent,
  lockParent,
  parentAllows,
  ParentLockedError,
  parentStatus,
  requireParent,
  setUpParent,
  unlockParent,
  writeUserSettings,
} from './parent';
import { summarize } from './parent/summary';
import { checkStorage, noteStored, noteWriteFailure, storageStatus } from './storage-watch';
// For its side effect: the settings listener registers on import.
import './settings-broadcast';

type Handler<K extends MessageName> = (payload: ProtocolMap[K][0], sender: MessageSender) => Promise<ProtocolMap[K][1]>;

const handlers: { [K in MessageName]: Handler<K> } = {
  async 'session.open'({ meeting }, sender) {
    // A reloaded page's events go before the new page's first.
    await drainOutboxes();
    const [{ session, resumed }, { settings }] = await Promise.all([openSession(meeting), loadSettings()]);
    await rememberTab(session.id, sender.tab?.id);
    return {
      sessionId: session.id,
      resumed: resumed ? foldSessionState(await sessionEvents(session.id)) : null,
      settings,
      classConfig: matchClass(meeting, settings.classes),
    };
  },
  async 'events.append'({ sessionId, events }, sender) {
    const { ids, fresh } = await appendEvents(sessionId, events, deriveChatFindings).catch((err: unknown) => {
      noteWriteFailure(err);
      throw err;
    });
    onEventsStored(sessionId, fresh, sender.tab?.id);
    noteStored();
    void forwardStored(sessionId, fresh).catch((e: unknown) => console.warn('Class Guard forwarding:', e));
    return { stored: ids };
  },
  async 'meeting.config'({ meeting }) {
    const { settings } = await loadSettings();
    return { settings, classConfig: matchClass(meeting, settings.classes) };
  },
  async 'settings.get'() {
    return loadSettings();
  },
  async 'log.sessions'() {
    return listSessions();
  },
  async 'log.events'({ sessionId }) {
    return sessionEvents(sessionId);
  },
  async 'log.verify'({ sessionId }) {
    return verifyChain(await sessionEvents(sessionId));
  },
  async 'log.keep'({ sessionId, keep }) {
    return setKeptAsEvidence(sessionId, keep);
  },
  async 'log.purges'() {
    return listPurges();
  },
  'log.storage': () => storageStatus(),
  async 'names.classify'({ names }) {
    return { verdicts: await classifyNames(names) };
  },
  async 'guide.open'({ lang }) {
    await openGuide(lang);
    return null;
  },
  'roster.add': ({ sessionId, name, findingId }) => inMyClassFromPanel(sessionId, { name, findingId }),
  'roster.learned.save': ({ sessionId, names }) => saveLearnedFromPanel(sessionId, names),
  'forwarding.status': () => forwardingStatus(),
  async 'forwarding.test'() {
    const r = await sendTest();
    return r.ok ? { ok: true } : { ok: false, error: r.error };
  },
  async 'settings.write'({ settings }) {
    await writeUserSettings(settings);
    return { written: true };
  },
  'parent.status': () => parentStatus(),
  'parent.setup': ({ pin }) => setUpParent(pin),
  'parent.unlock': ({ pin }) => unlockParent(pin),
  'parent.lock': () => lockParent(),
  'parent.disable': () => disableParent(),
  async 'parent.summary'() {
    await requireParent('the parent summary');
    return summarize(await listSessions(), sessionEvents);
  },
  'parent.allows': () => parentAllows(),
};

const extensionOrigin = extensionUrl('');

onMessage((raw, sender, sendResponse) => {
  const kind = classifySender(sender, extensionId(), extensionOrigin);
  const senderLabel = describeSender(sender);
  if (!kind) {
    void recordDiagnostic({
      kind: 'message.rejected',
      detail: 'sender is not part of this extension',
      sender: senderLabel,
    });
    return false;
  }
  const v = validateRequest(raw);
  if (!v.ok) {
    console.warn('Class Guard: rejected message from', senderLabel, '-', v.reason);
    void recordDiagnostic({ kind: 'message.rejected', detail: v.reason, sender: senderLabel });
    sendResponse({ ok: false, error: v.reason });
    return false;
  }
  if (!allowed(kind, v.type)) {
    const reason = `${v.type} is not allowed from a ${kind}`;
    void recordDiagnostic({ kind: 'message.rejected', detail: reason, sender: senderLabel });
    sendResponse({ ok: false, error: reason });
    return false;
  }
  const handler = handlers[v.type] as Handler<MessageName>;
  handler(v.payload as never, sender).then(
    (value) => sendResponse({ ok: true, value }),
    (err: unknown) => {
      const told = err instanceof UnknownSessionError || err instanceof ParentLockedError;
      const error = told ? err.message : `internal error: ${String(err)}`;
      if (!told) console.error('Class Guard:', v.type, err);
      void recordDiagnostic({ kind: 'error', detail: `${v.type}: ${error}`.slice(0, 500), sender: senderLabel });
      sendResponse({ ok: false, error });
    },
  );
  return true; // the reply is asynchronous
});

function describeSender(sender: MessageSender): string {
  const url = sender.url ? new URL(sender.url) : null;
  return `${sender.tab ? `tab ${sender.tab.id}` : 'no tab'} ${url ? url.origin + url.pathname : ''}`.slice(0, 300);
}

onInstalled((reason) => {
  void reinjectContentScripts(reason);
});

onAlarm((name) => {
  if (name !== RETENTION_ALARM) return;
  void loadSettings().then(
    // Retention first: what it deletes may be all the room needed.
    ({ settings }) => runRetention(settings.retention.days).then(() => checkStorage()),
    (err: unknown) => recordDiagnostic({ kind: 'error', detail: `retention: ${String(err)}`.slice(0, 500) }),
  );
});
void ensureAlarm(RETENTION_ALARM, RETENTION_PERIOD_MINUTES);

// Chunks pages left while no worker was running.
void drainOutboxes();
void checkStorage();
