import { render } from 'preact';
import { useState } from 'preact/hooks';
import { useSettings } from '../components/use-settings';
import { extensionUrl, openOptionsPage } from '../../browser/runtime';
import { openTab } from '../../browser/tabs';
import type { PopupEntry } from '../../common/protocol';
import { captureRoster, dismiss, inMyClass, pause, type Status } from './actions';
import { Live } from './live';
import { useMeeting, type MeetingView } from './use-meeting';
import { ChecklistSection } from './checklist';
import { usePageLanguage } from '../components/use-page-language';
import { declineLearned, LearnedRosterSection, saveLearned } from './learned';
import { ForwardingLine } from './forwarding-line';
import { StorageWarningNote } from '../components/storage-warning';

function Popup() {
  const { loaded, lang, t } = useSettings();
  const [view, refresh] = useMeeting();
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  usePageLanguage(lang, t('popup_title'));

  const run = async (action: () => Promise<Status>) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await action());
    } catch (err) {
      setStatus({ text: t('popup_capture_error', String(err)), bad: true });
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const capture = () => run(() => captureRoster(t, loaded?.locked ?? []));

  const live = view.kind === 'live' ? view : null;
  const locked = loaded?.locked ?? [];
  return (
    <main>
      <header class="top">
        <h1>{t('popup_title')}</h1>
        {live && (
          <span class={`state ${live.state.paused ? 'is-paused' : 'is-on'}`}>
            {t(live.state.paused ? 'popup_state_paused' : 'popup_state_on')}
          </span>
        )}
      </header>
      <Intro view={view} t={t} />
      <ForwardingLine on={loaded?.settings.forwarding.enabled ?? false} t={t} lang={lang} />
      <StorageWarningNote lang={lang} t={t} />
      {live && (
        <Live
          state={live.state}
          t={t}
          lang={lang}
          busy={busy}
          inClass={(e: PopupEntry) => run(() => inMyClass(t, live.tabId, live.state, e, locked))}
          dismiss={(e: PopupEntry) => run(() => dismiss(t, live.tabId, live.state, e))}
        />
      )}
      {live && (
        <LearnedRosterSection
          tabId={live.tabId}
          tick={live.state}
          t={t}
          lang={lang}
          busy={busy}
          onSave={(learned) => run(() => saveLearned(t, live.tabId, learned, locked))}
          onDecline={() => run(() => declineLearned(t, live.tabId))}
        />
      )}
      {/* Slot for the pre-class checklist: its component (checklist.tsx) mounts here. */}
      <div id="checklist-slot" data-slot="checklist">
        <ChecklistSection t={t} lang={lang} />
      </div>
      <p role="status" class={`status ${status?.bad ? 'bad' : 'ok'}`}>
        {status?.text ?? ''}
      </p>
      <ActionBar
        view={view}
        t={t}
        busy={busy}
        onPause={(on) => live && run(() => pause(t, live.tabId, live.state, on))}
        onCapture={capture}
      />
    </main>
  );
}

interface ActionBarProps {
  view: MeetingView;
  t: T;
  busy: boolean;
  onPause(on: boolean): void;
  onCapture(): void;
}

/** Pause, "Everyone here now is my class", the report and the settings. */
function ActionBar({ view, t, busy, onPause, onCapture }: ActionBarProps) {
  const live = view.kind === 'live' ? view : null;
  return (
    <>
      <nav class="actions" aria-label={t('popup_actions')}>
        {live && (
          <button
            type="button"
            class="pause"
            disabled={busy}
            aria-pressed={live.state.paused}
            onClick={() => onPause(!live.state.paused)}
          >
            {t(live.state.paused ? 'popup_resume' : 'popup_pause')}
          </button>
        )}
        {live && (
          <button type="button" class="capture" disabled={busy} aria-describedby="capture-help" onClick={onCapture}>
            {t('popup_capture')}
          </button>
        )}
        <button
          type="button"
          class="primary report"
          onClick={() =>
            void openTab(extensionUrl(`src/ui/report/index.html${live ? `?session=${live.state.sessionId}` : ''}`))
          }
        >
          {t('popup_open_report')}
        </button>
        <button type="button" class="options" onClick={() => void openOptionsPage()}>
          {t('popup_open_options')}
        </button>
      </nav>
      {/* Only in a meeting: with no one present there is nobody to save as the class. */}
      {live && (
        <p id="capture-help" class="muted small">
          {t('popup_capture_help')}
        </p>
      )}
    </>
  );
}

type T = (key: string, ...subs: string[]) => string;

function Intro({ view, t }: { view: MeetingView; t: T }) {
  if (view.kind === 'loading') return <p class="muted">{t('popup_loading')}</p>;
  if (view.kind === 'none')
    return (
      <section class="card empty-state" aria-labelledby="start-h">
        <h2 id="start-h">{t('popup_start_title')}</h2>
        <ol>
          <li>{t('popup_start_1')}</li>
          <li>{t('popup_start_2')}</li>
          <li>{t('popup_start_3')}</li>
        </ol>
      </section>
    );
  if (view.kind === 'not-joined')
    return (
      <section class="card empty-state">
        <p>{t('popup_not_joined')}</p>
      </section>
    );
  return null;
}

render(<Popup />, document.getElementById('app')!);
