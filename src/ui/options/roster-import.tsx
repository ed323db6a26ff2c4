/** "Import from a file": a school system's CSV or Excel export becomes the class's roster. */
import { useId, useState } from 'preact/hooks';
import type { ParsedRoster } from '../../common/names/roster-text';
import type { T } from './fields';
import { MAX_FILE_BYTES, readRosterFile, type RosterFileError } from './roster-file';

type Outcome = { ok: true; text: string } | { ok: false; text: string } | null;

const ERROR_KEYS: ReadonlyMap<RosterFileError, string> = new Map([
  ['too-large', 'settings_import_too_large'],
  ['type', 'settings_import_type'],
  ['xls', 'settings_import_xls'],
  ['no-column', 'settings_import_no_column'],
  ['empty', 'settings_import_empty'],
  ['unreadable', 'settings_import_unreadable'],
]);

export function RosterImport({ t, onImport }: { t: T; onImport(roster: ParsedRoster): void }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const id = `import-${useId()}`;
  const pick = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    const r = await readRosterFile(file);
    setBusy(false);
    if (!r.ok) {
      const mb = String(Math.round(MAX_FILE_BYTES / 1024 / 1024));
      return setOutcome({ ok: false, text: t(ERROR_KEYS.get(r.error) ?? 'settings_import_unreadable', file.name, mb) });
    }
    onImport(r.roster);
    const n = String(r.roster.entries.length);
    const skipped = String(r.roster.skipped);
    setOutcome({
      ok: true,
      text: r.sheet
        ? t('settings_import_done_sheet', n, file.name, r.sheet, skipped)
        : t('settings_import_done', n, file.name, skipped),
    });
  };
  return (
    <div class="roster-import">
      <label for={id} class="field-label">
        {t('settings_import_label')}
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={`${id}-help`}
        disabled={busy}
        onChange={pick}
      />
      <small id={`${id}-help`} class="muted hint">
        {t('settings_import_help')}
      </small>
      {outcome?.ok === true && (
        <p role="status" class="ok import-result">
          <span aria-hidden="true">✓ </span>
          {outcome.text}
        </p>
      )}
      {outcome?.ok === false && (
        <p role="alert" class="field-error import-result">
          <span aria-hidden="true">▲ </span>
          {outcome.text}
        </p>
      )}
    </div>
  );
}
