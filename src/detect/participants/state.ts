/** Every lookup keyed by a name or an id is a Map or a Set, so that any text is a key like any other. */
import { CLASS_OPTION_DEFAULTS, type ClassOptions } from '../../common/class-options';
import type { Finding, Participant, Role } from '../../common/model';
import {
  createRosterIndex,
  normalizeName,
  skeleton,
  type NormalizedName,
  type RosterIndex,
  type RosterMatch,
} from '../../common/names';
import type { NameClassifier } from './name-checks';
import { NameIndex } from './name-index';
import type { ParticipantGuardOptions, SelfInfo } from './participant-guard';
import { RaidWindow } from './raid-window';

export const INITIAL_GRACE_MS = 2000;
export const ADMISSION_MS = 60_000;

export interface Person {
  p: Participant;
  name: NormalizedName;
  loose: string;
  skel: string;
  /** null while there is no roster. */
  match: RosterMatch | null;
  teacherMatch: RosterMatch | null;
  joinedAt: number;
  impostor: boolean;
  learned: boolean;
  /** Came in a raid: never learned as the class. */
  raider: boolean;
  /** Not reported again on admission. */
  flaggedUnknown: boolean;
}

export interface Admission {
  at: number;
  rules: Set<string>;
  flaggedUnknown: boolean;
  impostor: boolean;
}

export interface Share {
  allowed: boolean;
  byTeacher: boolean;
  name: string | null;
}

export interface GuardState {
  readonly now: () => number;
  readonly classifyName: NameClassifier | undefined;
  readonly options: Readonly<ClassOptions>;
  readonly learningMinutes: number;
  readonly raidWindowMs: number;
  readonly raidThreshold: number;
  readonly teacherIndex: RosterIndex | null;
  readonly teacherNames: readonly { display: string; skel: string }[];

  rosterIndex: RosterIndex | null;
  /** Late arrivals get their own rule id. */
  learnedFromCall: boolean;
  learningStartedAt: number | null;
  learningEndsAt: number | null;
  teacherSeenWhileLearning: boolean;
  readonly learned: Map<string, string>;
  /** The learning window ended and the teacher has not yet confirmed or dismissed what was learned. */
  learnedPending: boolean;
  learnedAt: number | null;

  self: SelfInfo;
  firstSeenAt: number | null;
  /** When the full list came into view (again). */
  revealedAt: number | null;
  /** Raiders counted on the client's counter only, not yet named: the list, once open, shows them. */
  unnamedRaiders: number;
  /** The list as last covered: a partial one names people as they scroll into view. */
  rosterView: 'full' | 'partial' | 'hidden';
  readonly present: Map<string, Person>;
  readonly waiting: Map<string, Person>;
  readonly byLoose: NameIndex;
  readonly bySkeleton: NameIndex;
  /** Keeps teacher checks O(few). */
  readonly candidates: Set<string>;
  readonly admitted: Map<string, Admission>;
  /** Each reported once. */
  readonly reported: Set<string>;
  readonly raid: RaidWindow;
  readonly shares: Map<string, Share>;

  replaying: boolean;
  readonly awaitingVerdict: Set<string>;
}

export function createGuardState(opts: ParticipantGuardOptions): GuardState {
  const cls = opts.classConfig;
  const options = cls?.options ?? CLASS_OPTION_DEFAULTS;
  const classRoster = cls && cls.roster.length > 0 ? createRosterIndex(cls.roster) : null;
  return {
    now: opts.now,
    classifyName: opts.classifyName,
    options,
    learningMinutes: opts.learningMinutes ?? options.learningMinutes,
    raidWindowMs: opts.raidWindowMs ?? options.raidWindowSeconds * 1000,
    raidThreshold: opts.raidThreshold ?? options.raidThreshold,
    teacherIndex: cls && cls.teachers.length > 0 ? createRosterIndex(cls.teachers.map((name) => ({ name }))) : null,
    teacherNames: (cls?.teachers ?? []).map((t) => {
      const name = normalizeName(t);
      return { display: name.display, skel: skeleton(name.display) };
    }),
    rosterIndex: classRoster,
    learnedFromCall: false,
    learningStartedAt: null,
    learningEndsAt: null,
    teacherSeenWhileLearning: false,
    learned: new Map(),
    learnedPending: false,
    learnedAt: null,
    self: { id: null, name: null, host: null },
    firstSeenAt: null,
    revealedAt: null,
    unnamedRaiders: 0,
    rosterView: 'full',
    present: new Map(),
    waiting: new Map(),
    byLoose: new NameIndex(),
    bySkeleton: new NameIndex(),
    candidates: new Set(),
    admitted: new Map(),
    reported: new Set(),
    raid: new RaidWindow(),
    shares: new Map(),
    replaying: false,
    awaitingVerdict: new Set(),
  };
}

/** The roster, learning and what was reported stay. */
export function endCall(s: GuardState): void {
  s.present.clear();
  s.waiting.clear();
  s.byLoose.clear();
  s.bySkeleton.clear();
  s.candidates.clear();
  s.shares.clear();
  s.firstSeenAt = null;
}

export const sortWords = (s: string): string => s.split(' ').sort().join(' ');
export const looseKeyOf = (raw: string): string => sortWords(normalizeName(raw).looseKey);
/** No one's identity, so neither copied nor a copy (docs/detectors.md, `participant.duplicate`). */
export const nameless = (name: NormalizedName): boolean => name.flags.device && name.owner === null;
export const isStaff = (role: Role): boolean => role === 'host' || role === 'cohost';
export const strongTeacherMatch = (m: RosterMatch | null): boolean => m?.verdict === 'known';
export const weakTeacherMatch = (m: RosterMatch | null): boolean =>
  m?.verdict === 'approximate' && m.note !== 'disguised' && m.note !== 'ambiguous';

export const isSelf = (s: GuardState, p: Participant): boolean => p.self || (s.self.id !== null && p.id === s.self.id);
export const learningActive = (s: GuardState): boolean => s.rosterIndex === null && s.learningMinutes > 0;

export function makePerson(s: GuardState, p: Participant, joinedAt: number): Person {
  const name = normalizeName(p.name);
  const r = s.rosterIndex;
  return {
    p,
    name,
    loose: sortWords(name.looseKey),
    skel: skeleton(name.display),
    match: r ? r.match(name) : null,
    teacherMatch: s.teacherIndex ? s.teacherIndex.match(name) : null,
    joinedAt,
    impostor: false,
    learned: false,
    raider: false,
    flaggedUnknown: false,
  };
}

export function index(s: GuardState, person: Person): void {
  s.byLoose.add(person.loose, person.p.id);
  s.bySkeleton.add(person.skel, person.p.id);
}

export function unindex(s: GuardState, person: Person): void {
  s.byLoose.remove(person.loose, person.p.id);
  s.bySkeleton.remove(person.skel, person.p.id);
}

export interface ArrivalContext {
  readonly where: 'call' | 'waiting';
  readonly suppressed: Set<string> | undefined;
  readonly countsForRaid: boolean;
  /** Seen as the full list came into view: joined while we could not see it. */
  readonly revealed: boolean;
  readonly at: number;
  readonly out: Finding[];
  teacher: boolean;
  offensive: boolean;
  duplicate: boolean;
  raidHandled: boolean;
  /** The checks after it do not run. */
  done: boolean;
}

export type ArrivalCheck = (s: GuardState, person: Person, ctx: ArrivalContext) => void;
