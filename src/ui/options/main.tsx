import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useSettings } from '../components/use-settings';
import { usePageLanguage } from '../components/use-page-language';
import { POLICY_LAYER, readableLayer, SettingsSchema, USER_LAYER, type Settings } from '../../common/settings';
import { updateUserSettings } from '../user-settings';
import { ClassesEditor, fromEditable, toEditable, type EditableClass } from './classes-editor';

type Translate = ReturnType<typeof useSettings>['t'];

/** The form as the teacher edits it: word lists as text, one entry a line. */
interface Draft {
  language: string;
  blocked: string;
  allowed: string;
  domains: string;
  notifications: boolean;
  classes: EditableClass[];
}

const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((x) => x.trim())
    .filter(Boolean);

function draftOf(s: Settings): Draft {
  return {
    language: s.language,
    blocked: s.chat.blockedWords.join('\n'),
    allowed: s.chat.allowedWords.join('\n'),
    domains: s.chat.schoolDomains.join('\n'),
    notifications: s.alerts.notifications,
    classes: s.classes.map(toEditable),
  };
}

/** The settings keys each part of the draft edits. */
const DRAFT_FIELDS = {
  language: ['language'],
  chat: ['blocked', 'allowed', 'domains'],
  alerts: ['notifications'],
  classes: ['classes'],
} as const satisfies Record<string, readonly (keyof Draft)[]>;

/**
 * The draft after the effective settings changed (a policy set, changed or removed while the page is
 * open): a key locked now, or locked before, shows what is in force; the teacher's edits stay elsewhere.
 */
function followSettings(
  draft: Draft,
  fresh: Draft,
  lockedNow: ReadonlySet<string>,
  lockedBefore: ReadonlySet<string>,
): Draft {
  const next = { ...draft };
  for (const [key, fields] of Object.entries(DRAFT_FIELDS)) {
    if (!lockedNow.has(key) && !lockedBefore.has(key)) continue;
    for (const field of fields) (next as Record<keyof Draft, unknown>)[field] = fresh[field];
  }
  return next;
}

/**
 * Writes the draft into the user's layer; returns what made it invalid (nothing written), or null once
 * saved. A key the school's policy sets is never written: its value on the page is the school's, and
 * copied into the teacher's own settings it would outlive the policy.
 */
async function saveDraft(draft: Draft, alerts: Settings['alerts'], locked: Set<string>): Promise<string | null> {
  let problem: string | null = null;
  await updateUserSettings((current) => {
    const own = readableLayer(current, USER_LAYER).layer;
    const edited: Partial<Record<keyof typeof DRAFT_FIELDS, unknown>> = {
      language: draft.language,
      chat: {
        blockedWords: lines(draft.blocked),
        allowedWords: lines(draft.allowed),
        schoolDomains: lines(draft.domains),
      },
      alerts: { ...alerts, notifications: draft.notifications },
      classes: draft.classes.map(fromEditable),
    };
    for (const key of locked) delete edited[key as keyof typeof DRAFT_FIELDS]; // lookup-ok: settings keys
    // On top of what can be read of the stored layer: the page listed the rest as left out.
    const next = SettingsSchema.partial().safeParse({ ...own, ...edited });
    if (next.success) return next.data;
    const issue = next.error.issues[0];
    problem = `${issue?.path.join(' › ') ?? ''}: ${issue?.message ?? ''}`;
    return null;
  });
  return problem;
}

function LanguageField({
  value,
  locked,
  onChange,
  t,
}: {
  value: string;
  locked: boolean;
  onChange: (value: string) => void;
  t: Translate;
}) {
  return (
    <p>
      <label>
        {t('options_language')}{' '}
        <select disabled={locked} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
          <option value="auto">{t('options_lang_auto')}</option>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
    </p>
  );
}

/** A word list, one entry a line. */
function WordsField({
  label,
  value,
  locked,
  onInput,
  t,
}: {
  label: string;
  value: string;
  locked: boolean;
  onInput: (value: string) => void;
  t: Translate;
}) {
  return (
    <p>
      <label>
        {label}
        <br />
        <textarea
          rows={4}
          cols={50}
          disabled={locked}
          value={value}
          onInput={(e) => onInput((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      {locked && <small class="muted"> {t('options_locked')}</small>}
    </p>
  );
}

function NotificationsField({
  checked,
  locked,
  onChange,
  t,
}: {
  checked: boolean;
  locked: boolean;
  onChange: (checked: boolean) => void;
  t: Translate;
}) {
  return (
    <p>
      <label>
        <input
          type="checkbox"
          disabled={locked}
          checked={checked}
          onChange={(e) => onChange((e.target as HTMLInputElement).checked)}
        />{' '}
        {t('options_notifications')}
      </label>
    </p>
  );
}

function Options() {
  const { loaded, lang, t } = useSettings();
  const [status, setStatus] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [lockedBefore, setLockedBefore] = useState<ReadonlySet<string>>(new Set());
  usePageLanguage(lang, t('options_title'));
  useEffect(() => {
    if (!loaded) return;
    const lockedNow = new Set(loaded.locked);
    setDraft(
      draft ? followSettings(draft, draftOf(loaded.settings), lockedNow, lockedBefore) : draftOf(loaded.settings),
    );
    setLockedBefore(lockedNow);
  }, [loaded]);
  if (!loaded || !draft) return <p>…</p>;
  const locked = new Set(loaded.locked);
  const edit = (change: Partial<Draft>) => setDraft({ ...draft, ...change });

  const save = async (e: Event) => {
    e.preventDefault();
    const problem = await saveDraft(draft, loaded.settings.alerts, locked);
    setStatus(problem ? t('classes_invalid', problem) : t('options_saved'));
  };
  return (
    <main>
      <h1>{t('options_title')}</h1>
      <Problems problems={loaded.problems ?? []} t={t} />
      <form onSubmit={save}>
        <LanguageField
          value={draft.language}
          locked={locked.has('language')}
          onChange={(language) => edit({ language })}
          t={t}
        />
        <WordsField
          label={t('options_blocked')}
          value={draft.blocked}
          locked={locked.has('chat')}
          onInput={(blocked) => edit({ blocked })}
          t={t}
        />
        <WordsField
          label={t('options_allowed')}
          value={draft.allowed}
          locked={locked.has('chat')}
          onInput={(allowed) => edit({ allowed })}
          t={t}
        />
        <WordsField
          label={t('options_domains')}
          value={draft.domains}
          locked={locked.has('chat')}
          onInput={(domains) => edit({ domains })}
          t={t}
        />
        <NotificationsField
          checked={draft.notifications}
          locked={locked.has('alerts')}
          onChange={(notifications) => edit({ notifications })}
          t={t}
        />
        <ClassesEditor
          classes={draft.classes}
          locked={locked.has('classes')}
          t={t}
          onChange={(classes) => edit({ classes })}
        />
        <p />
        <button class="primary" type="submit">
          {t('options_save')}
        </button>
        {status && <p role="status">{status}</p>}
      </form>
    </main>
  );
}

/** What could not be read, policy first (only IT can fix it), then the user's own (the next save drops it). */
function Problems({ problems, t }: { problems: string[]; t: (key: string) => string }) {
  const policy = problems.filter((p) => p.startsWith(`${POLICY_LAYER}: `));
  const own = problems.filter((p) => !p.startsWith(`${POLICY_LAYER}: `));
  const list = (items: string[]) => (
    <ul>
      {items.map((p) => (
        <li class="text">{p.replace(/^[^:]*: /, '')}</li>
      ))}
    </ul>
  );
  if (problems.length === 0) return null;
  return (
    <div role="alert" class="problems">
      {policy.length > 0 && (
        <>
          <p>{t('options_problems_policy')}</p>
          {list(policy)}
        </>
      )}
      {own.length > 0 && (
        <>
          <p>{t('options_problems')}</p>
          {list(own)}
        </>
      )}
    </div>
  );
}

render(<Options />, document.getElementById('app')!);
