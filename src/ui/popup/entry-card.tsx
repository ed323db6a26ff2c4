/** One open alert of the meeting: what, who and why, the words as written, and the teacher's actions. */
import type { FindingCategory } from '../../common/model';
import type { PopupEntry } from '../../common/protocol';
import { visibleText } from '../../common/visible-text';
import type { Lang } from '../i18n';
import { mayBeInClass } from './actions';
import { NameWhy } from './name-why';

type T = (key: string, ...subs: string[]) => string;
const QUOTE_MAX = 200;
const JOINS_SHOWN = 8;
/** Categories whose evidence names whom the person copies. */
const COPIES: ReadonlySet<FindingCategory> = new Set<FindingCategory>(['impersonation', 'duplicate']);

export const categoryLabel = (t: T, c: FindingCategory): string => t(`category_${c.replace(/-/g, '_')}`);

export function localTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
}

function quotes(e: PopupEntry): string[] {
  const out = new Set<string>();
  for (const ev of e.evidence) if (ev.text && ev.text !== e.name) out.add(visibleText(ev.text, QUOTE_MAX));
  return [...out];
}

export interface EntryCardProps {
  entry: PopupEntry;
  t: T;
  lang: Lang;
  /** Null: the meeting has no class, so "In my class" is not offered. */
  onInClass: (() => void) | null;
  onDismiss: () => void;
  busy: boolean;
}

export function EntryCard({ entry: e, t, lang, onInClass, onDismiss, busy }: EntryCardProps) {
  const id = `entry-${e.key.replace(/[^\w-]/g, '_').slice(0, 40)}-${e.findingIds.at(-1) ?? ''}`;
  const imitates = e.categories.some((c) => COPIES.has(c)) ? e.evidence.find((ev) => ev.matched)?.matched : undefined;
  const said = quotes(e);
  return (
    <li class={`entry severity-${e.severity}`} aria-labelledby={`${id}-what ${id}-who`}>
      <div class="entry-top">
        <span class="sev-tag">{e.severity >= 3 ? t('popup_urgent') : t('popup_alert')}</span>
        <span class="what" id={`${id}-what`}>
          {e.categories.map((c) => categoryLabel(t, c)).join(' · ')}
        </span>
        <time dateTime={e.lastAt}>{localTime(e.lastAt, lang)}</time>
      </div>
      <div id={`${id}-who`}>
        {e.kind === 'person' ? (
          <NameWhy name={e.name ?? t('popup_no_name')} imitates={imitates} t={t} />
        ) : (
          <p class="raid">
            {t('popup_raid', String(e.joinCount))}:{' '}
            <bdi>
              {e.joins
                .slice(0, JOINS_SHOWN)
                .map((n) => visibleText(n, 60))
                .join(', ')}
            </bdi>
            {e.joinCount > JOINS_SHOWN ? ` ${t('popup_and_more', String(e.joinCount - JOINS_SHOWN))}` : ''}
          </p>
        )}
      </div>
      {said.length > 0 && (
        <ul class="quotes" aria-label={t('popup_said')}>
          {said.map((q, i) => (
            <li key={i}>
              <bdi>“{q}”</bdi>
            </li>
          ))}
        </ul>
      )}
      <div class="entry-actions">
        {mayBeInClass(e) && onInClass && (
          <button type="button" class="in-class" disabled={busy} onClick={onInClass} aria-describedby={`${id}-who`}>
            {t('popup_in_my_class')}
          </button>
        )}
        <button type="button" class="dismiss" disabled={busy} onClick={onDismiss} aria-describedby={`${id}-who`}>
          {t('popup_dismiss')}
        </button>
      </div>
    </li>
  );
}
