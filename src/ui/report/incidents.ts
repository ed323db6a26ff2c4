/**
 * Findings read as incidents (docs/report-format.md, "Incidents and findings"): the findings raised on
 * one observed event about one person are one incident — one chat message that is profane and an
 * insult is one thing that happened. The incident's id is its first finding's event id, so a note
 * saved on that finding by an older version is the incident's note.
 */
import type { Finding } from '../../common/model';
import type { StoredEvent } from '../../common/protocol';
import { incidentKey } from '../../common/incident-key';
import { ruleWhy } from '../../common/rule-words';
import { visibleText } from '../../common/visible-text';
import { categoryGroup } from '../../common/detection';
import { marksInWords } from '../name-marks';
import { NAME_SHOWN, sentence, TEXT_SHOWN, type Translate } from './sentences';

export interface Grouped {
  /** The first finding's event id. */
  id: string;
  /** The first finding's event: when and where in the log it happened. */
  event: StoredEvent;
  /** Every finding event of the incident, in log order, and their findings. */
  events: StoredEvent[];
  findings: Finding[];
  /** The most severe finding (an alert before a review, then the first): the incident's severity. */
  head: Finding;
}

type P = Record<string, unknown>;
const obj = (v: unknown): P => (v !== null && typeof v === 'object' ? (v as P) : {});
const rank = (f: Finding): number => (Number(f.severity) || 1) * 2 + (f.tier === 'alert' ? 1 : 0);

export const findingOf = (e: StoredEvent): Finding | null =>
  e.type === 'finding' ? ((obj(e.payload)['finding'] as Finding | undefined) ?? null) : null;

/** Every incident of a meeting's log, in the order of their first findings. */
export function groupIncidents(events: readonly StoredEvent[]): Grouped[] {
  const out: Grouped[] = [];
  const open = new Map<string, Grouped>();
  for (const e of events) {
    const f = findingOf(e);
    if (!f) continue;
    const key = incidentKey(e.payload);
    const known = key === null ? undefined : open.get(key);
    if (known) {
      known.events.push(e);
      known.findings.push(f);
      if (rank(f) > rank(known.head)) known.head = f;
      continue;
    }
    const g: Grouped = { id: e.id, event: e, events: [e], findings: [f], head: f };
    out.push(g);
    if (key !== null) open.set(key, g);
  }
  return out;
}

/** Each finding's incident id, by the finding's event id: the exports add it to every finding. */
export function incidentIds(groups: readonly Grouped[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const g of groups) for (const e of g.events) ids.set(e.id, g.id);
  return ids;
}

/** The kinds an incident is of, each once, in the order found. */
export function categoriesOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => String(f.category)))];
}

export const categoryWord = (c: string, t: Translate): string => t(`report_cat_${c.replace(/-/g, '_')}`);

/**
 * "Alert (high): profanity, insult" — the incident's tier, the severity of its most severe finding
 * (`head`, as groupIncidents chose it), and every kind that matched.
 */
export function incidentKind(head: Finding, findings: readonly Finding[], t: Translate): string {
  const tier = findings.some((f) => f.tier === 'alert') ? t('report_tier_alert') : t('report_tier_review');
  const sev = t(`report_severity_${Number(head.severity) || 1}`);
  const kinds = categoriesOf(findings).map((c) => categoryWord(c, t));
  return `${tier} (${sev}): ${kinds.join(', ')}`;
}

/** Why each rule fired, in the teacher's words, each sentence once (chat rules quote the words instead). */
export function incidentWhys(findings: readonly Finding[], t: Translate): string[] {
  const out = new Set<string>();
  for (const f of findings) {
    const why = ruleWhy(t, String(f.ruleId));
    if (why) out.add(why);
  }
  return [...out];
}

/**
 * The words found, once: the whole message where the log has it (the findings each quote a part),
 * else each finding's own words, each once. Marked and capped; the caller escapes or renders as text.
 */
export function incidentWords(findings: readonly Finding[], messageText: string | null): string[] {
  if (messageText) return [visibleText(messageText, TEXT_SHOWN)];
  const words = new Set<string>();
  for (const f of findings) {
    const text = obj(f.evidence)['text'];
    if (typeof text === 'string' && text && text !== obj(f.subject)['name']) words.add(text);
  }
  return [...words].map((w) => visibleText(w, TEXT_SHOWN));
}

/** Each chat message's text by its id, for the words of an incident about a message. */
export function messageTexts(events: readonly StoredEvent[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const e of events) {
    if (e.type !== 'chat.message') continue;
    const m = obj(obj(e.payload)['message']);
    if (typeof m['id'] === 'string' && typeof m['text'] === 'string') texts.set(m['id'], m['text']);
  }
  return texts;
}

/**
 * The incident as one sentence (the printable report's incident list): one finding reads exactly as
 * it always has; several read as one — every kind, who, the words once, each rule's reason once.
 */
export function incidentSentence(g: Grouped, texts: ReadonlyMap<string, string>, t: Translate): string {
  if (g.events.length === 1) return sentence(g.event, t);
  const subject = obj(g.head.subject);
  const name = typeof subject['name'] === 'string' ? subject['name'] : '';
  const about = name ? `“${visibleText(name, NAME_SHOWN)}”` : '';
  const marks = categoryGroup(g.head.category) === 'people' ? marksInWords(t, name) : '';
  const mid = subject['messageId'];
  const words = incidentWords(g.findings, typeof mid === 'string' ? (texts.get(mid) ?? null) : null);
  const parts = [about, marks && `(${marks})`, words.map((w) => `“${w}”`).join(', '), ...incidentWhys(g.findings, t)];
  return t('report_ev_finding', incidentKind(g.head, g.findings, t), parts.filter(Boolean).join(' — '));
}
