import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { call } from '../api';
import { useSettings } from '../components/use-settings';
import type { SessionRecord } from '../../common/protocol';
import { extensionUrl, openOptionsPage } from '../../browser/runtime';
import { activeTab, openTab, sendToTab } from '../../browser/tabs';
import { visibleText } from '../../common/visible-text';
import { saveCapturedRoster, type SavedRoster } from '../roster-capture';
import { updateUserSettings } from '../user-settings';

function Popup() {
  const { loaded, lang, t } = useSettings();
  const [session, setSession] = useState<SessionRecord | null | undefined>(undefined);
  const [status, setStatus] = useState<{ text: string; bad?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    call('log.sessions', {}).then(
      (all) => setSession(all.find((s) => s.endedAt === null) ?? null),
      () => setSession(null),
    );
  }, []);

  const capture = async () => {
    setBusy(true);
    setStatus(null);
    try {
      if (loaded?.locked.includes('classes')) return setStatus({ text: t('popup_capture_locked'), bad: true });
      const tab = await activeTab();
      const reply =
        tab?.id === undefined ? undefined : await sendToTab(tab.id, { type: 'roster.capture' }).catch(() => undefined);
      if (!reply?.ok) return setStatus({ text: t('popup_capture_no_meeting'), bad: true });
      if (reply.value.roster.length === 0) return setStatus({ text: t('popup_capture_empty'), bad: true });
      const out: { saved?: SavedRoster } = {};
      await updateUserSettings(
        (current) => (out.saved = saveCapturedRoster(current, reply.value, () => crypto.randomUUID())).userSettings,
      );
      const saved = out.saved!;
      setStatus({ text: t('popup_capture_saved', String(saved.cls.roster.length), saved.cls.name) });
    } catch (err) {
      setStatus({ text: t('popup_capture_error', String(err)), bad: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ minWidth: '320px' }}>
      <h1>{t('popup_title')}</h1>
      {session === undefined ? null : session ? (
        <p>
          {t(
            'popup_session',
            visibleText(session.meeting.title ?? session.meeting.code ?? session.meeting.platform, 120),
          )}
        </p>
      ) : (
        <p>{t('popup_no_meeting')}</p>
      )}
      <p>
        <button onClick={capture} disabled={busy} aria-describedby="capture-help">
          {t('popup_capture')}
        </button>
        <br />
        <small id="capture-help" class="muted">
          {t('popup_capture_help')}
        </small>
      </p>
      {status && (
        <p role="status" class={status.bad ? 'bad' : 'ok'}>
          {status.text}
        </p>
      )}
      <p>
        <button
          class="primary"
          onClick={() =>
            void openTab(extensionUrl(`src/ui/report/index.html${session ? `?session=${session.id}` : ''}`))
          }
        >
          {t('popup_open_report')}
        </button>{' '}
        <button onClick={() => void openOptionsPage()}>{t('popup_open_options')}</button>
      </p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
