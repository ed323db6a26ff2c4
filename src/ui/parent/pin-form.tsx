/** Setting up the PIN (entered twice) or unlocking with it; the worker decides, and limits the tries. */
import { useState } from 'preact/hooks';
import { call } from '../api';
import type { ParentStatus } from '../../common/protocol';

type Translate = (key: string, ...subs: string[]) => string;

const MIN = 4;

export function PinForm({
  mode,
  t,
  onStatus,
  retryAfterMs = 0,
}: {
  mode: 'setup' | 'unlock';
  t: Translate;
  onStatus: (s: ParentStatus) => void;
  retryAfterMs?: number;
}) {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<string | null>(
    retryAfterMs > 0 ? t('parent_wait', String(Math.ceil(retryAfterMs / 1000))) : null,
  );
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (mode === 'setup' && pin.length < MIN) return setMessage(t('parent_pin_short', String(MIN)));
    if (mode === 'setup' && pin !== again) return setMessage(t('parent_pin_mismatch'));
    setBusy(true);
    try {
      if (mode === 'setup') return onStatus(await call('parent.setup', { pin }));
      const r = await call('parent.unlock', { pin });
      setPin('');
      if (r.ok) return onStatus(r);
      setMessage(
        r.retryAfterMs > 0 ? t('parent_wait', String(Math.ceil(r.retryAfterMs / 1000))) : t('parent_pin_wrong'),
      );
    } catch (err) {
      setMessage(String(err));
    } finally {
      setBusy(false);
    }
  };
  const field = (label: string, value: string, set: (v: string) => void, id: string) => (
    <p>
      <label for={id}>{label}</label>
      <br />
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autocomplete={mode === 'setup' ? 'new-password' : 'current-password'}
        maxLength={64}
        value={value}
        onInput={(e) => set((e.target as HTMLInputElement).value)}
      />
    </p>
  );
  return (
    <form onSubmit={(e) => void submit(e)} aria-describedby="pin-message">
      <h2>{mode === 'setup' ? t('parent_setup_heading') : t('parent_unlock_heading')}</h2>
      {mode === 'setup' && <p>{t('parent_setup_intro')}</p>}
      {field(t('parent_pin'), pin, setPin, 'pin')}
      {mode === 'setup' && field(t('parent_pin_again'), again, setAgain, 'pin-again')}
      <button class="primary" type="submit" disabled={busy}>
        {mode === 'setup' ? t('parent_setup') : t('parent_unlock')}
      </button>
      <p id="pin-message" role="status" data-testid="parent-message">
        {message}
      </p>
    </form>
  );
}
