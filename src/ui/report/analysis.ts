/**
 * One meeting's log read as a teacher needs it: who was there and when, who shared, what was found
 * with the chat around it, what the teacher did. Pure and linear in the events; names stay raw text
 * (the views mark and cap them).
 */
import type { Finding } from '../../common/model';
import type { StoredEvent } from '../../common/protocol';
import { incidentNotes, incidentNotesOf, isIncidentNote, type IncidentNote } from './incident-notes';
import { groupIncidents } from './incidents';

type P = Record<string, unknown>;
const obj = (v: unknown): P => (v !== null && typeof v === 'object' ? (v as P) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const ms = (iso: string): number => Date.parse(iso);

export interface PersonRow {
  id: string;
  /** Every name shown under this id, in the order first seen. */
  names: string[];
  role: string | null;
  self: boolean;
  /** ISO times: each stretch in the meeting, and in the waiting room. */
  joined: string[];
  left: string[];
  waited: string[];
  admitted: boolean;
  /** Categories of the findings about them, e.g. unknown-participant (not on the class roster). */
  findings: string[];
}

export interface ShareRow {
  who: string | null;
  id: string | null;
  start: string;
  end: string | null;
  durationMs: number | null;
}

/** One thing that happened: the findings raised on one event about one person (incidents.ts). */
export interface Incident {
  /** The first finding's event id, which notes are keyed by. */
  id: string;
  /** The first finding's event. */
  event: StoredEvent;
  /** The most severe finding: the incident's severity. */
  finding: Finding;
  /** Every finding event of the incident and its finding, in log order. */
  events: StoredEvent[];
  findings: Finding[];
  /** Chat messages around it: a few before and after the message found (or the finding's time). */
  before: StoredEvent[];
  message: StoredEvent | null;
  after: StoredEvent[];
}

export interface PresencePoint {
  t: number;
  present: number;
  waiting: number;
}

export interface MeetingAnalysis {
  start: number;
  end: number;
  people: PersonRow[];
  shares: ShareRow[];
  incidents: Incident[];
  presence: PresencePoint[];
  actions: StoredEvent[];
  /** The latest note on the meeting written on the report page ('' when none). */
  note: string;
  /** The teacher's note on each incident, by the incident's id (its first finding's event id). */
  incidentNotes: Map<string, IncidentNote>;
  maxPresent: number;
}

export const CHAT_AROUND = 3;

function personOf(e: StoredEvent): P {
  const p = obj(e.payload);
  return obj(p['participant'] ?? p['presenter']);
}

/** The people table and the presence curve, in one pass. */
function presenceAndPeople(events: readonly StoredEvent[]) {
  const people = new Map<string, PersonRow>();
  const present = new Set<string>();
  const waiting = new Set<string>();
  const presence: PresencePoint[] = [];
  const row = (id: string, name: string | null): PersonRow => {
    let r = people.get(id);
    if (!r) {
      r = { id, names: [], role: null, self: false, joined: [], left: [], waited: [], admitted: false, findings: [] };
      people.set(id, r);
    }
    if (name && !r.names.includes(name)) r.names.push(name);
    return r;
  };
  for (const e of events) {
    const person = personOf(e);
    const id = str(person['id']);
    const name = str(person['name']);
    const [wasPresent, wasWaiting] = [present.size, waiting.size];
    if (id && e.type.startsWith('participant.')) {
      const r = row(id, name);
      r.role = str(person['role']) ?? r.role;
      r.self ||= person['self'] === true;
      if (e.type === 'participant.joined') {
        r.joined.push(e.time);
        present.add(id);
        waiting.delete(id);
      } else if (e.type === 'participant.left') {
        r.left.push(e.time);
        present.delete(id);
      }
      if (e.type === 'participant.renamed') {
        const from = str(obj(e.payload)['from']);
        if (from && !r.names.includes(from)) r.names.splice(r.names.length - 1, 0, from);
      }
    } else if (id && e.type.startsWith('waiting.')) {
      const r = row(id, name);
      if (e.type === 'waiting.joined') {
        r.waited.push(e.time);
        waiting.add(id);
      } else waiting.delete(id);
      if (e.type === 'waiting.admitted') r.admitted = true;
    } else if (e.type === 'meeting.state' && obj(e.payload)['state'] !== 'in-call') {
      present.clear();
      waiting.clear();
    }
    const changed = present.size !== wasPresent || waiting.size !== wasWaiting;
    if (changed && Number.isFinite(ms(e.time)))
      presence.push({ t: ms(e.time), present: present.size, waiting: waiting.size });
  }
  return { people, presence };
}

function sharesOf(events: readonly StoredEvent[]): ShareRow[] {
  const open = new Map<string, ShareRow>();
  const done: ShareRow[] = [];
  for (const e of events) {
    if (e.type !== 'share.started' && e.type !== 'share.stopped') continue;
    const p = personOf(e);
    const id = str(p['participantId']) ?? str(p['id']);
    const who = str(p['name']);
    const key = id ?? `\u0000${who ?? ''}`;
    if (e.type === 'share.started') {
      open.set(key, { who, id, start: e.time, end: null, durationMs: null });
      continue;
    }
    const row = open.get(key) ?? { who, id, start: e.time, end: null, durationMs: null };
    open.delete(key);
    const d = obj(e.payload)['durationMs'];
    row.end = e.time;
    row.durationMs = typeof d === 'number' && Number.isFinite(d) ? d : Math.max(0, ms(e.time) - ms(row.start));
    done.push(row);
  }
  return [...done, ...open.values()].sort((a, b) => a.start.localeCompare(b.start));
}

function incidentsOf(events: readonly StoredEvent[]): Incident[] {
  const chat: StoredEvent[] = [];
  const byMessage = new Map<string, number>();
  for (const e of events)
    if (e.type === 'chat.message') {
      const id = str(obj(obj(e.payload)['message'])['id']);
      if (id) byMessage.set(id, chat.length);
      chat.push(e);
    }
  const incidents: Incident[] = [];
  const groups = groupIncidents(events);
  let next = 0;
  let chatBefore = 0; // chat messages stored before the current event
  for (const e of events) {
    if (e.type === 'chat.message') chatBefore++;
    const g = groups[next];
    if (!g || e !== g.event) continue;
    next++;
    const base = { id: g.id, event: e, finding: g.head, events: g.events, findings: g.findings };
    const mid = str(obj(g.head.subject)['messageId']);
    const at = mid ? byMessage.get(mid) : undefined;
    if (at !== undefined)
      incidents.push({
        ...base,
        before: chat.slice(Math.max(0, at - CHAT_AROUND), at),
        message: chat[at]!,
        after: chat.slice(at + 1, at + 1 + CHAT_AROUND),
      });
    else
      incidents.push({
        ...base,
        before: chat.slice(Math.max(0, chatBefore - CHAT_AROUND), chatBefore),
        message: null,
        after: chat.slice(chatBefore, chatBefore + CHAT_AROUND),
      });
  }
  return incidents;
}

export function analyze(events: readonly StoredEvent[]): MeetingAnalysis {
  const { people, presence } = presenceAndPeople(events);
  const incidents = incidentsOf(events);
  for (const i of incidents) {
    // A chat finding names the message; its sender is the person.
    const sender = str(obj(obj(i.message?.payload)['message'])['senderId']);
    const id = str(obj(i.finding.subject)['participantId']) ?? sender;
    const row = id ? people.get(id) : undefined;
    for (const f of i.findings) if (row && !row.findings.includes(f.category)) row.findings.push(f.category);
  }
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    const t = ms(e.time);
    if (t < start) start = t;
    if (t > end) end = t;
  }
  const actions = events.filter((e) => e.type === 'teacher.action');
  const notes = actions.filter((e) => obj(e.payload)['action'] === 'report-note' && !isIncidentNote(e));
  return {
    start: Number.isFinite(start) ? start : 0,
    end: Number.isFinite(end) ? end : 0,
    people: [...people.values()],
    shares: sharesOf(events),
    incidents,
    presence,
    actions,
    note: str(obj(notes[notes.length - 1]?.payload)['note']) ?? '',
    incidentNotes: incidentNotesOf(incidentNotes(actions), incidents),
    maxPresent: presence.reduce((m, p) => Math.max(m, p.present), 0),
  };
}
