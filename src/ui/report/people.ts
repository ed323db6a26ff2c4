/** Who an incident was about: each person by platform id with every name they were shown under. */
import type { Finding } from '../../common/model';
import type { StoredEvent } from '../../common/protocol';
import { groupIncidents, incidentIds } from './incidents';

export interface Involved {
  /** The platform's id; null when the finding named a person the log never tied to an id. */
  id: string | null;
  /** As displayed, in the order first seen; raw text (the caller marks and escapes it). */
  names: string[];
  /** Incidents, not findings: a message found profane and insulting counts once (incidents.ts). */
  incidents: number;
}

type P = Record<string, unknown>;
const obj = (v: unknown): P => (v !== null && typeof v === 'object' ? (v as P) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** Every id the log saw and the names under it, and the sender of each chat message. */
function index(events: readonly StoredEvent[]) {
  const names = new Map<string, string[]>();
  const senders = new Map<string, { id: string | null; name: string | null }>();
  const note = (id: string | null, name: string | null) => {
    if (!id || !name) return;
    const list = names.get(id) ?? [];
    if (!list.includes(name)) list.push(name);
    names.set(id, list);
  };
  for (const e of events) {
    const p = obj(e.payload);
    const person = obj(p['participant'] ?? p['presenter']);
    note(str(person['id'] ?? person['participantId']), str(person['name']));
    if (e.type === 'participant.renamed') note(str(person['id']), str(p['from']));
    if (e.type === 'chat.message') {
      const m = obj(p['message']);
      note(str(m['senderId']), str(m['senderName']));
      const id = str(m['id']);
      if (id) senders.set(id, { id: str(m['senderId']), name: str(m['senderName']) });
    }
  }
  return { names, senders };
}

export function peopleInvolved(events: readonly StoredEvent[]): Involved[] {
  const { names, senders } = index(events);
  const people = new Map<string, Involved>();
  const incidentOf = incidentIds(groupIncidents(events));
  const counted = new Set<string>();
  for (const e of events) {
    if (e.type !== 'finding') continue;
    const f = obj(e.payload)['finding'] as Finding | undefined;
    if (!f) continue;
    const subject = obj(f.subject);
    const sender = str(subject['messageId']) ? senders.get(subject['messageId'] as string) : undefined;
    const id = str(subject['participantId']) ?? sender?.id ?? null;
    const name = str(subject['name']) ?? sender?.name ?? null;
    if (!id && !name) continue;
    // A person without an id is told apart by the name alone; "\u0000" keeps the two kinds of key apart.
    const key = id ?? `\u0000${name}`;
    const known = people.get(key) ?? { id, names: id ? [...(names.get(id) ?? [])] : [], incidents: 0 };
    if (name && !known.names.includes(name)) known.names.push(name);
    const incident = `${key}\u0000${incidentOf.get(e.id) ?? e.id}`;
    if (!counted.has(incident)) known.incidents++;
    counted.add(incident);
    people.set(key, known);
  }
  return foldNameIds([...people.values()]);
}

/** An id a client derived from a name (Zoom's rows, a share bar that shows only a name): `name:…`. */
const fromName = (id: string | null): boolean => id !== null && id.startsWith('name:');

/**
 * One person, one row: where the client gave a name-derived id in one place (a Zoom share) and its
 * real id in another (a chat message), the name-derived row joins the one real id under that name.
 * With two real ids under the name, both people keep their rows: which one it was is not known.
 */
function foldNameIds(rows: Involved[]): Involved[] {
  const real = rows.filter((r) => r.id !== null && !fromName(r.id));
  const out: Involved[] = [];
  for (const r of rows) {
    const owners = fromName(r.id) ? real.filter((o) => o.names.some((n) => r.names.includes(n))) : [];
    if (owners.length !== 1) {
      out.push(r);
      continue;
    }
    const owner = owners[0]!;
    owner.incidents += r.incidents;
    for (const n of r.names) if (!owner.names.includes(n)) owner.names.push(n);
  }
  return out;
}
