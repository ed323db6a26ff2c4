/**
 * Storage near its quota (docs/events.md): what the worker had to do, in the popup and on the report
 * page. The popup shows a deletion for a week and "full" while it lasts; the report page always.
 */
import { useEffect, useState } from 'preact/hooks';
import { call } from '../api';
import type { StorageStatus, StorageWarning } from '../../common/protocol';

type T = (key: string, ...subs: string[]) => string;
const WEEK_MS = 7 * 86_400_000;

export function useStorageStatus(): StorageStatus | null {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    call('log.storage', {}).then(setStatus, () => setStatus(null));
  }, []);
  return status;
}

const percent = (w: Pick<StorageWarning, 'usage' | 'quota'>) =>
  String(Math.min(100, Math.round((w.usage / w.quota) * 100)));

function warningText(w: StorageWarning, lang: 'vi' | 'en', t: T): string {
  const when = new Date(w.at).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  if (w.level === 'purged') return t('store_line_purged', when, String(w.purged));
  return t(w.writeRefused ? 'store_line_refused' : 'store_line_full', percent(w));
}

/** Nothing when there is nothing to say. */
export function StorageWarningLine({
  status,
  lang,
  t,
  always = false,
}: {
  status: StorageStatus | null;
  lang: 'vi' | 'en';
  t: T;
  /** The report page keeps the record of a deletion; the popup shows it for a week. */
  always?: boolean;
}) {
  const w = status?.warning;
  if (!w) return null;
  if (!always && w.level === 'purged' && !(Date.now() - Date.parse(w.at) < WEEK_MS)) return null;
  return (
    <p class={w.level === 'full' ? 'bad' : undefined} role="status" data-testid="storage-warning" data-level={w.level}>
      {warningText(w, lang, t)}
    </p>
  );
}

/** The popup's line, reading the status itself. */
export function StorageWarningNote({ lang, t }: { lang: 'vi' | 'en'; t: T }) {
  return <StorageWarningLine status={useStorageStatus()} lang={lang} t={t} />;
}
