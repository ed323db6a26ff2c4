import { Fragment, render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { call } from '../api';
import { useSettings } from '../components/use-settings';
import { usePageLanguage } from '../components/use-page-language';
import type { SessionRecord, StoredEvent } from '../../common/protocol';
import { EventsView, StorageUsed, VerifyFile } from './views';
import { localTime, localZone } from './local-time';
import type { Lang } from '../i18n';
import { exportMeeting, type ExportKind } from './downloads';
import { isoWithOffset } from '../../common/time';
import type { Settings } from '../../common/settings';
import { updateUserSettings } from '../user-settings';
import { visibleText } from '../../common/visible-text';
import { MeetingsList, RetentionNote } from './meetings';
import { MeetingView } from './meeting-view';
import { analyze } from './analysis';
import { incidentNoteDraft } from './incident-notes';

type Translate = ReturnType<typeof useSettings>['t'];

/** The log's sessions; the first is selected when the page was opened without one. */
function useSessions(
  selected: string | null,
  select: (id: string) => void,
  fail: (error: string) => void,
): [SessionRecord[] | null, (s: SessionRecord[]) => void] {
  const [sessions, setSessions] = useState<SessionRecord[] | null>(null);
  useEffect(() => {
    call('log.sessions', {}).then(
      (s) => {
        setSessions(s);
        if (!selected && s[0]) select(s[0].id);
      },
      (e: unknown) => fail(String(e)),
    );
  }, []);
  return [sessions, setSessions];
}

/** The selected session's events and the verdict on its chain, both cleared when another is selected. */
function useSessionLog(selected: string | null, fail: (error: string) => void) {
  const [events, setEvents] = useState<StoredEvent[] | null>(null);
  const [verdict, setVerdict] = useState<string | null>(null);
  useEffect(() => {
    if (!selected) return;
    setEvents(null);
    setVerdict(null);
    call('log.events', { sessionId: selected }).then(setEvents, (e: unknown) => fail(String(e)));
  }, [selected]);
  return { events, setEvents, verdict, setVerdict };
}

async function verdictOn(sessionId: string, t: Translate): Promise<string> {
  const r = await call('log.verify', { sessionId });
  return r.valid
    ? t('report_valid', String(r.count), r.head ?? '')
    : t('report_invalid', String(r.brokenAt), r.reason ?? '');
}

/** "Not harmful": the words join the allow-list (open meetings apply it at once) and the log records who decided. */
async function markNotHarmful(
  sessionId: string,
  words: string,
  findingId: string,
  chatInForce: Settings['chat'] | undefined,
): Promise<void> {
  await updateUserSettings((user) => {
    const chat = { ...chatInForce, ...(user['chat'] as Partial<Settings['chat']> | undefined) };
    return { ...user, chat: { ...chat, allowedWords: [...new Set([...(chat.allowedWords ?? []), words])] } };
  });
  await call('events.append', {
    sessionId,
    events: [
      {
        id: crypto.randomUUID(),
        type: 'teacher.action',
        time: isoWithOffset(),
        payload: { action: 'marked-not-harmful', findingId, words },
      },
    ],
  });
}

interface SessionPanelProps {
  session: SessionRecord;
  events: StoredEvent[] | null;
  verdict: string | null;
  actionStatus: string | null;
  onVerify: () => void;
  onExport: (kind: ExportKind) => void;
  lang: Lang;
  t: Translate;
}

const EXPORTS: [ExportKind, string][] = [
  ['html', 'report_export_html'],
  ['json', 'report_export_json'],
  ['csv', 'report_export_csv'],
];

/** The selected meeting: what it was, and checking and exporting its log. */
function SessionPanel({ session, events, verdict, actionStatus, onVerify, onExport, lang, t }: SessionPanelProps) {
  return (
    <section aria-label={t('report_meeting')}>
      <p>
        {t('report_platform')}: {session.meeting.platform} · {t('report_meeting')}:{' '}
        {visibleText(session.meeting.code ?? '—', 200)} · {t('report_started')}:{' '}
        {localTime(session.startedAt, lang, localZone())}
      </p>
      <p>
        <button onClick={onVerify}>{t('report_verify')}</button>{' '}
        {EXPORTS.map(([kind, label]) => (
          <Fragment key={kind}>
            <button disabled={!events} data-export={kind} onClick={() => onExport(kind)}>
              {t(label)}
            </button>{' '}
          </Fragment>
        ))}
      </p>
      {verdict && (
        <p role="status" data-testid="verdict">
          {verdict}
        </p>
      )}
      {actionStatus && <p role="status">{actionStatus}</p>}
    </section>
  );
}

/** A note from the report page: a new event each time, so the log keeps every version. */
async function appendNote(sessionId: string, note: string): Promise<void> {
  await call('events.append', {
    sessionId,
    events: [
      {
        id: crypto.randomUUID(),
        type: 'teacher.action',
        time: isoWithOffset(),
        payload: { action: 'report-note', note },
      },
    ],
  });
}

/** The meeting's note and each incident's: saved as new events, then the log read again to show them. */
function noteSavers(selected: string | null, setEvents: (events: StoredEvent[]) => void) {
  const reload = async (sessionId: string) => setEvents(await call('log.events', { sessionId }));
  return {
    async onSaveNote(note: string) {
      if (!selected) return;
      await appendNote(selected, note);
      await reload(selected);
    },
    async onSaveIncidentNote(findingId: string, note: string) {
      if (!selected) return;
      const draft = incidentNoteDraft(findingId, note, isoWithOffset());
      await call('events.append', { sessionId: selected, events: [draft] });
      await reload(selected);
    },
  };
}

function Report() {
  const { loaded, lang, t } = useSettings();
  const [actionStatus, setActionStatus] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(new URLSearchParams(location.search).get('session'));
  const [error, setError] = useState<string | null>(null);
  usePageLanguage(lang, t('report_title'));
  const [sessions, setSessions] = useSessions(selected, setSelected, setError);
  const { events, setEvents, verdict, setVerdict } = useSessionLog(selected, setError);
  const session = sessions?.find((s) => s.id === selected);

  const notHarmful = async (words: string, findingId: string) => {
    if (!selected) return;
    if (loaded?.locked.includes('chat')) return setActionStatus(t('report_not_harmful_locked', words));
    await markNotHarmful(selected, words, findingId, loaded?.settings.chat);
    setActionStatus(t('report_not_harmful_done', words));
    setEvents(await call('log.events', { sessionId: selected }));
  };

  const analysis = useMemo(() => (events ? analyze(events) : null), [events]);
  const savers = noteSavers(selected, setEvents);
  const keep = async (id: string, value: boolean) => {
    try {
      const updated = await call('log.keep', { sessionId: id, keep: value });
      setSessions((sessions ?? []).map((s) => (s.id === id ? updated : s)));
      setActionStatus(t(value ? 'report_keep_done' : 'report_keep_released'));
      if (id === selected) setEvents(await call('log.events', { sessionId: id }));
    } catch (e) {
      setError(String(e));
    }
  };

  return (
    <main>
      <h1>{t('report_title')}</h1>
      {error && (
        <p role="alert" class="bad">
          {t('report_error', error)}
        </p>
      )}
      <h2>{t('report_sessions')}</h2>
      <MeetingsList
        sessions={sessions}
        selected={selected}
        onSelect={setSelected}
        onKeep={(id, value) => void keep(id, value)}
        classes={loaded?.settings.classes ?? []}
        lang={lang}
        t={t}
      />
      {session && (
        <SessionPanel
          session={session}
          events={events}
          verdict={verdict}
          actionStatus={actionStatus}
          onVerify={() => selected && void verdictOn(selected, t).then(setVerdict)}
          lang={lang}
          onExport={(kind) => events && exportMeeting(kind, session, events, { lang, t, settings: loaded?.settings })}
          t={t}
        />
      )}
      {session && events && analysis && (
        <MeetingView session={session} events={events} a={analysis} lang={lang} t={t} {...savers} />
      )}
      {events && (
        <EventsView events={events} lang={lang} onNotHarmful={(words, id) => void notHarmful(words, id)} t={t} />
      )}
      <VerifyFile t={t} />
      <RetentionNote days={loaded?.settings.retention.days ?? 30} lang={lang} t={t} />
      <StorageUsed lang={lang} t={t} />
    </main>
  );
}

render(<Report />, document.getElementById('app')!);
