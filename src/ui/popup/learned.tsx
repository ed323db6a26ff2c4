/**
 * The class learned in the first minutes of a meeting without a roster, offered to the teacher
 * (docs/detectors.md, "Learning mode"): while the window is open it says until when; once it ends,
 * the learned names with "Save as the class roster" and "Not now". Nothing is saved without a click.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LearnedRoster } from '../../common/protocol';
import { sendToTab } from '../../browser/tabs';
import type { Lang } from '../i18n';
import { saveCapturedRoster, type SavedRoster } from '../roster-capture';
import { updateUserSettings } from '../user-settings';
import type { Status } from './actions';

type T = (key: string, ...subs: string[]) => string;

/** Names come from the page: the list is capped, and so is each name. */
const NAMES_SHOWN = 30;
const NAME_MAX = 80;

async function ask(tabId: number, answer: boolean): Promise<LearnedRoster | null> {
  const reply = await sendToTab(tabId, { type: answer ? 'roster.learned.answer' : 'roster.learned' }).catch(
    () => undefined,
  );
  return reply?.ok ? reply.value : null;
}

export async function saveLearned(
  t: T,
  tabId: number,
  learned: LearnedRoster,
  locked: readonly string[],
): Promise<Status> {
  if (locked.includes('classes')) return { text: t('popup_capture_locked'), bad: true };
  const out: { saved?: SavedRoster } = {};
  await updateUserSettings(
    (current) => (out.saved = saveCapturedRoster(current, learned.captured, () => crypto.randomUUID())).userSettings,
  );
  // Saved: the tab gets the class through settings.changed; the offer is withdrawn either way.
  await ask(tabId, true);
  const saved = out.saved!;
  return { text: t('popup_learned_saved', String(saved.cls.roster.length), saved.cls.name) };
}

export async function declineLearned(t: T, tabId: number): Promise<Status> {
  const after = await ask(tabId, true);
  return after ? { text: t('popup_learned_declined') } : { text: t('popup_tab_gone'), bad: true };
}

const clockTime = (ms: number, lang: Lang): string =>
  new Date(ms).toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });

interface Props {
  tabId: number;
  /** Changes at every read of the meeting, so the learned roster is read again with it. */
  tick: unknown;
  t: T;
  lang: Lang;
  busy: boolean;
  onSave(learned: LearnedRoster): void;
  onDecline(): void;
}

export function LearnedRosterSection({ tabId, tick, t, lang, busy, onSave, onDecline }: Props) {
  const [learned, setLearned] = useState<LearnedRoster | null>(null);
  useEffect(() => {
    let alive = true;
    void ask(tabId, false).then((r) => alive && setLearned(r));
    return () => {
      alive = false;
    };
  }, [tabId, tick]);

  if (!learned || learned.status === 'none') return null;
  if (learned.status === 'learning')
    return (
      <p class="learning muted small">
        {learned.endsAt === null
          ? t('popup_learned_learning_now')
          : t('popup_learned_learning', clockTime(learned.endsAt, lang))}
      </p>
    );
  const names = learned.captured.roster.map((p) => p.name);
  return (
    <section class="card learned" aria-labelledby="learned-h">
      <h2 id="learned-h">{t('popup_learned_title', String(names.length))}</h2>
      <p class="muted small">{t('popup_learned_help')}</p>
      <ul class="learned-names">
        {names.slice(0, NAMES_SHOWN).map((name, i) => (
          <li key={i}>{name.length > NAME_MAX ? `${name.slice(0, NAME_MAX)}…` : name}</li>
        ))}
        {names.length > NAMES_SHOWN && (
          <li class="muted">{t('popup_learned_more', String(names.length - NAMES_SHOWN))}</li>
        )}
      </ul>
      <div class="row">
        <button type="button" class="primary learned-save" disabled={busy} onClick={() => onSave(learned)}>
          {t('popup_learned_save')}
        </button>
        <button type="button" class="learned-decline" disabled={busy} onClick={onDecline}>
          {t('popup_learned_not_now')}
        </button>
      </div>
    </section>
  );
}
