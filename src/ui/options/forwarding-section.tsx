/**
 * Forwarding on the settings page (docs/forwarding.md): the endpoint, a test button and what went
 * wrong last. Saves its own key of the user's settings; a key the school's policy sets is shown, locked.
 */
import { useEffect, useState } from 'preact/hooks';
import { call } from '../api';
import { useSettings } from '../components/use-settings';
import { FORWARDING_KINDS, type Settings } from '../../common/settings';
import type { ForwardingStatus } from '../../common/protocol';
import { endpointProblem, FORWARD_QUEUE_KEY, originPattern } from '../../common/forwarding-endpoint';
import { onStorageChanged } from '../../browser/storage';
import { requestHostPermission } from '../../browser/permissions';
import { isParentLocked, updateUserSettings } from '../user-settings';
import { LockNote } from './fields';

type Forwarding = Settings['forwarding'];
type Translate = ReturnType<typeof useSettings>['t'];

/** Re-read when the queue changes: a delivery, a failure, a retry. */
function useForwardingStatus(): ForwardingStatus | null {
  const [status, setStatus] = useState<ForwardingStatus | null>(null);
  useEffect(() => {
    const load = () => void call('forwarding.status', {}).then(setStatus, () => setStatus(null));
    load();
    return onStorageChanged((changes, area) => {
      if (area === 'local' && FORWARD_QUEUE_KEY in changes) load();
    });
  }, []);
  return status;
}

function StatusLines({ status, t }: { status: ForwardingStatus | null; t: Translate }) {
  if (!status) return null;
  const when = (ms: number) => new Date(ms).toLocaleString();
  const s = status.status;
  return (
    <div aria-live="polite" data-testid="fwd-status">
      {s.lastSuccessAt !== null && <p>{t('fwd_last_success', when(s.lastSuccessAt))}</p>}
      {s.lastFailure && (
        <p class="bad" data-testid="fwd-last-failure">
          {t('fwd_last_failure', when(s.lastFailure.at), s.lastFailure.error.slice(0, 300))}
        </p>
      )}
      {status.pending > 0 && <p>{t('fwd_pending', String(status.pending))}</p>}
      {s.givenUp > 0 && <p class="bad">{t('fwd_given_up', String(s.givenUp))}</p>}
    </div>
  );
}

/** Saves the section; asks for the endpoint's host first, as Chrome only prompts within the click. */
async function saveForwarding(draft: Forwarding, t: Translate): Promise<string> {
  const problem = draft.enabled || draft.url ? endpointProblem(draft.url) : null;
  if (problem && (draft.enabled || problem !== 'missing')) return t(`fwd_err_${problem.replace('-', '_')}`);
  const granted = draft.enabled ? await requestHostPermission(originPattern(draft.url)).catch(() => false) : true;
  await updateUserSettings((current) => ({ ...current, forwarding: { ...draft, url: draft.url.trim() } }));
  return granted ? t('fwd_saved') : t('fwd_permission_denied');
}

function Fields({
  draft,
  locked,
  edit,
  t,
}: {
  draft: Forwarding;
  locked: boolean;
  edit: (c: Partial<Forwarding>) => void;
  t: Translate;
}) {
  const text = (key: 'url' | 'secret' | 'token', label: string, secret = false) => {
    const common = {
      id: `fwd-${key}`,
      disabled: locked,
      value: draft[key],
      autocomplete: 'off',
      placeholder: key === 'url' ? 'https://' : undefined,
      onInput: (e: Event) => edit({ [key]: (e.target as HTMLInputElement).value }),
    };
    return (
      <p class="field">
        <label for={`fwd-${key}`} class="field-label">
          {label}
        </label>
        {secret ? <input type="password" {...common} /> : <input type="text" {...common} />}
      </p>
    );
  };
  const check = (key: 'enabled' | 'includeWords', label: string, hint?: string) => (
    <label class="switch">
      <input
        type="checkbox"
        disabled={locked}
        checked={draft[key]}
        onChange={(e) => edit({ [key]: (e.target as HTMLInputElement).checked })}
      />
      <span>
        {label}
        {hint && <small class="muted hint">{hint}</small>}
      </span>
    </label>
  );
  return (
    <>
      {check('enabled', t('fwd_enabled'))}
      <p class="field">
        <label for="fwd-kind" class="field-label">
          {t('fwd_kind')}
        </label>
        <select
          id="fwd-kind"
          disabled={locked}
          value={draft.kind}
          onChange={(e) => edit({ kind: (e.target as HTMLSelectElement).value as Forwarding['kind'] })}
        >
          {FORWARDING_KINDS.map((k) => (
            <option value={k}>{t(`fwd_kind_${k.replace('-', '_')}`)}</option>
          ))}
        </select>
      </p>
      {text('url', t('fwd_url'))}
      {draft.kind === 'webhook' && text('secret', t('fwd_secret'), true)}
      {draft.kind === 'ntfy' && text('token', t('fwd_token'), true)}
      {check('includeWords', t('fwd_words'))}
    </>
  );
}

export function ForwardingSection() {
  const { loaded, t } = useSettings();
  const status = useForwardingStatus();
  const [draft, setDraft] = useState<Forwarding | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const locked = loaded?.locked.includes('forwarding') ?? false;
  useEffect(() => {
    // A policy's values replace the draft; the user's own edits stay until saved.
    if (loaded && (!draft || locked)) setDraft(loaded.settings.forwarding);
  }, [loaded]);
  if (!loaded || !draft) return null;
  const edit = (c: Partial<Forwarding>) => setDraft({ ...draft, ...c });
  const save = (e: Event) => {
    e.preventDefault();
    void saveForwarding(draft, t).then(setMessage, (err: unknown) =>
      setMessage(isParentLocked(err) ? t('parent_locked_save') : String(err)),
    );
  };
  const test = () => {
    setMessage(t('fwd_testing'));
    void call('forwarding.test', {}).then(
      (r) => setMessage(r.ok ? t('fwd_test_ok') : t('fwd_test_failed', r.error ?? '')),
      (err: unknown) => setMessage(t('fwd_test_failed', String(err))),
    );
  };
  return (
    <section class="card" aria-labelledby="fwd-heading" data-section="forwarding">
      <h2 id="fwd-heading">{t('fwd_section')}</h2>
      <p class="muted">{t('fwd_intro')}</p>
      <p>
        <a href="../parent/index.html">{t('parent_open')}</a>
      </p>
      {locked && <LockNote id="fwd-locked" t={t} />}
      <form onSubmit={save} aria-describedby={locked ? 'fwd-locked' : undefined}>
        <Fields draft={draft} locked={locked} edit={edit} t={t} />
        <p class="actions">
          {!locked && (
            <button class="primary" type="submit">
              {t('fwd_save')}
            </button>
          )}
          <button type="button" onClick={test} disabled={!loaded.settings.forwarding.url}>
            {t('fwd_test')}
          </button>
        </p>
      </form>
      {message && <p role="status">{message}</p>}
      <StatusLines status={status} t={t} />
    </section>
  );
}
