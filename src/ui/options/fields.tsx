/** The settings page's building blocks: a section, a lock note, a list editor, a switch, a text field. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export type T = (key: string, ...subs: string[]) => string;

/** One settings group, with its lock note when the school's policy sets it. */
export function Section({
  id,
  title,
  help,
  locked,
  t,
  children,
}: {
  id: string;
  title: string;
  help?: string;
  locked: boolean;
  t: T;
  children: ComponentChildren;
}) {
  return (
    <section class="card" aria-labelledby={`${id}-title`} data-section={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {help && <p class="muted">{help}</p>}
      {locked && <LockNote id={`${id}-locked`} t={t} />}
      <fieldset disabled={locked} aria-describedby={locked ? `${id}-locked` : undefined}>
        {children}
      </fieldset>
    </section>
  );
}

export function LockNote({ id, t }: { id: string; t: T }) {
  return (
    <p class="lock-note" id={id} role="note">
      <span aria-hidden="true">🔒 </span>
      {t('settings_locked_reason')}
    </p>
  );
}

export function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p class="field-error" id={id}>
      <span aria-hidden="true">▲ </span>
      {message}
    </p>
  );
}

/**
 * A list of words or domains: each item with its own remove button, and a box to add more (Enter
 * adds; a pasted list, one item a line or comma-separated, adds every item).
 */
export function ListEditor({
  id,
  label,
  items,
  empty,
  placeholder,
  maxLength,
  error,
  t,
  onChange,
}: {
  id: string;
  label: string;
  items: readonly string[];
  empty: string;
  placeholder: string;
  maxLength: number;
  error: string | null;
  t: T;
  onChange(items: string[]): void;
}) {
  const [text, setText] = useState('');
  const add = () => {
    const fresh = text
      .split(/[\n,;]/)
      .map((s) => s.trim().slice(0, maxLength))
      .filter((s) => s && !items.includes(s));
    if (fresh.length) onChange([...items, ...new Set(fresh)]);
    setText('');
  };
  return (
    <div class="list-editor" data-list={id}>
      <label for={`${id}-input`} class="field-label">
        {label}
      </label>
      <div class="add-row">
        <input
          id={`${id}-input`}
          value={text}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />
        <button type="button" onClick={add} disabled={!text.trim()}>
          {t('settings_add')}
        </button>
      </div>
      <FieldError id={`${id}-error`} message={error} />
      {items.length === 0 ? (
        <p class="cg-empty">{empty}</p>
      ) : (
        <ul class="chips" aria-label={t('settings_list_count', label, String(items.length))}>
          {items.map((item) => (
            <li key={item} class="chip">
              <span class="text">{item}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label={t('settings_remove', item)}
                title={t('settings_remove', item)}
                onClick={() => onChange(items.filter((x) => x !== item))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Switch({
  label,
  hint,
  checked,
  onChange,
}: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <label class="switch">
      <input type="checkbox" checked={checked} onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />
      <span>
        {label}
        {hint && <small class="muted hint">{hint}</small>}
      </span>
    </label>
  );
}

export function TextField({
  id,
  label,
  value,
  multiline,
  maxLength,
  hint,
  onInput,
}: {
  id: string;
  label: string;
  value: string;
  multiline?: boolean;
  maxLength: number;
  hint?: string;
  onInput(value: string): void;
}) {
  const input = (e: Event) => onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  return (
    <p class="field">
      <label for={id} class="field-label">
        {label}
      </label>
      {multiline ? (
        <textarea id={id} rows={2} maxLength={maxLength} value={value} onInput={input} />
      ) : (
        <input id={id} maxLength={maxLength} value={value} onInput={input} />
      )}
      {hint && <small class="muted hint">{hint}</small>}
    </p>
  );
}
