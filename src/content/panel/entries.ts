/**
 * The panel's open findings, grouped as a teacher thinks of them: one entry a person (their name and
 * chat findings together) and one for a raid, however many joins it counts. Pure, so it is tested in
 * Node; keyed by page text, so every table is a Map.
 */
import type { Finding, FindingCategory, Severity } from '../../common/model';
import { UNNAMED } from '../../detect/participants';

export interface FindingEvent {
  /** The `finding` event's id in the log. */
  id: string;
  time: string;
  finding: Finding;
}

export interface Entry {
  key: string;
  kind: 'person' | 'raid';
  /** The person's display name as written (hostile text: show it through visibleText). */
  name: string | null;
  participantId: string | null;
  /** Newest last, at most FINDINGS_KEPT; `more` counts the rest. */
  findings: FindingEvent[];
  more: number;
  /** A raid's arrivals, as named in its evidence. */
  joins: string[];
  joinCount: number;
  severity: Severity;
  categories: FindingCategory[];
  firstAt: string;
  lastAt: string;
  notes: string[];
  dismissed: boolean;
  /** Bumped on each change, so a view re-renders only what changed. */
  version: number;
}

export type AddResult = 'opened' | 'updated' | 'counted' | 'known';

const FINDINGS_KEPT = 20;
const JOINS_KEPT = 100;
const ENTRIES_KEPT = 200;
const RAID_KEY = 'raid';
const RAID_MEMBER_RULE = 'participant.unknown.raid-member';
const ARRIVAL: ReadonlySet<FindingCategory> = new Set<FindingCategory>([
  'unknown-participant',
  'duplicate',
  'suspicious-name',
  'offensive-name',
  'impersonation',
]);

export interface Board {
  add(ev: FindingEvent): AddResult;
  dismiss(key: string): Entry | null;
  note(key: string, text: string): Entry | null;
  /** Open entries: most severe first, then the newest. */
  open(): Entry[];
  get(key: string): Entry | null;
  /** Review-tier findings that opened nothing. */
  reviewCount(): number;
  /** Every finding id of the entry, for the log's `teacher.action`. */
  findingIds(key: string): string[];
}

export function createBoard(): Board {
  return new PanelBoard();
}

class PanelBoard implements Board {
  private readonly entries = new Map<string, Entry>();
  private readonly byParticipant = new Map<string, string>();
  private readonly seen = new Set<string>();
  /** Everyone the open raid counts, so a join is counted once whichever finding tells of it. */
  private readonly raiders = new Set<string>();
  private review = 0;

  add(ev: FindingEvent): AddResult {
    if (this.seen.has(ev.id)) return 'known';
    this.seen.add(ev.id);
    const f = ev.finding;
    if (f.category === 'raid' || f.ruleId === RAID_MEMBER_RULE) return this.addRaid(ev);
    const raid = this.entries.get(RAID_KEY);
    // While a raid is open, what is said about an arrival's name is part of it, even when it comes
    // later (a name's verdict).
    if (ARRIVAL.has(f.category) && raid && !raid.dismissed && f.subject.name) {
      this.attach(raid, ev);
      this.addJoins(raid, [f.subject.name]);
      return 'updated';
    }
    return this.addPerson(ev);
  }

  dismiss(key: string): Entry | null {
    const e = this.entries.get(key);
    if (!e || e.dismissed) return null;
    e.dismissed = true;
    e.version++;
    return e;
  }

  note(key: string, text: string): Entry | null {
    const e = this.entries.get(key);
    if (!e) return null;
    e.notes.push(text);
    e.version++;
    return e;
  }

  open(): Entry[] {
    return [...this.entries.values()]
      .filter((e) => !e.dismissed)
      .sort((a, b) => b.severity - a.severity || (a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : 0));
  }

  get(key: string): Entry | null {
    return this.entries.get(key) ?? null;
  }

  reviewCount(): number {
    return this.review;
  }

  findingIds(key: string): string[] {
    return this.entries.get(key)?.findings.map((f) => f.id) ?? [];
  }

  private keyFor(f: Finding): string {
    const { participantId, name, messageId } = f.subject;
    const known = participantId !== undefined ? this.byParticipant.get(participantId) : undefined;
    if (known && this.entries.has(known)) return known;
    if (name) return `name:${name}`;
    if (participantId !== undefined) return `id:${participantId}`;
    return messageId !== undefined ? `message:${messageId}` : `rule:${f.ruleId}`;
  }

  private newEntry(key: string, kind: Entry['kind'], ev: FindingEvent): Entry {
    const person = kind === 'person';
    const e: Entry = {
      key,
      kind,
      name: person ? (ev.finding.subject.name ?? null) : null,
      participantId: person ? (ev.finding.subject.participantId ?? null) : null,
      findings: [],
      more: 0,
      joins: [],
      joinCount: 0,
      severity: ev.finding.severity,
      categories: [],
      firstAt: ev.time,
      lastAt: ev.time,
      notes: [],
      dismissed: false,
      version: 0,
    };
    this.entries.set(key, e);
    // Dismissed entries go first, then the oldest.
    if (this.entries.size > ENTRIES_KEPT) {
      const victim = [...this.entries.values()].find((x) => x.dismissed) ?? this.entries.values().next().value!;
      this.entries.delete(victim.key);
    }
    return e;
  }

  private attach(e: Entry, ev: FindingEvent): void {
    e.findings.push(ev);
    if (e.findings.length > FINDINGS_KEPT) {
      e.findings.shift();
      e.more++;
    }
    if (!e.categories.includes(ev.finding.category)) e.categories.push(ev.finding.category);
    if (ev.finding.tier === 'alert' && ev.finding.severity > e.severity) e.severity = ev.finding.severity;
    e.lastAt = ev.time;
    const pid = ev.finding.subject.participantId;
    // The roster's id first: a chat's sender id may be another of the client's ids for the same person.
    if (e.kind === 'person' && pid !== undefined) {
      e.participantId ??= pid;
      this.byParticipant.set(pid, e.key);
    }
    e.version++;
  }

  private addJoins(e: Entry, names: readonly string[]): void {
    for (const name of names) {
      // Those seen only on the counter have no name to tell them apart: each is one more.
      if (name !== UNNAMED && this.raiders.has(name)) continue;
      this.raiders.add(name);
      e.joinCount++;
      if (e.joins.length < JOINS_KEPT) e.joins.push(name);
    }
  }

  /** Arrivals told one by one before the raid began (unknown, copies of each other) become part of it. */
  private absorb(raid: Entry, names: readonly string[]): void {
    for (const name of names) {
      const e = this.entries.get(`name:${name}`);
      if (!e || e.dismissed || e.categories.some((c) => !ARRIVAL.has(c))) continue;
      for (const ev of e.findings) this.attach(raid, ev);
      this.entries.delete(e.key);
    }
  }

  private addRaid(ev: FindingEvent): AddResult {
    const f = ev.finding;
    let e = this.entries.get(RAID_KEY);
    if (f.ruleId === RAID_MEMBER_RULE) {
      // A member of a raid already shown; without one it is an unknown person like any other.
      if (!e || e.dismissed) return this.addPerson(ev);
      this.attach(e, ev);
      this.addJoins(e, f.evidence.names ?? [f.subject.name ?? '?']);
      return 'updated';
    }
    const reopened = !e || e.dismissed;
    if (!e) e = this.newEntry(RAID_KEY, 'raid', ev);
    else if (e.dismissed) {
      Object.assign(e, { dismissed: false, firstAt: ev.time, joins: [], joinCount: 0 });
      this.raiders.clear();
    }
    const names = f.evidence.names ?? (f.subject.name ? [f.subject.name] : []);
    this.absorb(e, names);
    this.attach(e, ev);
    this.addJoins(e, names);
    return reopened ? 'opened' : 'updated';
  }

  private addPerson(ev: FindingEvent): AddResult {
    const key = this.keyFor(ev.finding);
    const e = this.entries.get(key);
    if (ev.finding.tier !== 'alert') {
      if (!e || e.dismissed) {
        this.review++;
        return 'counted';
      }
      this.attach(e, ev);
      return 'updated';
    }
    if (!e) {
      this.attach(this.newEntry(key, 'person', ev), ev);
      return 'opened';
    }
    const reopened = e.dismissed;
    e.dismissed = false;
    this.attach(e, ev);
    return reopened ? 'opened' : 'updated';
  }
}
