/**
 * The participant and screen-share guard: fed the tracker's observations one at a time, it keeps who
 * is in the call and who is waiting, and answers with findings. Pure apart from the clock it is given.
 *
 *   arrival (waiting.joined | participant.joined not from the waiting list)
 *     ├─ name by itself ......... bidi / invisible / look-alike / long / offensive
 *     ├─ copy of the teacher .... impersonation.teacher (or .title for "Cô"/"Thầy" + nobody's name)
 *     ├─ copy of someone here ... impersonation.student (disguised) | duplicate (plain)
 *     ├─ roster ................. unknown / unknown.waiting / unknown.late (or device-name without roster)
 *     ├─ raid window ............ the arrival that reaches the threshold becomes one raid finding
 *     └─ role ................... privilege (a stranger who is host or co-host)
 *   participant.renamed ......... rename.teacher | rename.present | rename.roster | rename
 *   participant.role ............ privilege
 *   share.started ............... hijack | unauthorized | student | unidentified | takeover
 *
 * Who is the teacher: the self when the self is host; any host; else, with teachers configured, the
 * present participant whose name matches a teacher name best by trust (self-host > host > co-host >
 * participant, then who came first). Anyone else wearing a teacher's name is an impostor.
 */
import { CLASS_OPTION_DEFAULTS } from '../../shared/class-options';
import type { ClassConfig } from '../../shared/classes';
import type { Finding, Observation, Participant, Presenter, Role } from '../../shared/model';
import {
  createRosterIndex,
  isDisguised,
  normalizeName,
  skeleton,
  type NormalizedName,
  type RosterIndex,
  type RosterMatch,
} from '../../shared/names';
import { classifierFindings, nameFindings, type NameClassifier } from './name-checks';
import { NameIndex } from './name-index';
import { RaidWindow } from './raid-window';
import { evidenceName, makeFinding, type ParticipantRuleId } from './rules';

export type Badge = 'roster' | 'similar' | 'unknown' | 'impostor' | 'teacher';

export interface SelfInfo {
  id: string | null;
  name: string | null;
  host: boolean | null;
}

export interface ParticipantGuardOptions {
  classConfig: ClassConfig | null;
  now: () => number;
  /** The chat classifier, applied to display names; null: its verdict comes later (verdictsArrived). */
  classifyName?: NameClassifier;
  /** Overrides the class option (or its default without a class). */
  learningMinutes?: number;
  raidWindowMs?: number;
  raidThreshold?: number;
}

export interface ParticipantGuard {
  /**
   * `replay`: what the log already has, told again (a reloaded page, new settings): the caller drops
   * the findings, and a name's verdict that comes later raises none about them.
   */
  observe(obs: Observation, selfInfo?: SelfInfo, replay?: boolean): Finding[];
  badgeFor(participantId: string): Badge | null;
  /** "Everyone here now is my class": the present students become the roster; returns them to save. */
  captureRoster(): { name: string }[];
  learning(): { active: boolean; endsAt: number | null };
  /**
   * classifyName now knows names it answered null for: the findings about the people here who wear
   * them (offensive name, contact details). A late offensive verdict does not count toward a raid.
   */
  verdictsArrived(): Finding[];
  /** Whether this person's name still waits for the classifier's verdict (their findings may still come). */
  awaitsVerdict(participantId: string): boolean;
}

/** Arrivals within this long of the guard first seeing the call were there already: no raid. */
const INITIAL_GRACE_MS = 2000;
/** A participant.joined this soon after the same name left the waiting list is that admission. */
const ADMISSION_MS = 60_000;

interface Person {
  p: Participant;
  name: NormalizedName;
  loose: string;
  skel: string;
  /** Against the active roster (configured or learned); null while there is none. */
  match: RosterMatch | null;
  teacherMatch: RosterMatch | null;
  joinedAt: number;
  impostor: boolean;
  learned: boolean;
  /** Already reported as unknown or as part of a raid (while waiting, say): not again on admission. */
  flaggedUnknown: boolean;
}

const sortWords = (s: string): string => s.split(' ').sort().join(' ');
/**
 * A name nobody typed ("Học sinh 12", "Student 3", "Zoom user", "iPhone"): no one's identity, so it
 * can be neither copied nor a copy (its number, dropped from the key, is all that tells two apart).
 * Such names get participant.device-name instead. "iPhone của An" names its owner and stays a name.
 */
const nameless = (name: NormalizedName): boolean => name.flags.device && name.owner === null;
const isStaff = (role: Role): boolean => role === 'host' || role === 'cohost';
const strongTeacherMatch = (m: RosterMatch | null): boolean => m?.verdict === 'known';
const weakTeacherMatch = (m: RosterMatch | null): boolean =>
  m?.verdict === 'approximate' && m.note !== 'disguised' && m.note !== 'ambiguous';

export function createParticipantGuard(opts: ParticipantGuardOptions): ParticipantGuard {
  const cls = opts.classConfig;
  const options = cls?.options ?? CLASS_OPTION_DEFAULTS;
  const learningMinutes = opts.learningMinutes ?? options.learningMinutes;
  const raidWindowMs = opts.raidWindowMs ?? options.raidWindowSeconds * 1000;
  const raidThreshold = opts.raidThreshold ?? options.raidThreshold;
  const now = opts.now;

  const classRoster: RosterIndex | null = cls && cls.roster.length > 0 ? createRosterIndex(cls.roster) : null;
  const teacherIndex: RosterIndex | null = cls && cls.teachers.length > 0 ? createRosterIndex(cls.teachers.map((name) => ({ name }))) : null;
  const teacherNames = (cls?.teachers ?? []).map((t) => {
    const name = normalizeName(t);
    return { display: name.display, skel: skeleton(name.display) };
  });

  /** The roster in force: the class's, or once learned or captured, the people of this call. */
  let rosterIndex: RosterIndex | null = classRoster;
  /** The roster was learned from this call (late arrivals get their own rule id). */
  let learnedFromCall = false;
  let learningStartedAt: number | null = null;
  let learningEndsAt: number | null = null;
  let teacherSeenWhileLearning = false;
  const learned = new Map<string, string>();

  let self: SelfInfo = { id: null, name: null, host: null };
  let firstSeenAt: number | null = null;

  const present = new Map<string, Person>();
  const waiting = new Map<string, Person>();
  const byLoose = new NameIndex();
  const bySkeleton = new NameIndex();
  /** Present ids that could be the teacher (self, hosts, teacher-name matches): keeps teacher checks O(few). */
  const candidates = new Set<string>();
  /** Waiting-list entries that left for the call: name → rules already reported while waiting. */
  const admitted = new Map<string, { at: number; rules: Set<string>; flaggedUnknown: boolean; impostor: boolean }>();
  const reported = new Set<string>();
  const raid = new RaidWindow();
  const shares = new Map<string, { allowed: boolean; byTeacher: boolean; name: string | null }>();

  const roster = (): RosterIndex | null => rosterIndex;
  const learningActive = (): boolean => rosterIndex === null && learningMinutes > 0;

  // ---- who is who ----------------------------------------------------------------------------

  const isSelf = (p: Participant): boolean => p.self || (self.id !== null && p.id === self.id);
  const trust = (p: Participant): number => (isSelf(p) && self.host === true ? 4 : p.role === 'host' ? 3 : p.role === 'cohost' ? 2 : isSelf(p) ? 1 : 0);

  function isTeacher(person: Person): boolean {
    const p = person.p;
    if ((isSelf(p) && self.host === true) || p.role === 'host') return true;
    if (!teacherIndex) return false;
    const m = person.teacherMatch;
    if (!(strongTeacherMatch(m) || (weakTeacherMatch(m) && trust(p) >= 2))) return false;
    // The best claimant of this teacher's name is the teacher; any other is not.
    for (const id of candidates) {
      const other = present.get(id);
      if (!other || other === person || other.teacherMatch?.entry !== m?.entry || other.teacherMatch === null) continue;
      if (!(strongTeacherMatch(other.teacherMatch) || (weakTeacherMatch(other.teacherMatch) && trust(other.p) >= 2))) continue;
      const t = trust(other.p) - trust(p);
      if (t > 0 || (t === 0 && other.joinedAt < person.joinedAt)) return false;
    }
    return true;
  }

  function presentTeachers(): Person[] {
    const out: Person[] = [];
    for (const id of candidates) {
      const person = present.get(id);
      if (person && isTeacher(person)) out.push(person);
    }
    return out;
  }

  function makePerson(p: Participant, joinedAt: number): Person {
    const name = normalizeName(p.name);
    const r = roster();
    return {
      p,
      name,
      loose: sortWords(name.looseKey),
      skel: skeleton(name.display),
      match: r ? r.match(name) : null,
      teacherMatch: teacherIndex ? teacherIndex.match(name) : null,
      joinedAt,
      impostor: false,
      learned: false,
      flaggedUnknown: false,
    };
  }

  function index(person: Person): void {
    byLoose.add(person.loose, person.p.id);
    bySkeleton.add(person.skel, person.p.id);
  }
  function unindex(person: Person): void {
    byLoose.remove(person.loose, person.p.id);
    bySkeleton.remove(person.skel, person.p.id);
  }
  function refreshCandidate(person: Person): void {
    const m = person.teacherMatch;
    if (isSelf(person.p) || person.p.role === 'host' || strongTeacherMatch(m) || weakTeacherMatch(m)) candidates.add(person.p.id);
    else candidates.delete(person.p.id);
  }

  /** The teacher this name copies, if any (the teacher's own name does not copy itself). */
  function copiedTeacher(person: Person): string | null {
    if (isTeacher(person)) return null;
    const m = person.teacherMatch;
    if (m?.entry && (m.verdict === 'known' || m.note === 'disguised')) return m.entry.name;
    if (person.name.title && m?.entry && weakTeacherMatch(m)) return m.entry.name;
    // Same skeleton, different text: a visual copy (TR39 confusable).
    for (const t of teacherNames) if (person.skel === t.skel && person.name.display !== t.display) return t.display;
    for (const t of presentTeachers()) {
      if (t === person) continue;
      if (person.loose !== '' && person.loose === t.loose) return t.name.display;
      if (person.skel === t.skel) return t.name.display;
      if (person.name.title && person.name.tokens.length > 0 && person.name.tokens.every((w) => t.name.tokens.includes(w))) return t.name.display;
    }
    return null;
  }

  /** A present participant (not the teacher) this name copies: disguised → impostor, plain → duplicate. */
  function copiedPresent(person: Person): { other: Person; disguised: boolean } | null {
    const ids = new Set([...byLoose.get(person.loose), ...bySkeleton.get(person.skel)]);
    for (const id of ids) {
      const other = present.get(id);
      if (!other || other === person || other.p.id === person.p.id || isTeacher(other)) continue;
      const plain = !isDisguised(person.name.flags) && (sortWords(other.name.key) === sortWords(person.name.key) || other.loose === person.loose);
      return { other, disguised: !plain };
    }
    return null;
  }

  /** A duplicate only once more people wear the name than the roster has for it (homonyms exist). */
  function tooManyWith(person: Person): boolean {
    let count = 1;
    for (const id of byLoose.get(person.loose)) {
      const other = present.get(id);
      if (other && other !== person && !isTeacher(other) && !isDisguised(other.name.flags)) count++;
    }
    return count > Math.max(1, roster()?.countSameName(person.name) ?? 0);
  }

  // ---- learning mode --------------------------------------------------------------------------

  function startLearning(at: number): void {
    if (!learningActive() || learningStartedAt !== null) return;
    learningStartedAt = at;
    learningEndsAt = at + learningMinutes * 60_000;
  }

  function finishLearning(): void {
    for (const person of present.values()) learn(person);
    useRoster(createRosterIndex([...learned.values()].map((name) => ({ name }))));
    learnedFromCall = true;
  }

  function useRoster(index: RosterIndex): void {
    rosterIndex = index;
    for (const person of [...present.values(), ...waiting.values()]) person.match = index.match(person.name);
  }

  function learn(person: Person): void {
    if (person.impostor || isTeacher(person) || person.name.looseKey === '') return;
    person.learned = true;
    if (!learned.has(person.loose)) learned.set(person.loose, person.name.display);
  }

  function tick(at: number): void {
    if (learningActive() && learningEndsAt !== null && at >= learningEndsAt) finishLearning();
  }

  // ---- reporting ------------------------------------------------------------------------------

  const subjectOf = (person: Person): Finding['subject'] => ({ participantId: person.p.id, name: evidenceName(person.p.name) });

  function emit(out: Finding[], finding: Finding, person: Person | null): void {
    const key = person ? `${finding.ruleId}|${person.p.id}|${person.loose}` : `${finding.ruleId}||${(finding.evidence.names ?? []).join(',')}`;
    if (reported.has(key)) return;
    reported.add(key);
    out.push(finding);
  }

  function emitFor(out: Finding[], person: Person, ruleId: ParticipantRuleId, evidence: Finding['evidence'], suppressed?: Set<string>): void {
    if (suppressed?.has(ruleId)) return;
    emit(out, makeFinding(ruleId, subjectOf(person), { text: evidenceName(person.p.name), ...evidence }), person);
  }

  // ---- the classifier's verdicts on names -----------------------------------------------------

  /** Set while observe() replays (see ParticipantGuard.observe). */
  let replaying = false;
  /** People whose name's verdict had not come when they arrived or renamed. */
  const awaitingVerdict = new Set<string>();

  function classify(person: Person): readonly Finding[] | null {
    if (!opts.classifyName || person.name.display === '') return null;
    const hits = opts.classifyName(person.name.display);
    // Told again what the log has (replay): a late verdict about them would not be news.
    if (hits === null && !replaying) awaitingVerdict.add(person.p.id);
    else awaitingVerdict.delete(person.p.id);
    return hits;
  }

  function verdictsArrived(): Finding[] {
    const out: Finding[] = [];
    for (const id of awaitingVerdict) {
      const person = present.get(id) ?? waiting.get(id);
      if (!person) {
        awaitingVerdict.delete(id);
        continue;
      }
      const hits = opts.classifyName?.(person.name.display) ?? null;
      if (hits === null) continue;
      awaitingVerdict.delete(id);
      // Only the classifier's part: the name's other findings were reported on arrival.
      for (const f of classifierFindings(id, person.p.name, person.name, hits)) emit(out, f, person);
    }
    return out;
  }

  // ---- arrivals -------------------------------------------------------------------------------

  function arrive(person: Person, where: 'call' | 'waiting', suppressed: Set<string> | undefined, countsForRaid: boolean): Finding[] {
    const out: Finding[] = [];
    const at = now();
    if (isSelf(person.p)) return out;
    const teacher = where === 'call' && isTeacher(person);
    if (teacher && learningActive() && learningStartedAt !== null && !teacherSeenWhileLearning) {
      // "The first minutes after the teacher joins": a teacher who comes after us restarts the clock.
      teacherSeenWhileLearning = true;
      learningEndsAt = Math.max(learningEndsAt ?? at, at + learningMinutes * 60_000);
    }

    for (const f of nameFindings(person.p.id, person.p.name, person.name, classify(person))) {
      if (!suppressed?.has(f.ruleId)) emit(out, f, person);
    }
    const offensive = out.some((f) => f.ruleId === 'participant.offensive-name');
    if (teacher) {
      displaceClaimants(person, out);
      return out;
    }

    const teacherCopy = copiedTeacher(person);
    if (teacherCopy !== null) {
      person.impostor = true;
      emitFor(out, person, 'participant.impersonation.teacher', { matched: teacherCopy, detail: `${where === 'waiting' ? 'waiting to join' : 'in the call'} with the teacher's name "${teacherCopy}"` }, suppressed);
    } else if (person.name.title !== null && (teacherIndex !== null || presentTeachers().length > 0)) {
      person.impostor = true;
      emitFor(out, person, 'participant.impersonation.title', { matched: person.name.title, detail: `calls themself "${person.name.title}" but is not the teacher` }, suppressed);
    }

    let duplicate = false;
    if (!person.impostor && !nameless(person.name)) {
      const copy = copiedPresent(person);
      if (copy?.disguised) {
        person.impostor = true;
        emitFor(out, person, 'participant.impersonation.student', {
          matched: evidenceName(copy.other.p.name),
          names: [evidenceName(copy.other.p.name), evidenceName(person.p.name)],
          detail: `look-alike of "${copy.other.name.display}" who is in the call (${copy.other.p.id})`,
        }, suppressed);
      } else if (copy && isDisguised(copy.other.name.flags) && !copy.other.impostor) {
        // The copy came first; the original's arrival exposes it.
        copy.other.impostor = true;
        emitFor(out, copy.other, 'participant.impersonation.student', {
          matched: evidenceName(person.p.name),
          names: [evidenceName(person.p.name), evidenceName(copy.other.p.name)],
          detail: `look-alike of "${person.name.display}" (${person.p.id}), who ${where === 'waiting' ? 'is waiting to join' : 'just joined'}`,
        });
      } else if (copy && tooManyWith(person)) {
        duplicate = true;
        emitFor(out, person, 'participant.duplicate', {
          matched: evidenceName(copy.other.p.name),
          names: [evidenceName(copy.other.p.name), evidenceName(person.p.name)],
          detail: `"${copy.other.name.display}" is already in the call (${copy.other.p.id}); ${where === 'waiting' ? 'a second one is waiting' : 'a second one joined'}`,
        }, suppressed);
      }
    }

    const r = roster();
    const unknown = r !== null && person.match?.verdict === 'unknown';
    const stranger = person.impostor || duplicate || offensive || (r !== null ? unknown : true);

    // A raid replaces individual alerts: the arrival that reaches the threshold is reported as the raid,
    // later ones are logged for review only. Without a roster every arrival counts, at twice the threshold.
    let raidHandled = false;
    if (countsForRaid && stranger && !person.flaggedUnknown) {
      const threshold = r !== null ? raidThreshold : raidThreshold * 2;
      const step = raid.add({ at, id: person.p.id, name: evidenceName(person.p.name) }, threshold, raidWindowMs);
      if (step.kind === 'start') {
        raidHandled = true;
        const seconds = Math.round((at - (step.arrivals[0]?.at ?? at)) / 1000);
        emit(out, makeFinding('participant.raid', { participantId: person.p.id, name: evidenceName(person.p.name) }, {
          names: step.arrivals.map((a) => a.name),
          detail: `${step.arrivals.length} ${r !== null ? 'unknown' : 'new'} arrivals within ${seconds} s${where === 'waiting' ? ', waiting to join' : ''}`,
        }), null);
      } else if (step.kind === 'member') {
        raidHandled = true;
        emitFor(out, person, 'participant.unknown.raid-member', { detail: 'arrived during an open raid' }, suppressed);
      }
    }

    if (raidHandled) person.flaggedUnknown = true;
    else if (unknown && !person.impostor && !duplicate && !person.flaggedUnknown) {
      person.flaggedUnknown = true;
      const ruleId: ParticipantRuleId = where === 'waiting' ? 'participant.unknown.waiting' : learnedFromCall ? 'participant.unknown.late' : 'participant.unknown';
      const device = person.match?.note === 'device' ? `device name${person.match.detail ? ` (${person.match.detail})` : ''}; ` : '';
      const detail = `${device}${learnedFromCall ? 'not in the call during the first minutes of class' : 'not on the class roster'}`;
      emitFor(out, person, ruleId, { detail }, suppressed);
    } else if (r === null && person.name.flags.device && options.flagDeviceNames) {
      emitFor(out, person, 'participant.device-name', { detail: `device default name${person.name.owner ? `, owner "${person.name.owner}"` : ''}; ask them to use their real name` }, suppressed);
    }

    if (where === 'call' && learningActive() && learningStartedAt !== null) learn(person);
    if (where === 'call' && person.p.role === 'cohost') privilege(person, out);
    return out;
  }

  /** A new, more trusted teacher claimant exposes whoever held the name before. */
  function displaceClaimants(teacher: Person, out: Finding[]): void {
    if (!teacherIndex || !teacher.teacherMatch?.entry) return;
    for (const id of candidates) {
      const other = present.get(id);
      if (!other || other === teacher || other.impostor || other.teacherMatch?.entry !== teacher.teacherMatch.entry || isSelf(other.p)) continue;
      if (isTeacher(other)) continue;
      other.impostor = true;
      emitFor(out, other, 'participant.impersonation.teacher', { matched: teacher.name.display, detail: `uses the teacher's name "${teacher.teacherMatch.entry.name}"; the teacher (${teacher.p.id}) is here` });
    }
  }

  function privilege(person: Person, out: Finding[]): void {
    // A teacher by name (a second teacher, the teacher's other device) may be made co-host.
    const teacherByName = !person.impostor && (strongTeacherMatch(person.teacherMatch) || weakTeacherMatch(person.teacherMatch));
    if (isSelf(person.p) || teacherByName) return;
    // Without a roster (learning, or learning off) only an impostor is a stranger for this rule.
    const stranger = person.impostor || (roster() !== null && person.match?.verdict === 'unknown');
    if (!stranger) return;
    emitFor(out, person, 'participant.privilege', { detail: `${person.p.role === 'host' ? 'host' : 'co-host'} rights given to ${person.impostor ? 'an impostor' : 'someone not on the roster'}` });
  }

  function join(p: Participant): Finding[] {
    const at = now();
    if (firstSeenAt === null) firstSeenAt = at;
    startLearning(at);
    const existing = present.get(p.id);
    if (existing) return [];
    const person = makePerson(p, at);
    // Came from the waiting list: the same id, or the same name that just left it.
    let fromWaiting = waiting.get(p.id) ?? [...waiting.values()].find((w) => w.loose === person.loose && w.loose !== '');
    let suppressed: Set<string> | undefined;
    if (fromWaiting) {
      waiting.delete(fromWaiting.p.id);
      suppressed = rulesReportedFor(fromWaiting);
      person.impostor = fromWaiting.impostor;
      person.flaggedUnknown = fromWaiting.flaggedUnknown;
    } else {
      const a = admitted.get(person.loose);
      if (a && at - a.at <= ADMISSION_MS) {
        admitted.delete(person.loose);
        suppressed = a.rules;
        person.impostor = a.impostor;
        person.flaggedUnknown = a.flaggedUnknown;
        fromWaiting = person;
      }
    }
    const initial = at - (firstSeenAt ?? at) <= INITIAL_GRACE_MS;
    // In the call before the checks, so a teacher claim is weighed against everyone present.
    present.set(p.id, person);
    refreshCandidate(person);
    const out = arrive(person, 'call', suppressed, !fromWaiting && !initial);
    index(person);
    return out;
  }

  function rulesReportedFor(person: Person): Set<string> {
    const rules = new Set<string>();
    for (const key of reported) {
      const [ruleId, id] = key.split('|');
      if (id === person.p.id && ruleId) rules.add(ruleId);
    }
    return rules;
  }

  // ---- renames and roles ----------------------------------------------------------------------

  function rename(p: Participant, from: string): Finding[] {
    const before = present.get(p.id);
    if (!before) return join(p);
    unindex(before);
    const after = makePerson(p, before.joinedAt);
    after.learned = before.learned;
    present.set(p.id, after);
    refreshCandidate(after);
    const out: Finding[] = [];
    const cosmetic = after.name.key === before.name.key;
    if (isSelf(p) || cosmetic) {
      index(after);
      return out;
    }
    for (const f of nameFindings(p.id, p.name, after.name, classify(after))) emit(out, f, after);
    if (isTeacher(after)) {
      index(after);
      displaceClaimants(after, out);
      return out;
    }
    const detailFrom = `renamed from "${evidenceName(from)}" to "${evidenceName(p.name)}"`;
    const teacherCopy = copiedTeacher(after);
    const copy = teacherCopy === null && !nameless(after.name) ? copiedPresent(after) : null;
    index(after);
    if (teacherCopy !== null) {
      after.impostor = true;
      emit(out, makeFinding('participant.rename.teacher', subjectOf(after), { text: evidenceName(p.name), matched: teacherCopy, detail: `${detailFrom}: the teacher's name` }), after);
    } else if (copy) {
      after.impostor = true;
      emit(out, makeFinding('participant.rename.present', subjectOf(after), {
        text: evidenceName(p.name),
        matched: evidenceName(copy.other.p.name),
        detail: `${detailFrom}: the name of ${copy.other.p.id}, who is in the call`,
      }), after);
    } else if (after.name.title !== null && (teacherIndex !== null || presentTeachers().length > 0)) {
      after.impostor = true;
      emitFor(out, after, 'participant.impersonation.title', { matched: after.name.title, detail: `${detailFrom}: calls themself "${after.name.title}" but is not the teacher` });
    } else if (options.flagRenames) {
      const entry = after.match?.entry;
      const toRoster = entry !== undefined && after.match?.verdict !== 'unknown' && before.match?.entry !== entry;
      const finding = toRoster
        ? makeFinding('participant.rename.roster', subjectOf(after), { text: evidenceName(p.name), matched: entry.name, detail: `${detailFrom}: a roster name` })
        : makeFinding('participant.rename', subjectOf(after), { text: evidenceName(p.name), detail: detailFrom });
      out.push(finding);
    }
    return out;
  }

  function roleChange(p: Participant): Finding[] {
    const person = present.get(p.id);
    if (!person) return join(p);
    // Judged by who they were before the promotion: any host counts as the teacher afterwards.
    const wasTeacher = isTeacher(person);
    person.p = p;
    refreshCandidate(person);
    const out: Finding[] = [];
    // The host promoting someone with a teacher's name ("Thầy Bình" on a second device) vouches for them.
    if (isStaff(p.role) && person.impostor && weakTeacherMatch(person.teacherMatch)) person.impostor = false;
    if (isStaff(p.role) && !wasTeacher) privilege(person, out);
    if (isTeacher(person)) displaceClaimants(person, out);
    return out;
  }

  // ---- screen share ---------------------------------------------------------------------------

  function resolvePresenter(pr: Presenter): Person | null {
    if (pr.participantId) {
      const byId = present.get(pr.participantId);
      if (byId) return byId;
    }
    if (pr.self) {
      for (const person of present.values()) if (isSelf(person.p)) return person;
    }
    if (pr.name) {
      const loose = sortWords(normalizeName(pr.name).looseKey);
      const ids = byLoose.get(loose);
      if (ids.length === 1 && ids[0] !== undefined) return present.get(ids[0]) ?? null;
    }
    return null;
  }

  const shareKey = (pr: Presenter): string =>
    pr.participantId ?? (pr.name ? `name:${sortWords(normalizeName(pr.name).looseKey)}` : pr.self ? 'self' : 'anonymous');

  function shareStarted(pr: Presenter): Finding[] {
    const key = shareKey(pr);
    if (shares.has(key)) return [];
    const person = resolvePresenter(pr);
    const selfHost = pr.self && self.host === true;
    const teacher = selfHost || (person !== null && isTeacher(person));
    const r = roster();
    const onRoster = person !== null && !person.impostor && (person.learned || (r !== null && person.match !== null && person.match.verdict !== 'unknown'));
    const allowed =
      teacher ||
      (person !== null && person.p.role === 'cohost' && options.cohostsMayPresent && !person.impostor) ||
      (options.studentsMayPresent && onRoster);
    const name = pr.name ?? person?.p.name ?? (pr.self ? self.name : null);
    const teacherShare = [...shares.values()].find((s) => s.byTeacher);
    shares.set(key, { allowed, byTeacher: teacher, name });

    const subject: Finding['subject'] = { ...(person ? { participantId: person.p.id } : pr.participantId ? { participantId: pr.participantId } : {}), ...(name ? { name: evidenceName(name) } : {}) };
    const names = name ? [evidenceName(name)] : [];
    const who = name ? `"${evidenceName(name)}"` : 'someone the page does not name';
    if (allowed) {
      if (teacherShare && !teacher) {
        return [makeFinding('share.takeover', subject, { names, detail: `${who} took over the screen from the teacher ("${teacherShare.name ?? ''}")` })];
      }
      return [];
    }
    if (teacherShare) {
      return [makeFinding('share.hijack', subject, { names, matched: teacherShare.name ?? undefined, detail: `${who} started sharing while the teacher ("${teacherShare.name ?? ''}") was presenting` })];
    }
    if (person === null && name === null) {
      return [makeFinding('share.unidentified', subject, { detail: 'a screen share started and the page does not say whose' })];
    }
    if (onRoster) {
      return [makeFinding('share.student', subject, { names, detail: `${who} is on the class list but not allowed to present` })];
    }
    const why = person?.impostor ? 'an impostor' : person === null ? 'not in the participant list we can see' : 'not a teacher, host or co-host';
    return [makeFinding('share.unauthorized', subject, { names, detail: `${who} is sharing their screen: ${why}` })];
  }

  // ---- entry points ---------------------------------------------------------------------------

  function observe(obs: Observation, selfInfo?: SelfInfo, replay = false): Finding[] {
    replaying = replay;
    try {
      return observeNow(obs, selfInfo);
    } finally {
      replaying = false;
    }
  }

  function observeNow(obs: Observation, selfInfo?: SelfInfo): Finding[] {
    if (selfInfo) self = selfInfo;
    const at = now();
    tick(at);
    switch (obs.kind) {
      case 'meeting.state':
        if (obs.state === 'in-call') {
          if (firstSeenAt === null) firstSeenAt = at;
          startLearning(at);
        } else if (obs.state === 'ended') {
          present.clear();
          waiting.clear();
          byLoose.clear();
          bySkeleton.clear();
          candidates.clear();
          shares.clear();
          firstSeenAt = null;
        }
        return [];
      case 'participant.joined':
        return join(obs.participant);
      case 'participant.left': {
        const person = present.get(obs.participant.id);
        if (person) {
          unindex(person);
          present.delete(obs.participant.id);
          candidates.delete(obs.participant.id);
        }
        return [];
      }
      case 'participant.renamed':
        return rename(obs.participant, obs.from);
      case 'participant.role':
        return roleChange(obs.participant);
      case 'waiting.joined': {
        if (waiting.has(obs.participant.id)) return [];
        if (firstSeenAt === null) firstSeenAt = at;
        const person = makePerson(obs.participant, at);
        waiting.set(obs.participant.id, person);
        const initial = at - firstSeenAt <= INITIAL_GRACE_MS;
        return arrive(person, 'waiting', undefined, !initial);
      }
      case 'waiting.admitted': {
        const person = waiting.get(obs.participant.id);
        if (person) {
          waiting.delete(obs.participant.id);
          admitted.set(person.loose, { at, rules: rulesReportedFor(person), flaggedUnknown: person.flaggedUnknown, impostor: person.impostor });
        }
        return [];
      }
      case 'waiting.left':
        waiting.delete(obs.participant.id);
        return [];
      case 'share.started':
        return shareStarted(obs.presenter);
      case 'share.stopped':
        shares.delete(shareKey(obs.presenter));
        return [];
      case 'chat.message':
      case 'coverage.changed':
        return [];
    }
  }

  function badgeFor(participantId: string): Badge | null {
    tick(now());
    const person = present.get(participantId) ?? waiting.get(participantId);
    if (!person) return null;
    if (person.impostor) return 'impostor';
    if (present.has(participantId) && isTeacher(person)) return 'teacher';
    if (roster() !== null) {
      const v = person.match?.verdict;
      return v === 'known' ? 'roster' : v === 'approximate' ? 'similar' : 'unknown';
    }
    return person.learned ? 'roster' : null;
  }

  function captureRoster(): { name: string }[] {
    const seen = new Map<string, string>();
    for (const person of present.values()) {
      if (isTeacher(person) || isSelf(person.p) || person.impostor || person.name.looseKey === '') continue;
      if (!seen.has(person.loose)) seen.set(person.loose, person.name.display);
    }
    const entries = [...seen.values()].map((name) => ({ name }));
    useRoster(createRosterIndex(entries));
    learnedFromCall = true;
    return entries;
  }

  return {
    observe,
    badgeFor,
    captureRoster,
    verdictsArrived,
    awaitsVerdict: (id) => awaitingVerdict.has(id),
    learning: () => {
      tick(now());
      return { active: learningActive(), endsAt: learningActive() ? learningEndsAt : null };
    },
  };
}
