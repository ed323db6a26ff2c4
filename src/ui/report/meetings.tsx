/** The recorded meetings: which class, which client, when, how many incidents, kept as evidence or not. */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../i18n';
import type { PurgeRecord, SessionRecord } from '../../common/protocol';
import type { ClassConfig } from '../../common/classes';
import { matchClass } from '../../common/classes';
import { visibleText } from '../../common/visible-text';
import { localTime, localZone } from './local-time';
import type { Translate } from './sentences';
import { call } from '../api';

export const CLIENT_NAMES: ReadonlyMap<string, string> = new Map([
  ['meet', 'Google Meet'],
  ['zoom', 'Zoom'],
  ['teams', 'Microsoft Teams'],
]);

export const clientName = (platform: string): string => CLIENT_NAMES.get(platform) ?? visibleText(platform, 40);

interface MeetingsProps {
  sessions: SessionRecord[] | null;
  selected: string | null;
  onSelect: (id: string) => void;
  onKeep: (id: string, keep: boolean) => void;
  classes: readonly ClassConfig[];
  lang: Lang;
  t: Translate;
}

function MeetingRow({
  s,
  current,
  onSelect,
  onKeep,
  classes,
  lang,
  t,
}: Omit<MeetingsProps, 'sessions' | 'selected'> & {
  s: SessionRecord;
  current: boolean;
}) {
  const when = localTime(s.startedAt, lang, localZone());
  const meeting = visibleText(s.meeting.title ?? s.meeting.code ?? '—', 80);
  const cls = matchClass(s.meeting, classes);
  return (
    <tr data-session={s.id} class={current ? 'current' : ''} aria-current={current ? 'true' : undefined}>
      <td>
        <button class="link" onClick={() => onSelect(s.id)} aria-label={t('report_meetings_open', when, meeting)}>
          {when}
        </button>
      </td>
      <td>{clientName(s.meeting.platform)}</td>
      <td>{cls ? visibleText(cls.name, 80) : '—'}</td>
      <td>{meeting}</td>
      <td data-col="incidents">{s.findingCount === undefined ? '—' : String(s.findingCount)}</td>
      <td>
        <label>
          <input
            type="checkbox"
            data-keep={s.id}
            checked={Boolean(s.keptAsEvidence)}
            onChange={(e) => onKeep(s.id, (e.target as HTMLInputElement).checked)}
          />{' '}
          {t('report_keep_label')}
        </label>
      </td>
    </tr>
  );
}

export function MeetingsList(props: MeetingsProps) {
  const { sessions, selected, t } = props;
  if (sessions === null) return <p>{t('report_loading')}</p>;
  if (sessions.length === 0) return <p>{t('report_no_sessions')}</p>;
  return (
    <table data-view="meetings">
      <caption class="note">{t('report_keep_help')}</caption>
      <thead>
        <tr>
          <th>{t('report_started')}</th>
          <th>{t('report_platform')}</th>
          <th>{t('report_meetings_class')}</th>
          <th>{t('report_meeting')}</th>
          <th>{t('report_meetings_incidents')}</th>
          <th>{t('report_keep_column')}</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <MeetingRow key={s.id} {...props} s={s} current={s.id === selected} />
        ))}
      </tbody>
    </table>
  );
}

/** How long meetings are kept, and what retention deleted (the record outlives the meeting). */
export function RetentionNote({ days, lang, t }: { days: number; lang: Lang; t: Translate }) {
  const [purges, setPurges] = useState<PurgeRecord[] | null>(null);
  useEffect(() => {
    call('log.purges', {}).then(setPurges, () => setPurges(null));
  }, []);
  const zone = localZone();
  return (
    <section aria-label={t('report_retention_title')}>
      <h2>{t('report_retention_title')}</h2>
      <p data-testid="retention-days">{t('report_retention_days', String(days))}</p>
      {purges && purges.length > 0 && (
        <details data-testid="purges">
          <summary>
            {t(
              purges.some((p) => p.reason === 'storage') ? 'store_purged_summary' : 'report_retention_purged',
              String(purges.length),
            )}
          </summary>
          <ul>
            {purges.slice(0, 200).map((p) => (
              <li key={p.id} data-purged={p.sessionId} data-reason={p.reason ?? 'retention'}>
                {t(
                  'report_retention_purge',
                  localTime(p.purgedAt, lang, zone),
                  clientName(p.platform),
                  visibleText(p.code ?? '—', 80),
                  localTime(p.startedAt, lang, zone),
                  String(p.eventCount),
                )}
                {p.reason === 'storage' && ` ${t('store_purge_reason')}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
