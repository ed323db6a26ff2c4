import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { call } from '../api';
import { useSettings } from '../components/use-settings';
import type { SessionRecord, StoredEvent } from '../../shared/protocol';
import { summarize, toCsv, wordsToAllow } from './format';
import { isoWithOffset } from '../../shared/time';
import type { Settings } from '../../shared/settings';
import { updateUserSettings } from '../user-settings';
import { visibleText } from '../../shared/visible-text';

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Report() {
  const { loaded, lang, t } = useSettings();
  const [actionStatus, setActionStatus] = useState<string | null>(null);
  const [sessions, setSessions] = useState<SessionRecord[] | null>(null);
  const [selected, setSelected] = useState<string | null>(new URLSearchParams(location.search).get('session'));
  const [events, setEvents] = useState<StoredEvent[] | null>(null);
  const [verdict, setVerdict] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('report_title');
  }, [lang]);
  useEffect(() => {
    call('log.sessions', {}).then(
      (s) => {
        setSessions(s);
        if (!selected && s[0]) setSelected(s[0].id);
      },
      (e: unknown) => setError(String(e)),
    );
  }, []);
  useEffect(() => {
    if (!selected) return;
    setEvents(null);
    setVerdict(null);
    call('log.events', { sessionId: selected }).then(setEvents, (e: unknown) => setError(String(e)));
  }, [selected]);

  const verify = async () => {
    if (!selected) return;
    const r = await call('log.verify', { sessionId: selected });
    setVerdict(r.valid ? t('report_valid', String(r.count), r.head ?? '') : t('report_invalid', String(r.brokenAt), r.reason ?? ''));
  };
  const session = sessions?.find((s) => s.id === selected);

  /** "Not harmful": the words join the allow-list (open meetings apply it at once) and the log records who decided. */
  const notHarmful = async (words: string, findingId: string) => {
    if (!selected) return;
    if (loaded?.locked.includes('chat')) return setActionStatus(t('report_not_harmful_locked', words));
    await updateUserSettings((user) => {
      const chat = { ...loaded?.settings.chat, ...(user['chat'] as Partial<Settings['chat']> | undefined) };
      return { ...user, chat: { ...chat, allowedWords: [...new Set([...(chat.allowedWords ?? []), words])] } };
    });
    await call('events.append', {
      sessionId: selected,
      events: [{ id: crypto.randomUUID(), type: 'teacher.action', time: isoWithOffset(), payload: { action: 'marked-not-harmful', findingId, words } }],
    });
    setActionStatus(t('report_not_harmful_done', words));
    setEvents(await call('log.events', { sessionId: selected }));
  };

  return (
    <main>
      <h1>{t('report_title')}</h1>
      {error && <p role="alert" class="bad">{t('report_error', error)}</p>}
      <h2>{t('report_sessions')}</h2>
      {sessions === null ? (
        <p>{t('report_loading')}</p>
      ) : sessions.length === 0 ? (
        <p>{t('report_no_sessions')}</p>
      ) : (
        <select aria-label={t('report_sessions')} value={selected ?? ''} onChange={(e) => setSelected((e.target as HTMLSelectElement).value)}>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {`${s.startedAt} · ${s.meeting.platform} · ${visibleText(s.meeting.title ?? s.meeting.code ?? '', 80)} · ${s.eventCount}`}
            </option>
          ))}
        </select>
      )}
      {session && (
        <section aria-label={t('report_meeting')}>
          <p>
            {t('report_platform')}: {session.meeting.platform} · {t('report_meeting')}: {visibleText(session.meeting.code ?? '—', 200)} ·{' '}
            {t('report_started')}: {session.startedAt}
          </p>
          <p>
            <button onClick={verify}>{t('report_verify')}</button>{' '}
            <button disabled={!events} onClick={() => events && download(`class-guard-${session.id}.json`, 'application/json', JSON.stringify({ session, events }, null, 2))}>
              {t('report_export_json')}
            </button>{' '}
            <button disabled={!events} onClick={() => events && download(`class-guard-${session.id}.csv`, 'text/csv', toCsv(events))}>
              {t('report_export_csv')}
            </button>
          </p>
          {verdict && <p role="status" data-testid="verdict">{verdict}</p>}
          {actionStatus && <p role="status">{actionStatus}</p>}
        </section>
      )}
      {events && (
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('report_time')}</th>
              <th>{t('report_type')}</th>
              <th>{t('report_details')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => {
              const sev = e.type === 'finding' ? ((e.payload['finding'] as { severity?: number } | undefined)?.severity ?? 0) : 0;
              return (
                <tr key={e.id} data-type={e.type}>
                  <td>{e.seq}</td>
                  <td>{e.time}</td>
                  <td class={sev ? `sev-${sev}` : ''}>{e.type}</td>
                  <td class="text">
                    {summarize(e)}
                    {(() => {
                      const words = e.type === 'finding' ? wordsToAllow(e, events) : null;
                      return words ? (
                        <>
                          {' '}
                          <button title={t('report_not_harmful_help')} onClick={() => void notHarmful(words, e.id)}>
                            {t('report_not_harmful')}
                          </button>
                        </>
                      ) : null;
                    })()}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
  );
}

render(<Report />, document.getElementById('app')!);
