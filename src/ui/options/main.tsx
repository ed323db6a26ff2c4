import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useSettings } from '../components/use-settings';
import { POLICY_LAYER, readableLayer, SettingsSchema, USER_LAYER } from '../../shared/settings';
import { updateUserSettings } from '../user-settings';
import { ClassesEditor, fromEditable, toEditable, type EditableClass } from './classes-editor';

const lines = (s: string) => s.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);

function Options() {
  const { loaded, lang, t } = useSettings();
  const [status, setStatus] = useState<string | null>(null);
  const [draft, setDraft] = useState<{ language: string; blocked: string; allowed: string; domains: string; notifications: boolean; classes: EditableClass[] } | null>(null);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options_title');
  }, [lang]);
  useEffect(() => {
    if (!loaded || draft) return;
    const s = loaded.settings;
    setDraft({
      language: s.language,
      blocked: s.chat.blockedWords.join('\n'),
      allowed: s.chat.allowedWords.join('\n'),
      domains: s.chat.schoolDomains.join('\n'),
      notifications: s.alerts.notifications,
      classes: s.classes.map(toEditable),
    });
  }, [loaded]);
  if (!loaded || !draft) return <p>…</p>;
  const locked = new Set(loaded.locked);

  const save = async (e: Event) => {
    e.preventDefault();
    let problem: string | null = null;
    await updateUserSettings((current) => {
      // On top of what can be read of the stored layer: the page listed the rest as left out.
      const next = SettingsSchema.partial().safeParse({
        ...readableLayer(current, USER_LAYER).layer,
        language: draft.language,
        chat: { blockedWords: lines(draft.blocked), allowedWords: lines(draft.allowed), schoolDomains: lines(draft.domains) },
        alerts: { ...loaded.settings.alerts, notifications: draft.notifications },
        ...(locked.has('classes') ? {} : { classes: draft.classes.map(fromEditable) }),
      });
      if (next.success) return next.data;
      const issue = next.error.issues[0];
      problem = `${issue?.path.join(' › ') ?? ''}: ${issue?.message ?? ''}`;
      return null;
    });
    setStatus(problem ? t('classes_invalid', problem) : t('options_saved'));
  };
  const field = (key: 'blocked' | 'allowed' | 'domains', label: string, lockKey: string) => (
    <p>
      <label>
        {label}
        <br />
        <textarea rows={4} cols={50} disabled={locked.has(lockKey)} value={draft[key]} onInput={(e) => setDraft({ ...draft, [key]: (e.target as HTMLTextAreaElement).value })} />
      </label>
      {locked.has(lockKey) && <small class="muted"> {t('options_locked')}</small>}
    </p>
  );
  return (
    <main>
      <h1>{t('options_title')}</h1>
      <Problems problems={loaded.problems ?? []} t={t} />
      <form onSubmit={save}>
        <p>
          <label>
            {t('options_language')}{' '}
            <select disabled={locked.has('language')} value={draft.language} onChange={(e) => setDraft({ ...draft, language: (e.target as HTMLSelectElement).value })}>
              <option value="auto">{t('options_lang_auto')}</option>
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </select>
          </label>
        </p>
        {field('blocked', t('options_blocked'), 'chat')}
        {field('allowed', t('options_allowed'), 'chat')}
        {field('domains', t('options_domains'), 'chat')}
        <p>
          <label>
            <input type="checkbox" disabled={locked.has('alerts')} checked={draft.notifications} onChange={(e) => setDraft({ ...draft, notifications: (e.target as HTMLInputElement).checked })} />{' '}
            {t('options_notifications')}
          </label>
        </p>
        <ClassesEditor classes={draft.classes} locked={locked.has('classes')} t={t} onChange={(classes) => setDraft({ ...draft, classes })} />
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
