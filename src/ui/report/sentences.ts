/**
 * Every event as a sentence in the teacher's language. Participant-written text goes through
 * visibleText (marked invisibles, capped): callers render the result as text, or escape it for HTML.
 */
import type { Finding } from '../../common/model';
import type { StoredEvent } from '../../common/protocol';
import { visibleText } from '../../common/visible-text';
import { isChecklistItem, itemKey } from '../../common/checklist';
import { categoryGroup } from '../../common/detection';
import { marksInWords } from '../name-marks';
import { ruleWhy } from '../../common/rule-words';

export type Translate = (key: string, ...subs: string[]) => string;
type P = Record<string, unknown>;

export const NAME_SHOWN = 256;
export const TEXT_SHOWN = 4_000;

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const shown = (v: unknown, max = NAME_SHOWN): string => visibleText(str(v), max);
const count = (v: unknown): string =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? String(Math.round(v)) : '?';
const obj = (v: unknown): P => (v !== null && typeof v === 'object' ? (v as P) : {});

/** A person as displayed; "?" when the client did not say. */
export function who(person: unknown, t: Translate): string {
  const name = shown(obj(person)['name']);
  return name ? `“${name}”` : t('report_someone');
}

function duration(ms: unknown, t: Translate): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return '';
  const s = Math.round(ms / 1000);
  return s < 60 ? t('report_seconds', String(s)) : t('report_minutes', String(Math.floor(s / 60)), String(s % 60));
}

/** "Alert, high: insult" — what kind of finding, in words. */
export function findingKind(f: Finding, t: Translate): string {
  const tier = f.tier === 'alert' ? t('report_tier_alert') : t('report_tier_review');
  const sev = t(`report_severity_${Number(f.severity) || 1}`);
  const cat = t(`report_cat_${str(f.category).replace(/-/g, '_')}`);
  return `${tier} (${sev}): ${cat}`;
}

function findingSentence(p: P, t: Translate): string {
  const f = p['finding'] as Finding | undefined;
  if (!f) return t('report_ev_unknown', 'finding');
  const subject = obj(f.subject);
  const evidence = obj(f.evidence);
  const about = subject['name'] ? `“${shown(subject['name'])}”` : '';
  // A look-alike letter reads exactly as the letter it copies: a finding on a name says which it is.
  const marks = categoryGroup(f.category) === 'people' ? marksInWords(t, str(subject['name'])) : '';
  const words = evidence['text'] ?? evidence['matched'];
  // A finding on a name quotes the name as its evidence: said once.
  const detail =
    words === subject['name']
      ? ''
      : words
        ? `“${shown(words, TEXT_SHOWN)}”`
        : (ruleWhy(t, str(f.ruleId)) ?? shown(evidence['detail'], TEXT_SHOWN));
  return t('report_ev_finding', findingKind(f, t), [about, marks && `(${marks})`, detail].filter(Boolean).join(' — '));
}

function chatSentence(p: P, t: Translate): string {
  const m = obj(p['message']);
  const sender = shown(m['senderName']) ? `“${shown(m['senderName'])}”` : t('report_someone');
  const text = shown(m['text'], TEXT_SHOWN);
  return m['privateTo']
    ? t('report_ev_chat_private', sender, `“${shown(m['privateTo'])}”`, text)
    : t('report_ev_chat', sender, text);
}

function stateSentence(p: P, t: Translate): string {
  const state = str(p['state']);
  const known = new Set(['prejoin', 'waiting', 'in-call', 'ended']);
  return known.has(state) ? t(`report_ev_state_${state.replace('-', '_')}`) : t('report_ev_state_unknown');
}

function teacherSentence(p: P, t: Translate): string {
  if (p['action'] === 'marked-not-harmful') return t('report_ev_not_harmful', shown(p['words'], 200));
  if (p['action'] === 'kept-as-evidence') return t('report_ev_kept');
  if (p['action'] === 'report-note' && p['findingId'])
    return p['note'] ? t('store_ev_incident_note', shown(p['note'], TEXT_SHOWN)) : t('store_ev_incident_note_cleared');
  if (p['action'] === 'report-note')
    return p['note'] ? t('report_ev_report_note', shown(p['note'], TEXT_SHOWN)) : t('report_ev_report_note_cleared');
  if (p['action'] === 'evidence-released') return t('report_ev_released');
  return (
    panelActionSentence(p, t) ??
    t('report_ev_teacher', shown(p['action'], 100), shown(p['words'] ?? p['note'], TEXT_SHOWN))
  );
}

/** What the teacher did in the meeting: in the panel, the popup or a notification (docs/events.md). */
function panelActionSentence(p: P, t: Translate): string | null {
  const who = shown(p['words'], 200) ? `“${shown(p['words'], 200)}”` : t('report_someone');
  switch (p['action']) {
    case 'dismissed':
      return t('report_ev_dismissed', who);
    case 'in-my-class':
      return t('report_ev_in_my_class', shown(p['words'], 200), shown(p['className'], 200) || t('report_this_class'));
    case 'note':
      return t('report_ev_note', shown(p['note'], TEXT_SHOWN));
    case 'shown-in-list':
      return t('report_ev_shown_in_list', who);
    case 'paused':
      return t('report_ev_paused');
    case 'resumed':
      return t('report_ev_resumed');
    default:
      return null;
  }
}

function coverageSentence(p: P, t: Translate): string {
  const c = obj(p['coverage']);
  // lookup-ok: the three coverage keys are written here, never taken from a page
  const part = (k: 'roster' | 'chat' | 'presenter') => t(`report_cov_${str(c[k]).replace(/[^a-z]/g, '')}`);
  return t('report_ev_coverage', part('roster'), part('chat'), part('presenter'));
}

/** A safeguard of the pre-class checklist on or off, and who said so (docs/checklist.md). */
function checklistSentence(p: P, t: Translate): string {
  const item = p['item'];
  if (!isChecklistItem(item)) return t('report_ev_unknown', 'checklist.item');
  const how =
    p['by'] === 'teacher'
      ? t(p['done'] === true ? 'checklist_report_by_teacher' : 'checklist_report_untick_teacher')
      : t('checklist_report_by_page');
  return t(p['done'] === true ? 'checklist_report_on' : 'checklist_report_off', t(itemKey('item', item)), how);
}

/** One event in words. Never throws: a payload of an unexpected shape reads as its type and raw JSON. */
export function sentence(e: StoredEvent, t: Translate): string {
  const p = obj(e.payload);
  switch (e.type) {
    case 'session.started':
      return t('report_ev_session_started');
    case 'content.attached':
      return t('report_ev_attached');
    case 'meeting.state':
      return stateSentence(p, t);
    case 'participant.joined':
    case 'participant.left':
    case 'waiting.joined':
    case 'waiting.admitted':
    case 'waiting.left':
      return t(`report_ev_${e.type.replace('.', '_')}`, who(p['participant'], t));
    case 'participant.renamed':
      return t('report_ev_renamed', `“${shown(p['from'])}”`, who(p['participant'], t));
    case 'participant.role':
      return t(
        'report_ev_role',
        who(p['participant'], t),
        shown(p['from'], 40),
        shown(obj(p['participant'])['role'], 40),
      );
    case 'share.started':
      return t('report_ev_share_started', who(p['presenter'], t));
    case 'share.stopped': {
      const d = duration(p['durationMs'], t);
      return d
        ? t('report_ev_share_stopped_after', who(p['presenter'], t), d)
        : t('report_ev_share_stopped', who(p['presenter'], t));
    }
    case 'chat.message':
      return chatSentence(p, t);
    case 'finding':
      return findingSentence(p, t);
    case 'coverage.changed':
      return coverageSentence(p, t);
    case 'teacher.action':
      return teacherSentence(p, t);
    case 'participants.unnamed':
      return t('report_ev_unnamed', count(p['count']), count(p['total']));
    case 'checklist.item':
      return checklistSentence(p, t);
    case 'checklist.card':
      return t(p['shown'] === false ? 'checklist_report_card_dismissed' : 'checklist_report_card_shown');
    case 'detector.failed':
      return t('report_ev_detector_failed', shown(p['detector'], 100));
    case 'event.quarantined':
      return t('report_ev_quarantined', shown(p['originalType'], 100), shown(p['raw'], 300));
    default:
      return t('report_ev_unknown', shown(e.type, 100));
  }
}
