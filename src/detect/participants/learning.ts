/** docs/detectors.md, "Learning mode (no roster)". */
import { createRosterIndex, type RosterIndex } from '../../common/names';
import { isTeacher } from './teachers';
import { isSelf, learningActive, type GuardState, type Person } from './state';

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
  if (person.impostor || isTeacher(s, person) || person.name.looseKey === '') return;
  person.learned = true;
  if (!s.learned.has(person.loose)) s.learned.set(person.loose, person.name.display);
}

export function tick(s: GuardState, at: number): void {
  if (learningActive(s) && s.learningEndsAt !== null && at >= s.learningEndsAt) finishLearning(s);
}

function finishLearning(s: GuardState): void {
  for (const person of s.present.values()) learn(s, person);
  useRoster(s, createRosterIndex([...s.learned.values()].map((name) => ({ name }))));
  s.learnedFromCall = true;
}

function useRoster(s: GuardState, index: RosterIndex): void {
  s.rosterIndex = index;
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
  return entries;
}

export function learningStatus(s: GuardState): { active: boolean; endsAt: number | null } {
  tick(s, s.now());
  return { active: learningActive(s), endsAt: learningActive(s) ? s.learningEndsAt : null };
}
