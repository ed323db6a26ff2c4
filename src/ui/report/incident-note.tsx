/**
 * The teacher's note on one incident, on the report page: shown with how often it was edited, and
 * edited in place. Each save is a new event (incident-notes.ts), so earlier versions stay in the log.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../i18n';
import { visibleText } from '../../common/visible-text';
import { NOTE_MAX, type IncidentNote } from './incident-notes';
import { localTime, localZone } from './local-time';
import type { Translate } from './sentences';

export type SaveIncidentNote = (findingId: string, note: string) => Promise<void>;

interface Props {
  findingId: string;
  note: IncidentNote | undefined;
  /** Notes written in class in the panel, shown as they are. */
  inClass: readonly string[];
  onSave: SaveIncidentNote;
  lang: Lang;
  t: Translate;
}

export function IncidentNoteView({ findingId, note, inClass, onSave, lang, t }: Props) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(note?.note ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => setDraft(note?.note ?? ''), [note?.note]);
  // In the commit that shows the field: typing at once after the click goes into it.
  useLayoutEffect(() => {
    if (open) area.current?.focus();
  }, [open]);
  const id = `note-${findingId}`;
  const close = () => {
    setOpen(false);
    setDraft(note?.note ?? '');
    opener.current?.focus();
  };
  const save = async () => {
    setStatus(null);
    try {
      await onSave(findingId, draft);
      setStatus(t('report_note_saved'));
      setOpen(false);
    } catch (e) {
      setStatus(t('report_error', String(e)));
    }
  };
  return (
    <div class="incident-note" data-note-for={findingId}>
      {inClass.map((n, i) => (
        <p key={i} class="note" data-testid="panel-note">
          {t('store_note_in_class', visibleText(n, NOTE_MAX))}
        </p>
      ))}
      {note?.note && (
        <p data-testid="incident-note">
          <strong>{t('store_note_label', localTime(note.time, lang, localZone()), String(note.edits))}</strong>{' '}
          {visibleText(note.note, NOTE_MAX)}
        </p>
      )}
      {!open && (
        <button type="button" ref={opener} data-testid="edit-incident-note" onClick={() => setOpen(true)}>
          {t(note?.note ? 'store_note_edit' : 'store_note_add')}
        </button>
      )}
      {open && (
        <div>
          <label for={id}>{t('store_note_field')}</label>
          <textarea
            id={id}
            ref={area}
            rows={3}
            maxLength={NOTE_MAX}
            value={draft}
            onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
            onKeyDown={(e) => e.key === 'Escape' && close()}
          />
          <p>
            <button
              type="button"
              data-testid="save-incident-note"
              disabled={draft.trim() === (note?.note ?? '')}
              onClick={() => void save()}
            >
              {t('report_note_save')}
            </button>{' '}
            <button type="button" onClick={close}>
              {t('store_note_cancel')}
            </button>{' '}
            <span class="note">{t('store_note_help')}</span>
          </p>
        </div>
      )}
      {status && <p role="status">{status}</p>}
    </div>
  );
}
