import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { call } from '../api';
import { useSettings } from '../components/use-settings';
import type { SessionRecord } from '../../shared/protocol';
import { visibleText } from '../../shared/visible-text';

function Popup() {
  const { lang, t } = useSettings();
  const [session, setSession] = useState<SessionRecord | null | undefined>(undefined);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    call('log.sessions', {}).then(
      (all) => setSession(all.find((s) => s.endedAt === null) ?? null),
      () => setSession(null),
    );
  }, []);
  return (
    <main style={{ minWidth: '300px' }}>
      <h1>{t('popup_title')}</h1>
      {session === undefined ? null : session ? (
        <p>{t('popup_session', visibleText(session.meeting.title ?? session.meeting.code ?? session.meeting.platform, 120))}</p>
      ) : (
        <p>{t('popup_no_meeting')}</p>
      )}
      <p>
        <button class="primary" onClick={() => void chrome.tabs.create({ url: chrome.runtime.getURL(`src/ui/report/index.html${session ? `?session=${session.id}` : ''}`) })}>
          {t('popup_open_report')}
        </button>{' '}
        <button onClick={() => void chrome.runtime.openOptionsPage()}>{t('popup_open_options')}</button>
      </p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
