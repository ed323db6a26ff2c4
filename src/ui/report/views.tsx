/** The report page's event views (sentences at local time, or the raw log) and its file check. */
import { useState } from 'preact/hooks';
import type { Lang } from '../i18n';
import type { StoredEvent } from '../../common/protocol';
import { verifyReport } from './export-json';
import { summarize, wordsToAllow } from './format';
import { localTime, localZone } from './local-time';
import { sentence, type Translate } from './sentences';
import { StorageWarningLine, useStorageStatus } from '../components/storage-warning';

export type OnNotHarmful = (words: string, findingId: string) => void;

function NotHarmful({
  e,
  events,
  onNotHarmful,
  t,
}: {
  e: StoredEvent;
  events: StoredEvent[];
  onNotHarmful: OnNotHarmful;
  t: Translate;
}) {
  const words = e.type === 'finding' ? wordsToAllow(e, events) : null;
  if (!words) return null;
  return (
    <>
      {' '}
      <button title={t('report_not_harmful_help')} onClick={() => onNotHarmful(words, e.id)}>
        {t('report_not_harmful')}
      </button>
    </>
  );
}

const severityOf = (e: StoredEvent): number =>
  e.type === 'finding' ? ((e.payload['finding'] as { severity?: number } | undefined)?.severity ?? 0) : 0;

interface EventsProps {
  events: StoredEvent[];
  lang: Lang;
  onNotHarmful: OnNotHarmful;
  t: Translate;
}

/** Every event as a sentence in the teacher's language, at this computer's local time. */
function SentenceTable({ events, lang, onNotHarmful, t }: EventsProps) {
  const zone = localZone();
  return (
    <table data-view="sentences">
      <thead>
        <tr>
          <th>{t('report_time')}</th>
          <th>{t('report_details')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => {
          const sev = severityOf(e);
          return (
            <tr key={e.id} data-type={e.type} class={sev ? `incident sev-${sev}` : ''}>
              <td class="time" style={{ whiteSpace: 'nowrap' }}>
                {localTime(e.time, lang, zone)}
              </td>
              <td class="text">
                {sentence(e, t)}
                <NotHarmful e={e} events={events} onNotHarmful={onNotHarmful} t={t} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The log as stored: sequence numbers, ISO times, event types. */
function RawTable({ events, onNotHarmful, t }: EventsProps) {
  return (
    <table data-view="raw">
      <thead>
        <tr>
          <th>#</th>
          <th>{t('report_time')}</th>
          <th>{t('report_type')}</th>
          <th>{t('report_details')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => {
          const sev = severityOf(e);
          return (
            <tr key={e.id} data-type={e.type}>
              <td>{e.seq}</td>
              <td>{e.time}</td>
              <td class={sev ? `sev-${sev}` : ''}>{e.type}</td>
              <td class="text">
                {summarize(e)}
                <NotHarmful e={e} events={events} onNotHarmful={onNotHarmful} t={t} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function EventsView(props: EventsProps) {
  const [raw, setRaw] = useState(false);
  return (
    <section aria-label={props.t('report_timeline')}>
      <h2>{props.t('report_timeline')}</h2>
      <p>
        <button onClick={() => setRaw(!raw)}>{props.t(raw ? 'report_show_sentences' : 'report_show_raw')}</button>
      </p>
      {raw ? <RawTable {...props} /> : <SentenceTable {...props} />}
    </section>
  );
}

/** A JSON export dropped or chosen here is verified by the same code as `npm run verify-report`. */
export function VerifyFile({ t }: { t: Translate }) {
  const [verdict, setVerdict] = useState<{ ok: boolean; text: string } | null>(null);
  const [over, setOver] = useState(false);
  const check = async (file: File | undefined) => {
    if (!file) return;
    const r = await verifyReport(await file.text());
    setVerdict(
      r.ok
        ? { ok: true, text: t('report_file_ok', file.name, String(r.count), r.head) }
        : { ok: false, text: t('report_file_bad', file.name, r.reason) },
    );
  };
  return (
    <section
      class={over ? 'drop over' : 'drop'}
      aria-label={t('report_check_file')}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void check(e.dataTransfer?.files[0]);
      }}
    >
      <h2>{t('report_check_file')}</h2>
      <p>{t('report_check_file_help')}</p>
      <input
        type="file"
        accept=".json,application/json"
        aria-label={t('report_check_file')}
        data-testid="verify-file"
        onChange={(e) => void check((e.target as HTMLInputElement).files?.[0])}
      />
      {verdict && (
        <p role="status" data-testid="file-verdict" class={verdict.ok ? 'ok' : 'bad'}>
          {verdict.text}
        </p>
      )}
    </section>
  );
}

/** How much the log takes on this computer, of how much it may take, and what storage near its quota did. */
export function StorageUsed({ lang, t }: { lang: Lang; t: Translate }) {
  const status = useStorageStatus();
  if (status?.usage == null) return null;
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  const { usage, quota } = status;
  return (
    <>
      <p class="note" data-testid="storage-used">
        {quota
          ? t('store_used_of', mb(usage), mb(quota), String(Math.min(100, Math.round((usage / quota) * 100))))
          : t('report_storage_used', mb(usage))}
      </p>
      <StorageWarningLine status={status} lang={lang} t={t} always />
    </>
  );
}
