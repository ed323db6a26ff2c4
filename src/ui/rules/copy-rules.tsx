/** The class rules: a field of the class form in settings, and the one action that copies them for the meeting chat. */
import { useState } from 'preact/hooks';
import { RULES_MAX } from '../../common/classes';
import { rulesText } from '../../common/class-rules';

type T = (key: string, ...subs: string[]) => string;

/** Puts the text on the clipboard; false when the browser refuses (no focus, no permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** "Copy the class rules" with its outcome beside it, announced politely. */
export function CopyRulesButton({ rules, t, label }: { rules: string | null | undefined; t: T; label?: string }) {
  const [status, setStatus] = useState<{ ok: boolean } | null>(null);
  const copy = async () => setStatus({ ok: await copyText(rulesText({ rules: rules ?? '' }, t('rules_default'))) });
  return (
    <span class="copy-rules">
      <button type="button" onClick={() => void copy()}>
        {label ?? t('rules_copy')}
      </button>{' '}
      <small aria-live="polite" class={status ? (status.ok ? 'ok' : 'bad') : 'muted'}>
        {status ? t(status.ok ? 'rules_copied' : 'rules_copy_failed') : ''}
      </small>
    </span>
  );
}

/** The rules of one class in the settings form; empty shows the default as a placeholder. */
export function RulesField({
  value,
  onInput,
  disabled,
  t,
}: {
  value: string;
  onInput(v: string): void;
  disabled?: boolean;
  t: T;
}) {
  return (
    <p class="rules-field">
      <label>
        {t('rules_title')}
        <br />
        <textarea
          rows={7}
          cols={60}
          maxLength={RULES_MAX}
          value={value}
          placeholder={t('rules_default')}
          disabled={disabled}
          aria-describedby="rules-help"
          onInput={(e) => onInput((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <br />
      <small id="rules-help" class="muted">
        {t('rules_help')} {value.trim() ? '' : t('rules_use_default')}
      </small>
      <br />
      <CopyRulesButton rules={value} t={t} />
    </p>
  );
}
