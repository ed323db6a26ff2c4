/** The meeting in the active tab, live: who is here, what needs the teacher now, what the guard cannot see. */
import type { Coverage, Platform } from '../../common/model';
import type { PopupEntry, PopupState } from '../../common/protocol';
import { categoryGroup } from '../../common/detection';
import { visibleText } from '../../common/visible-text';
import type { Lang } from '../i18n';
import { EntryCard } from './entry-card';

type T = (key: string, ...subs: string[]) => string;
const WAITING_SHOWN = 10;

const isChatOnly = (e: PopupEntry) => e.kind === 'person' && e.categories.every((c) => categoryGroup(c) === 'chat');
const hasChat = (e: PopupEntry) => e.categories.some((c) => categoryGroup(c) === 'chat');

export const clientName = (p: Platform): string =>
  p === 'meet' ? 'Google Meet' : p === 'zoom' ? 'Zoom' : 'Microsoft Teams';

/** One line a blind spot, with what to do about it. */
export function coverageWarnings(t: T, c: Coverage | null): string[] {
  if (!c) return [];
  const out: string[] = [];
  if (c.roster === 'hidden' && c.rosterReason !== 'not-in-call') out.push(t('popup_cov_people_hidden'));
  else if (c.roster === 'partial') out.push(t('popup_cov_people_partial'));
  if (c.chat === 'hidden' && c.chatReason !== 'not-in-call') out.push(t('popup_cov_chat_hidden'));
  if (c.presenter === 'unreadable' && c.presenterReason === 'selector-missing') out.push(t('popup_cov_presenter'));
  return out;
}

export interface LiveProps {
  state: PopupState;
  t: T;
  lang: Lang;
  busy: boolean;
  inClass(e: PopupEntry): void;
  dismiss(e: PopupEntry): void;
}

function Entries({ list, props }: { list: PopupEntry[]; props: LiveProps }) {
  const { state, t, lang, busy } = props;
  return (
    <ul class="entries">
      {list.map((e) => (
        <EntryCard
          key={e.key}
          entry={e}
          t={t}
          lang={lang}
          busy={busy}
          onInClass={state.className !== null ? () => props.inClass(e) : null}
          onDismiss={() => props.dismiss(e)}
        />
      ))}
    </ul>
  );
}

export function Live(props: LiveProps) {
  const { state: s, t } = props;
  const people = s.entries.filter((e) => !isChatOnly(e));
  const chat = s.entries.filter(isChatOnly);
  // A stranger's abuse sits with the stranger, above: the chat card says so rather than "nothing flagged".
  const chatAbove = people.filter(hasChat).length;
  const presenters = s.presenters.map((p) => (p.self ? t('popup_you') : visibleText(p.name ?? t('popup_no_name'), 80)));
  const warnings = coverageWarnings(t, s.coverage);
  return (
    <>
      <section class="card meeting" aria-labelledby="meeting-h">
        <h2 id="meeting-h">
          <bdi>{visibleText(s.meeting.title ?? s.meeting.code ?? clientName(s.meeting.platform), 120)}</bdi>
        </h2>
        <dl class="facts">
          <dt>{t('popup_client')}</dt>
          <dd>{clientName(s.meeting.platform)}</dd>
          <dt>{t('popup_class')}</dt>
          <dd class="class-name">
            {s.className !== null ? (
              <>
                <bdi>{s.className}</bdi> {t('popup_class_roster', String(s.rosterSize))}
              </>
            ) : (
              t('popup_learning_mode')
            )}
          </dd>
          <dt>{t('popup_present')}</dt>
          <dd class="present">{String(s.participantCount)}</dd>
          <dt>{t('popup_waiting')}</dt>
          <dd class="waiting">
            {s.waiting.length === 0
              ? t('popup_nobody')
              : `${s.waiting.length}: ${s.waiting
                  .slice(0, WAITING_SHOWN)
                  .map((w) => visibleText(w.name, 60))
                  .join(', ')}`}
          </dd>
          <dt>{t('popup_presenting')}</dt>
          <dd class="presenting">{presenters.length ? presenters.join(', ') : t('popup_nobody')}</dd>
        </dl>
        {s.paused && (
          <p class="paused-banner" role="note">
            {t('popup_paused_banner')}
          </p>
        )}
      </section>
      {warnings.length > 0 && (
        <section class="card coverage" aria-labelledby="cov-h">
          <h2 id="cov-h">{t('popup_cov_title')}</h2>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      )}
      <section class="card" aria-labelledby="people-h">
        <h2 id="people-h">{t('popup_people_title', String(people.length))}</h2>
        {people.length ? <Entries list={people} props={props} /> : <p class="empty">{t('popup_people_empty')}</p>}
      </section>
      <section class="card" aria-labelledby="chat-h">
        <h2 id="chat-h">{t('popup_chat_title', String(chat.length + chatAbove))}</h2>
        {chat.length > 0 && <Entries list={chat} props={props} />}
        {chatAbove > 0 && <p class="muted chat-above">{t('popup_chat_with_people', String(chatAbove))}</p>}
        {chat.length + chatAbove === 0 && <p class="empty">{t('popup_chat_empty')}</p>}
      </section>
      {s.review > 0 && <p class="muted">{t('popup_review', String(s.review))}</p>}
    </>
  );
}
