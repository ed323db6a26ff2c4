/**
 * The teacher's note on each incident, written on the report page (docs/events.md): every save is a
 * `teacher.action` `{ action: 'report-note', findingId, note }`, so the log keeps each version and
 * the latest is the note. Notes written in class in the panel (`action: 'note'`) are kept apart.
 */
import type { EventDraft, StoredEvent } from '../../common/protocol';

export interface IncidentNote {
  /** The latest version ('' when the teacher cleared it). */
  note: string;
  time: string;
  /** How many saves the log holds, the first included. */
  edits: number;
}

type P = Record<string, unknown>;

/** The report-page note on a finding; null for any other event (the meeting's own note has no finding). */
function incidentNoteOf(e: StoredEvent): { findingId: string; note: string } | null {
  if (e.type !== 'teacher.action') return null;
  const p = e.payload as P;
  if (p['action'] !== 'report-note' || typeof p['findingId'] !== 'string' || !p['findingId']) return null;
  return { findingId: p['findingId'], note: typeof p['note'] === 'string' ? p['note'] : '' };
}

export const isIncidentNote = (e: StoredEvent): boolean => incidentNoteOf(e) !== null;

/** By finding event id; in log order, so the latest save wins. */
export function incidentNotes(events: readonly StoredEvent[]): Map<string, IncidentNote> {
  const notes = new Map<string, IncidentNote>();
  for (const e of events) {
    const n = incidentNoteOf(e);
    if (!n) continue;
    const edits = (notes.get(n.findingId)?.edits ?? 0) + 1;
    notes.set(n.findingId, { note: n.note, time: e.time, edits });
  }
  return notes;
}

/** The notes written in class in the panel, by finding id (`findingIds` names every finding of its entry). */
export function panelNotes(events: readonly StoredEvent[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of events) {
    const p = e.payload as P;
    if (e.type !== 'teacher.action' || p['action'] !== 'note' || typeof p['note'] !== 'string') continue;
    const ids = Array.isArray(p['findingIds']) ? (p['findingIds'] as unknown[]) : [p['findingId']];
    for (const id of new Set(ids)) {
      if (typeof id !== 'string' || !id) continue;
      const list = out.get(id) ?? [];
      list.push(p['note']);
      out.set(id, list);
    }
  }
  return out;
}

export const NOTE_MAX = 4_000;

/** A save of the note: a new event each time. */
export function incidentNoteDraft(findingId: string, note: string, time: string): EventDraft {
  return {
    id: crypto.randomUUID(),
    type: 'teacher.action',
    time,
    payload: { action: 'report-note', findingId, note: note.trim().slice(0, NOTE_MAX) },
  };
}

/**
 * Notes by incident: an incident's note is the latest saved on any of its findings (the first
 * finding's id is the incident's, so an older version's note on a later finding still shows), once.
 */
export function incidentNotesOf(
  notes: ReadonlyMap<string, IncidentNote>,
  incidents: readonly { id: string; events: readonly { id: string }[] }[],
): Map<string, IncidentNote> {
  const out = new Map<string, IncidentNote>();
  for (const i of incidents) {
    let latest: IncidentNote | undefined;
    let edits = 0;
    for (const e of i.events) {
      const n = notes.get(e.id);
      if (!n) continue;
      edits += n.edits;
      if (!latest || Date.parse(n.time) > Date.parse(latest.time)) latest = n;
    }
    if (latest) out.set(i.id, { ...latest, edits });
  }
  return out;
}

/** The panel's notes on any finding of an incident, each once. */
export function panelNotesOf(notes: ReadonlyMap<string, string[]>, findingIds: readonly string[]): string[] {
  return [...new Set(findingIds.flatMap((id) => notes.get(id) ?? []))];
}
