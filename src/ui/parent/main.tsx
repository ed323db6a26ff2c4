/**
 * The parent's page (docs/parent-mode.md): set up the PIN; then, behind it, the summary of the
 * child's classes and what reached the child, and the switches only the parent may use.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { call } from '../api';
import { useSettings } from '../components/use-settings';
import { usePageLanguage } from '../components/use-page-language';
import type { ParentStatus, ParentSummary } from '../../common/protocol';
import { GuideLink } from '../guide/guide-link';
import { PinForm } from './pin-form';
import { SummaryView } from './summary-view';

type Translate = ReturnType<typeof useSettings>['t'];

function Unlocked({ t, onStatus }: { t: Translate; onStatus: (s: ParentStatus) => void }) {
  const [summary, setSummary] = useState<ParentSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('parent.summary', {}).then(setSummary, (e: unknown) => setError(String(e)));
  }, []);
  const off = () => {
    if (confirm(t('parent_off_confirm'))) void call('parent.disable', {}).then(onStatus);
  };
  return (
    <>
      <p role="status" data-testid="parent-unlocked">
        {t('parent_unlocked')}
      </p>
      <p>
        <button type="button" class="primary" onClick={() => void call('parent.lock', {}).then(onStatus)}>
          {t('parent_lock_now')}
        </button>{' '}
        <a href="../options/index.html">{t('parent_open_settings')}</a>{' '}
        <button type="button" onClick={off}>
          {t('parent_turn_off')}
        </button>
      </p>
      {error && <p class="bad">{error}</p>}
      {summary && <SummaryView summary={summary} t={t} />}
    </>
  );
}

function Parent() {
  const { t, lang } = useSettings();
  const [status, setStatus] = useState<ParentStatus | null>(null);
  usePageLanguage(lang, t('parent_title'));
  useEffect(() => {
    void call('parent.status', {}).then(setStatus);
  }, []);
  if (!status) return <p>…</p>;
  return (
    <main>
      <h1>{t('parent_title')}</h1>
      <p class="muted">{t('parent_intro')}</p>
      {/* The guide's part for children and parents is no secret: reachable without the PIN. */}
      <GuideLink t={t} lang={lang} section="students" label="guide_for_families" />
      {!status.enabled && <PinForm mode="setup" t={t} onStatus={setStatus} />}
      {status.enabled && status.unlockedUntil === null && (
        <PinForm mode="unlock" t={t} onStatus={setStatus} retryAfterMs={status.retryAfterMs} />
      )}
      {status.enabled && status.unlockedUntil !== null && <Unlocked t={t} onStatus={setStatus} />}
      <p class="muted">{t('parent_uninstall_note')}</p>
    </main>
  );
}

render(<Parent />, document.getElementById('app')!);
