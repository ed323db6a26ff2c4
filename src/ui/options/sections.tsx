/** The settings page's groups other than the classes: detection, chat lists, alerts, school, data. */
import { FINDING_CATEGORIES, SENSITIVITIES, categoryGroup } from '../../common/detection';
import type { FindingCategory } from '../../common/model';
import type { Draft } from './draft';
import { MAX_RETENTION_DAYS } from './draft';
import { FieldError, ListEditor, Section, Switch, TextField, type T } from './fields';

interface Props {
  draft: Draft;
  locked: ReadonlySet<string>;
  errors: ReadonlyMap<string, string>;
  t: T;
  edit(change: Partial<Draft>): void;
}

/** "self-harm" → "category_self_harm", the categories' names in _locales. */
const categoryKey = (c: FindingCategory) => `category_${c.replace(/-/g, '_')}`;

export function LanguageSection({ draft, locked, t, edit }: Props) {
  return (
    <Section id="language" title={t('options_language')} locked={locked.has('language')} t={t}>
      <p class="field">
        <label for="language-select" class="field-label">
          {t('settings_language_label')}
        </label>
        <select
          id="language-select"
          value={draft.language}
          onChange={(e) => edit({ language: (e.target as HTMLSelectElement).value as Draft['language'] })}
        >
          <option value="auto">{t('options_lang_auto')}</option>
          <option value="vi" lang="vi">
            {t('settings_lang_vi')}
          </option>
          <option value="en" lang="en">
            {t('settings_lang_en')}
          </option>
        </select>
      </p>
    </Section>
  );
}

export function DetectionSection({ draft, locked, t, edit }: Props) {
  const off = new Set(draft.off);
  const toggle = (c: FindingCategory, on: boolean) =>
    edit({ off: FINDING_CATEGORIES.filter((x) => (x === c ? !on : off.has(x))) });
  const group = (g: 'people' | 'chat') => (
    <fieldset class="categories">
      <legend>{t(`settings_group_${g}`)}</legend>
      {FINDING_CATEGORIES.filter((c) => categoryGroup(c) === g).map((c) => (
        <Switch key={c} label={t(categoryKey(c))} checked={!off.has(c)} onChange={(on) => toggle(c, on)} />
      ))}
    </fieldset>
  );
  return (
    <Section
      id="detection"
      title={t('settings_detection')}
      help={t('settings_detection_help')}
      locked={locked.has('detection')}
      t={t}
    >
      <fieldset class="sensitivity">
        <legend>{t('settings_sensitivity')}</legend>
        {SENSITIVITIES.map((s) => (
          <label key={s} class="radio">
            <input
              type="radio"
              name="sensitivity"
              value={s}
              checked={draft.sensitivity === s}
              onChange={() => edit({ sensitivity: s })}
            />
            <span>
              {t(`settings_sensitivity_${s}`)}
              <small class="muted hint">{t(`settings_sensitivity_${s}_help`)}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="category-groups">
        {group('people')}
        {group('chat')}
      </div>
    </Section>
  );
}

export function ChatSection({ draft, locked, errors, t, edit }: Props) {
  return (
    <Section id="chat" title={t('settings_chat')} help={t('settings_chat_help')} locked={locked.has('chat')} t={t}>
      <ListEditor
        id="blocked"
        label={t('options_blocked')}
        items={draft.blocked}
        empty={t('settings_blocked_empty')}
        placeholder={t('settings_word_placeholder')}
        maxLength={100}
        error={null}
        t={t}
        onChange={(blocked) => edit({ blocked })}
      />
      <ListEditor
        id="allowed"
        label={t('options_allowed')}
        items={draft.allowed}
        empty={t('settings_allowed_empty')}
        placeholder={t('settings_word_placeholder')}
        maxLength={100}
        error={null}
        t={t}
        onChange={(allowed) => edit({ allowed })}
      />
      <ListEditor
        id="domains"
        label={t('options_domains')}
        items={draft.domains}
        empty={t('settings_domains_empty')}
        placeholder={t('settings_domain_placeholder')}
        maxLength={253}
        error={errors.get('domains') ?? null}
        t={t}
        onChange={(domains) => edit({ domains })}
      />
    </Section>
  );
}

export function AlertsSection({ draft, locked, t, edit }: Props) {
  return (
    <Section id="alerts" title={t('settings_alerts')} locked={locked.has('alerts')} t={t}>
      <Switch
        label={t('options_notifications')}
        hint={t('settings_notifications_help')}
        checked={draft.notifications}
        onChange={(notifications) => edit({ notifications })}
      />
      <Switch
        label={t('settings_sound')}
        hint={t('settings_sound_help')}
        checked={draft.sound}
        onChange={(sound) => edit({ sound })}
      />
    </Section>
  );
}

export function SchoolSection({ draft, locked, t, edit }: Props) {
  const field = (k: keyof Draft['school'], multiline: boolean) => (
    <TextField
      id={`school-${k}`}
      label={t(`settings_school_${k}`)}
      hint={t(`settings_school_${k}_help`)}
      value={draft.school[k]}
      multiline={multiline}
      maxLength={k === 'name' ? 200 : 500}
      onInput={(v) => edit({ school: { ...draft.school, [k]: v } })}
    />
  );
  return (
    <Section
      id="school"
      title={t('settings_school')}
      help={t('settings_school_help')}
      locked={locked.has('school')}
      t={t}
    >
      {field('name', false)}
      {field('leadership', true)}
      {field('educationOffice', true)}
      {field('police', true)}
    </Section>
  );
}

export function RetentionSection({ draft, locked, errors, t, edit }: Props) {
  const error = errors.get('retentionDays') ?? null;
  return (
    <Section id="retention" title={t('settings_retention')} locked={locked.has('retention')} t={t}>
      <p class="field">
        <label for="retention-days" class="field-label">
          {t('settings_retention_days')}
        </label>
        <input
          id="retention-days"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_RETENTION_DAYS}
          class="short"
          value={draft.retentionDays}
          aria-invalid={error ? true : undefined}
          aria-describedby={`retention-help${error ? ' retention-error' : ''}`}
          onInput={(e) => edit({ retentionDays: (e.target as HTMLInputElement).value })}
        />
        <small id="retention-help" class="muted hint">
          {t('settings_retention_help')}
        </small>
      </p>
      <FieldError id="retention-error" message={error} />
    </Section>
  );
}
