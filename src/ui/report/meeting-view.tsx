/**
 * One meeting as a teacher reads it after class: the summary first, then the timeline chart, the
 * incidents with the chat around them, the people, the shares, and the teacher's actions and notes.
 * Participant-written text is marked and capped (visibleText) and rendered as text only.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../i18n';
import type { SessionRecord, StoredEvent } from '../../common/protocol';
import { visibleText } from '../../common/visible-text';
import { categoryGroup } from '../../common/detection';
import { marksInWords } from '../name-marks';
import { ruleWhy } from '../../common/rule-words';
import type { Incident, MeetingAnalysis, PersonRow } from './analysis';
import { localTime, localZone, zoneLabel } from './local-time';
import { clientName } from './meetings';
import { peopleInvolved } from './people';
import { NAME_SHOWN, sentence, TEXT_SHOWN, type Translate } from './sentences';
import { Timeline } from './timeline';
import { IncidentNoteView, type SaveIncidentNote } from './incident-note';
import { panelNotes, panelNotesOf, type IncidentNote } from './incident-notes';
import { categoriesOf, categoryWord, incidentKind, incidentWhys, incidentWords } from './incidents';

/** Saves the teacher's note as a new event. */
type SaveNote = { (note: string): Promise<void> };

/** Long lists are cut on the page; the raw log and the exports have everything. */
const SHOWN = 500;
const quote = (s: string | null | undefined) => (s ? `“${visibleText(s, NAME_SHOWN)}”` : '—');

interface ViewProps {
  session: SessionRecord;
  a: MeetingAnalysis;
  lang: Lang;
  t: Translate;
}

function More({ total, t }: { total: number; t: Translate }) {
  if (total <= SHOWN) return null;
  return <p class="note">{t('report_view_more', String(total - SHOWN))}</p>;
}

function Summary({ session, a, lang, t, events }: ViewProps & { events: readonly StoredEvent[] }) {
  const zone = localZone();
  const when = (ms: number) => localTime(new Date(ms).toISOString(), lang, zone);
  // Incidents by kind: an incident of several kinds counts once under each (said on the page).
  const counts = new Map<string, number>();
  for (const i of a.incidents)
    for (const c of categoriesOf(i.findings)) counts.set(categoryWord(c, t), (counts.get(categoryWord(c, t)) ?? 0) + 1);
  const findings = a.incidents.reduce((n, i) => n + i.findings.length, 0);
  const involved = peopleInvolved(events)
    .slice(0, 10)
    .map((p) => quote(p.names[0]));
  const waited = a.people.filter((p) => p.waited.length > 0).length;
  const acted = a.actions.slice(-5).map((e) => sentence(e, t));
  return (
    <section aria-labelledby="sum-h" data-testid="summary">
      <h2 id="sum-h">{t('report_sum_title')}</h2>
      <p>
        {t(
          'report_sum_when',
          clientName(session.meeting.platform),
          when(a.start),
          when(a.end),
          zoneLabel(session.startedAt, zone),
        )}
      </p>
      <p>{t('report_sum_people', String(a.people.length), String(a.maxPresent), String(waited))}</p>
      <p data-testid="summary-incidents">
        {a.incidents.length === 0
          ? t('report_doc_no_incidents')
          : t(
              'report_sum_incidents',
              String(a.incidents.length),
              [...counts].map(([k, n]) => `${k} (${n})`).join(', '),
            )}
      </p>
      {findings > a.incidents.length && (
        <p class="note" data-testid="summary-grouped">
          {t('report_group_sum_note', String(findings))}
        </p>
      )}
      {involved.length > 0 && <p>{t('report_sum_who', involved.join(', '))}</p>}
      <p>{acted.length === 0 ? t('report_doc_measures_none') : t('report_sum_actions', String(a.actions.length))}</p>
      {acted.length > 0 && (
        <ul>
          {acted.map((s, n) => (
            <li key={n}>{s}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function chatLine(e: StoredEvent, lang: Lang, zone: string, t: Translate, mark = false) {
  const line = `${localTime(e.time, lang, zone)} — ${sentence(e, t)}`;
  return <li key={e.id}>{mark ? <mark>{line}</mark> : line}</li>;
}

interface IncidentProps {
  i: Incident;
  note: IncidentNote | undefined;
  inClass: readonly string[];
  onSaveNote: SaveIncidentNote;
  lang: Lang;
  t: Translate;
}

/** The words found and why, each once: one finding as it always read, several as one incident. */
function evidenceOf(i: Incident, t: Translate): { words: string[]; whys: string[] } {
  const subject = i.finding.subject as { name?: string } | undefined;
  if (i.findings.length > 1) {
    const text = (i.message?.payload['message'] as { text?: unknown } | undefined)?.text;
    return {
      words: incidentWords(i.findings, typeof text === 'string' ? text : null),
      whys: incidentWhys(i.findings, t),
    };
  }
  const evidence = i.finding.evidence as { text?: string; detail?: string } | undefined;
  // The rule's reason in the report's language; the detector's English note only for a rule without one.
  const why =
    ruleWhy(t, String(i.finding.ruleId)) ?? (evidence?.detail ? visibleText(evidence.detail, TEXT_SHOWN) : '');
  // A finding on a name quotes the name as its evidence: said once, in the heading.
  const words = evidence?.text && evidence.text !== subject?.name ? [visibleText(evidence.text, TEXT_SHOWN)] : [];
  return { words, whys: !evidence?.text && why ? [why] : [] };
}

function IncidentItem({ i, note, inClass, onSaveNote, lang, t }: IncidentProps) {
  const zone = localZone();
  const subject = i.finding.subject as { name?: string } | undefined;
  const marks = categoryGroup(i.finding.category) === 'people' ? marksInWords(t, subject?.name ?? '') : '';
  const { words, whys } = evidenceOf(i, t);
  return (
    <li
      data-incident={i.id}
      data-findings={i.findings.length}
      class={`incident sev-${Number(i.finding.severity) || 1}`}
    >
      <p>
        <strong>{localTime(i.event.time, lang, zone)}</strong> — {incidentKind(i.finding, i.findings, t)} —{' '}
        {quote(subject?.name)}
      </p>
      {marks && <p class="note name-marks">{marks}</p>}
      {words.map((w, n) => (
        <blockquote key={n}>{w}</blockquote>
      ))}
      {whys.map((w, n) => (
        <p key={n} class="note">
          {w}
        </p>
      ))}
      {(i.before.length > 0 || i.message || i.after.length > 0) && (
        <details open={Boolean(i.message)}>
          <summary>{t('report_inc_chat_around')}</summary>
          <ol class="chat-around">
            {i.before.map((e) => chatLine(e, lang, zone, t))}
            {i.message && chatLine(i.message, lang, zone, t, true)}
            {i.after.map((e) => chatLine(e, lang, zone, t))}
          </ol>
        </details>
      )}
      <IncidentNoteView findingId={i.id} note={note} inClass={inClass} onSave={onSaveNote} lang={lang} t={t} />
    </li>
  );
}

function Incidents({
  a,
  events,
  lang,
  t,
  onSaveIncidentNote,
}: ViewProps & { events: readonly StoredEvent[]; onSaveIncidentNote: SaveIncidentNote }) {
  const inClass = useMemo(() => panelNotes(events), [events]);
  return (
    <section aria-labelledby="inc-h">
      <h2 id="inc-h">{t('report_doc_incidents')}</h2>
      {a.incidents.length === 0 ? (
        <p>{t('report_doc_no_incidents')}</p>
      ) : (
        <ol data-testid="incidents">
          {a.incidents.slice(0, SHOWN).map((i) => (
            <IncidentItem
              key={i.id}
              i={i}
              note={a.incidentNotes.get(i.id)}
              inClass={panelNotesOf(
                inClass,
                i.events.map((e) => e.id),
              )}
              onSaveNote={onSaveIncidentNote}
              lang={lang}
              t={t}
            />
          ))}
        </ol>
      )}
      <More total={a.incidents.length} t={t} />
    </section>
  );
}

function times(list: string[], lang: Lang, zone: string): string {
  return list.map((x) => localTime(x, lang, zone)).join(', ') || '—';
}

function PersonTr({ p, lang, t }: { p: PersonRow; lang: Lang; t: Translate }) {
  const zone = localZone();
  const roster = p.findings.includes('unknown-participant') ? t('report_ppl_not_on_roster') : '—';
  const waited = p.waited.length
    ? `${times(p.waited, lang, zone)} (${t(p.admitted ? 'report_ppl_admitted' : 'report_ppl_not_admitted')})`
    : '—';
  return (
    <tr data-person={p.id}>
      <td>{p.names.map((n) => quote(n)).join(' → ')}</td>
      <td class="hash">{visibleText(p.id, 120)}</td>
      <td>{p.self ? t('report_ppl_you') : visibleText(p.role ?? '—', 40)}</td>
      <td>{times(p.joined, lang, zone)}</td>
      <td>{times(p.left, lang, zone)}</td>
      <td>{waited}</td>
      <td>{roster}</td>
      <td>{p.findings.map((c) => t(`report_cat_${c.replace(/-/g, '_')}`)).join(', ') || '—'}</td>
    </tr>
  );
}

function People({ a, lang, t }: ViewProps) {
  const heads = ['ppl_names', 'ppl_id', 'ppl_role', 'ppl_joined', 'ppl_left', 'ppl_waiting', 'ppl_roster', 'ppl_found'];
  return (
    <section aria-labelledby="ppl-h">
      <h2 id="ppl-h">{t('report_ppl_title')}</h2>
      <table data-testid="people">
        <thead>
          <tr>
            {heads.map((h) => (
              <th key={h}>{t(`report_${h}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {a.people.slice(0, SHOWN).map((p) => (
            <PersonTr key={p.id} p={p} lang={lang} t={t} />
          ))}
        </tbody>
      </table>
      <More total={a.people.length} t={t} />
    </section>
  );
}

function Shares({ a, lang, t }: ViewProps) {
  const zone = localZone();
  const length = (d: number | null) =>
    d === null
      ? t('report_share_running')
      : t('report_minutes', String(Math.floor(d / 60_000)), String(Math.round(d / 1000) % 60));
  return (
    <section aria-labelledby="shr-h">
      <h2 id="shr-h">{t('report_share_title')}</h2>
      {a.shares.length === 0 ? (
        <p>{t('report_share_none')}</p>
      ) : (
        <table data-testid="shares">
          <thead>
            <tr>
              <th>{t('report_share_who')}</th>
              <th>{t('report_share_start')}</th>
              <th>{t('report_share_end')}</th>
              <th>{t('report_share_length')}</th>
            </tr>
          </thead>
          <tbody>
            {a.shares.slice(0, SHOWN).map((s, n) => (
              <tr key={n}>
                <td>{quote(s.who)}</td>
                <td>{localTime(s.start, lang, zone)}</td>
                <td>{s.end ? localTime(s.end, lang, zone) : '—'}</td>
                <td>{length(s.durationMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The teacher's actions, and a note saved as a new event each time: earlier versions stay in the log. */
function Actions({ a, lang, t, onSaveNote }: ViewProps & { onSaveNote: SaveNote }) {
  const zone = localZone();
  const [draft, setDraft] = useState(a.note);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => setDraft(a.note), [a.note]);
  const save = async () => {
    setStatus(null);
    try {
      await onSaveNote(draft.trim());
      setStatus(t('report_note_saved'));
    } catch (e) {
      setStatus(t('report_error', String(e)));
    }
  };
  return (
    <section aria-labelledby="act-h">
      <h2 id="act-h">{t('report_act_title')}</h2>
      {a.actions.length === 0 ? (
        <p>{t('report_doc_measures_none')}</p>
      ) : (
        <ul data-testid="actions">
          {a.actions.slice(-SHOWN).map((e) => (
            <li key={e.id}>
              {localTime(e.time, lang, zone)} — {sentence(e, t)}
            </li>
          ))}
        </ul>
      )}
      <label for="report-note">{t('report_note_label')}</label>
      <textarea
        id="report-note"
        rows={4}
        maxLength={4000}
        value={draft}
        onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
      />
      <p>
        <button data-testid="save-note" disabled={draft.trim() === a.note} onClick={() => void save()}>
          {t('report_note_save')}
        </button>{' '}
        <span class="note">{t('report_note_help')}</span>
      </p>
      {status && <p role="status">{status}</p>}
    </section>
  );
}

export function MeetingView(
  props: ViewProps & { events: readonly StoredEvent[]; onSaveNote: SaveNote; onSaveIncidentNote: SaveIncidentNote },
) {
  return (
    <>
      <Summary {...props} />
      <Timeline a={props.a} lang={props.lang} t={props.t} />
      <Incidents {...props} />
      <People {...props} />
      <Shares {...props} />
      <Actions {...props} />
    </>
  );
}
