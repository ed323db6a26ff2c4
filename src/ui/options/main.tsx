import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { GuideLink } from '../guide/guide-link';
import { useSettings } from '../components/use-settings';
import { usePageLanguage } from '../components/use-page-language';
import { POLICY_LAYER } from '../../common/settings';
import { pickLang, translator } from '../i18n';
import { ClassesEditor } from './classes-editor';
import { draftOf, followSettings, problemsOf, sameDraft, saveDraft, type Draft } from './draft';
import type { T } from './fields';
import {
  AlertsSection,
  ChatSection,
  DetectionSection,
  LanguageSection,
  RetentionSection,
  SchoolSection,
} from './sections';
import { isParentLocked } from '../user-settings';
import { ForwardingSection } from './forwarding-section';

type Status = { kind: 'saved'; at: Date } | { kind: 'invalid'; messages: string[] } | null;

function Options() {
  const { loaded, lang, t: loadedT } = useSettings();
  const [status, setStatus] = useState<Status>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [lockedBefore, setLockedBefore] = useState<ReadonlySet<string>>(new Set());
  /** The draft as last loaded or saved, following the policy as the draft does, to tell unsaved changes. */
  const [savedAs, setSavedAs] = useState<Draft | null>(null);
  // The language chosen on this page applies at once, before it is saved.
  const pageLang = draft ? pickLang(draft.language) : lang;
  const t = draft ? translator(pageLang) : loadedT;
  usePageLanguage(pageLang, t('options_title'));
  useEffect(() => {
    if (!loaded) return;
    const lockedNow = new Set(loaded.locked);
    const fresh = draftOf(loaded.settings);
    setDraft(draft ? followSettings(draft, fresh, lockedNow, lockedBefore) : fresh);
    // A policy set, changed or removed is not the teacher's change: what is saved follows it too.
    setSavedAs(savedAs ? followSettings(savedAs, fresh, lockedNow, lockedBefore) : fresh);
    setLockedBefore(lockedNow);
  }, [loaded]);
  const unsaved = draft !== null && savedAs !== null && !sameDraft(draft, savedAs);
  useEffect(() => {
    if (!unsaved) return;
    // The browser's own "leave this page?" question: a teacher's edits are not lost to a stray click.
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [unsaved]);
  if (!loaded || !draft) return <p>…</p>;
  const locked = new Set(loaded.locked);
  const edit = (change: Partial<Draft>) => {
    setDraft({ ...draft, ...change });
    if (status?.kind === 'saved') setStatus(null);
  };
  const problems = status?.kind === 'invalid' ? problemsOf(draft, locked) : [];
  const errors = new Map(problems.map((p) => [p.field, t(p.key, ...p.subs)]));

  const save = async (e: Event) => {
    e.preventDefault();
    const found = problemsOf(draft, locked);
    if (found.length) return setStatus({ kind: 'invalid', messages: found.map((p) => t(p.key, ...p.subs)) });
    const problem = await saveOutcome(draft, locked, t);
    if (!problem) setSavedAs(draft);
    setStatus(problem ? { kind: 'invalid', messages: [problem] } : { kind: 'saved', at: new Date() });
  };
  const props = { draft, locked, errors, t, edit };
  return (
    <main class="settings">
      <h1>{t('options_title')}</h1>
      <GuideLink t={t} lang={lang} />
      <Problems problems={loaded.problems ?? []} t={t} />
      {locked.size > 0 && <p class="muted">{t('settings_policy_note')}</p>}
      <form onSubmit={save} noValidate>
        <LanguageSection {...props} />
        <section class="card" aria-labelledby="classes-title">
          <ClassesEditor
            classes={draft.classes}
            locked={locked.has('classes')}
            error={errors.get('classes') ?? null}
            t={t}
            onChange={(classes) => edit({ classes })}
          />
        </section>
        <DetectionSection {...props} />
        <ChatSection {...props} />
        <AlertsSection {...props} />
        <SchoolSection {...props} />
        <RetentionSection {...props} />
        <div class="save-bar">
          <button class="primary" type="submit">
            {t('options_save')}
          </button>
          {unsaved && status?.kind !== 'invalid' && <span class="muted">{t('settings_unsaved')}</span>}
          <SaveStatus status={status} lang={pageLang} t={t} />
        </div>
      </form>
      <ForwardingSection />
    </main>
  );
}

/** Why a save did not happen (invalid, or refused by parent mode, docs/parent-mode.md), or null once saved. */
async function saveOutcome(draft: Draft, locked: ReadonlySet<string>, t: T): Promise<string | null> {
  try {
    const problem = await saveDraft(draft, locked);
    return problem ? t('classes_invalid', problem) : null;
  } catch (err) {
    return isParentLocked(err) ? t('parent_locked_save') : String(err);
  }
}

/** Saved, with the time in the teacher's language; or why not, one line a problem. */
function SaveStatus({ status, lang, t }: { status: Status; lang: string; t: T }) {
  if (!status) return <p role="status" class="save-status" />;
  if (status.kind === 'saved') {
    const at = status.at.toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
    return (
      <p role="status" class="save-status ok">
        <span aria-hidden="true">✓ </span>
        {t('settings_saved_at', at)}
      </p>
    );
  }
  return (
    <div role="alert" class="save-status bad">
      <p>
        <span aria-hidden="true">▲ </span>
        {t('settings_not_saved')}
      </p>
      <ul>
        {status.messages.map((m) => (
          <li key={m} class="text">
            {m}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What could not be read, policy first (only IT can fix it), then the user's own (the next save drops it). */
function Problems({ problems, t }: { problems: string[]; t: T }) {
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
