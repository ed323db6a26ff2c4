/** docs/detectors.md, "Learning mode (no roster)". */
import { createRosterIndex, type RosterIndex } from '../../common/names';
import { isTeacher } from './teachers';
import { isSelf, learningActive, type GuardState, type Person } from './state';

/** What was learned, offered to the teacher to confirm once the window has ended. */
export interface LearnedOffer {
  names: string[];
  endedAt: number;
}

export interface LearningStatus {
  active: boolean;
  endsAt: number | null;
  /** Set from the end of the window until the teacher confirms or dismisses it. */
  offer: LearnedOffer | null;
}

export function startLearning(s: GuardState, at: number): void {
  if (!learningActive(s) || s.learningStartedAt !== null) return;
  s.learningStartedAt = at;
  s.learningEndsAt = at + s.learningMinutes * 60_000;
}

/** A teacher who comes after us restarts the clock. */
export function teacherArrived(s: GuardState, at: number): void {
  if (!learningActive(s) || s.learningStartedAt === null || s.teacherSeenWhileLearning) return;
  s.teacherSeenWhileLearning = true;
  s.learningEndsAt = Math.max(s.learningEndsAt ?? at, at + s.learningMinutes * 60_000);
}

export const learningNow = (s: GuardState): boolean => learningActive(s) && s.learningStartedAt !== null;

export function learn(s: GuardState, person: Person): void {
  if (person.impostor || person.raider || isTeacher(s, person) || person.name.looseKey === '') return;
  person.learned = true;
  if (!s.learned.has(person.loose)) s.learned.set(person.loose, person.name.display);
}

/** A raider is never the class; the name stays learned only while someone learned still wears it. */
export function unlearn(s: GuardState, person: Person): void {
  person.raider = true;
  if (!person.learned) return;
  person.learned = false;
  for (const id of s.byLoose.get(person.loose)) {
    const other = s.present.get(id);
    if (other && other !== person && other.learned) return;
  }
  s.learned.delete(person.loose);
}

export function tick(s: GuardState, at: number): void {
  if (learningActive(s) && s.learningEndsAt !== null && at >= s.learningEndsAt) finishLearning(s, at);
}

/** Used at once, so late strangers are caught; saved as the class only when the teacher confirms. */
function finishLearning(s: GuardState, at: number): void {
  for (const person of s.present.values()) learn(s, person);
  useRoster(s, createRosterIndex([...s.learned.values()].map((name) => ({ name }))));
  s.learnedFromCall = true;
  s.learnedPending = s.learned.size > 0;
  s.learnedAt = at;
}

function useRoster(s: GuardState, index: RosterIndex): void {
  s.rosterIndex = index;
  s.raid.forgetRecent();
  for (const person of [...s.present.values(), ...s.waiting.values()]) person.match = index.match(person.name);
}

export function captureRoster(s: GuardState): { name: string }[] {
  const seen = new Map<string, string>();
  for (const person of s.present.values()) {
    if (isTeacher(s, person) || isSelf(s, person.p) || person.impostor || person.name.looseKey === '') continue;
    if (!seen.has(person.loose)) seen.set(person.loose, person.name.display);
  }
  const entries = [...seen.values()].map((name) => ({ name }));
  useRoster(s, createRosterIndex(entries));
  s.learnedFromCall = true;
  s.learnedPending = false;
  return entries;
}

/** The learned roster, for the teacher to save; answering (either way) withdraws the offer. */
export function learnedRoster(s: GuardState): { name: string }[] {
  return [...s.learned.values()].map((name) => ({ name }));
}

export function answerOffer(s: GuardState): void {
  s.learnedPending = false;
}

export function learningStatus(s: GuardState): LearningStatus {
  tick(s, s.now());
  const active = learningActive(s);
  const offer =
    s.learnedPending && s.learnedAt !== null ? { names: [...s.learned.values()], endedAt: s.learnedAt } : null;
  return { active, endsAt: active ? s.learningEndsAt : null, offer };
}
