/** The classes section of the settings page: meetings, teachers and a pasted roster per class. */
import { useState } from 'preact/hooks';
import { parseRosterText, type ClassInput } from '../../common/classes';
import { FieldError, LockNote, type T } from './fields';
import { RosterImport } from './roster-import';
import { RulesField } from '../rules/copy-rules';
const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((x) => x.trim())
    .filter(Boolean);

export interface EditableClass {
  id: string;
  name: string;
  meetings: string;
  teachers: string;
  roster: string;
  isDefault: boolean;
  rules: string;
  /** Kept as they were (the editor does not show them). */
  options?: ClassInput['options'];
  aliases: Map<string, string[]>;
}

export function toEditable(c: ClassInput): EditableClass {
  const roster = c.roster ?? [];
  return {
    id: c.id,
    name: c.name,
    meetings: (c.meetings ?? []).join('\n'),
    teachers: (c.teachers ?? []).join('\n'),
    roster: roster.map((r) => r.name).join('\n'),
    isDefault: c.isDefault ?? false,
    rules: c.rules ?? '',
    options: c.options,
    aliases: new Map(roster.map((r) => [r.name, r.aliases ?? []])),
  };
}

export function fromEditable(e: EditableClass): ClassInput {
  const parsed = parseRosterText(e.roster);
  return {
    id: e.id,
    name: e.name.trim(),
    meetings: lines(e.meetings),
    teachers: lines(e.teachers),
    roster: parsed.entries.map((r) => ({
      name: r.name,
      aliases: r.aliases.length ? r.aliases : (e.aliases.get(r.name) ?? []),
    })),
    isDefault: e.isDefault,
    rules: e.rules.trim(),
    ...(e.options ? { options: e.options } : {}),
  };
}

export function ClassesEditor({
  classes,
  onChange,
  locked,
  error,
  t,
}: {
  classes: EditableClass[];
  onChange(c: EditableClass[]): void;
  locked: boolean;
  error: string | null;
  t: T;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const add = () => {
    const id = crypto.randomUUID();
    onChange([...classes, emptyClass(id)]);
    setOpen(id);
  };
  return (
    <>
      <h2 id="classes-title">{t('classes_title')}</h2>
      <p class="muted">{t('classes_help')}</p>
      {locked && <LockNote id="classes-locked" t={t} />}
      {classes.length === 0 && (
        <p class="cg-empty">
          <strong>{t('classes_none')}</strong>
          {t('settings_classes_empty_help')}
        </p>
      )}
      <FieldError id="classes-error" message={error} />
      <ul class="class-list">
        {classes.map((c) => (
          <ClassItem
            key={c.id}
            c={c}
            open={open === c.id}
            locked={locked}
            t={t}
            onToggle={() => setOpen(open === c.id ? null : c.id)}
            onDelete={() => onChange(classes.filter((x) => x.id !== c.id))}
            onPatch={(patch) => onChange(classes.map((x) => (x.id === c.id ? { ...x, ...patch } : x)))}
          />
        ))}
      </ul>
      {!locked && (
        <button type="button" onClick={add}>
          {t('classes_add')}
        </button>
      )}
    </>
  );
}

function emptyClass(id: string): EditableClass {
  return { id, name: '', meetings: '', teachers: '', roster: '', isDefault: false, rules: '', aliases: new Map() };
}

type Roster = ReturnType<typeof parseRosterText>;

/** One class: its summary, its buttons unless policy locks the classes, and its form when open. */
function ClassItem({
  c,
  open,
  locked,
  t,
  onToggle,
  onDelete,
  onPatch,
}: {
  c: EditableClass;
  open: boolean;
  locked: boolean;
  t: T;
  onToggle(): void;
  onDelete(): void;
  onPatch(patch: Partial<EditableClass>): void;
}) {
  // Parsed once for the summary and the form's count.
  const parsed = parseRosterText(c.roster);
  return (
    <li class="class-item" aria-disabled={locked ? true : undefined}>
      <strong>{c.name || t('settings_class_unnamed')}</strong>{' '}
      <span class="muted">
        {[
          t('classes_n_meeting', String(lines(c.meetings).length)),
          t('classes_n_teacher', String(lines(c.teachers).length)),
          t('classes_n_student', String(parsed.entries.length)),
        ].join(' · ')}
      </span>{' '}
      {!locked && (
        <>
          <button type="button" aria-expanded={open} onClick={onToggle}>
            {open ? t('classes_done') : t('classes_edit')}
          </button>{' '}
          <button type="button" onClick={onDelete}>
            {t('classes_delete')}
          </button>
        </>
      )}
      {open && !locked && <ClassForm c={c} parsed={parsed} t={t} onPatch={onPatch} />}
    </li>
  );
}

/** The fields of one class: its name, three lists one item a line, and whether it is the default. */
function ClassForm({
  c,
  parsed,
  t,
  onPatch,
}: {
  c: EditableClass;
  parsed: Roster;
  t: T;
  onPatch(patch: Partial<EditableClass>): void;
}) {
  return (
    <div>
      <p>
        <label>
          {t('classes_name')}
          <br />
          <input
            value={c.name}
            maxLength={120}
            onInput={(e) => onPatch({ name: (e.target as HTMLInputElement).value })}
          />
        </label>
      </p>
      {(['meetings', 'teachers', 'roster'] as const).map((k) => (
        <ListField key={k} k={k} c={c} parsed={parsed} t={t} onPatch={onPatch} />
      ))}
      <RulesField value={c.rules} t={t} onInput={(rules) => onPatch({ rules })} />
      <p>
        <label>
          <input
            type="checkbox"
            checked={c.isDefault}
            onChange={(e) => onPatch({ isDefault: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('classes_default')}
        </label>
      </p>
    </div>
  );
}

/** A list typed one item a line; the roster's tells how many names were read and skipped. */
function ListField({
  k,
  c,
  parsed,
  t,
  onPatch,
}: {
  k: 'meetings' | 'teachers' | 'roster';
  c: EditableClass;
  parsed: Roster;
  t: T;
  onPatch(patch: Partial<EditableClass>): void;
}) {
  return (
    <div class="field">
      <label>
        {t(`classes_${k}`)}
        <br />
        <textarea
          rows={k === 'roster' ? 8 : 3}
          cols={60}
          value={c[k]}
          onInput={(e) => onPatch({ [k]: (e.target as HTMLTextAreaElement).value })}
        />
      </label>
      {k === 'roster' && c.roster.trim() && (
        <small class="muted" role="status">
          {' '}
          {t('classes_parsed', String(parsed.entries.length), String(parsed.skipped))}
        </small>
      )}
      {k === 'roster' && (
        <RosterImport
          t={t}
          onImport={(roster) =>
            onPatch({
              roster: roster.entries.map((e) => e.name).join('\n'),
              aliases: new Map(roster.entries.map((e) => [e.name, e.aliases])),
            })
          }
        />
      )}
    </div>
  );
}
