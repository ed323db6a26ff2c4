/**
 * Which findings may be about a student the roster misses, so *In my class* is offered. Its own
 * module, free of the settings schema, because the meeting tab's panel needs it too.
 */
import type { FindingCategory } from './model';

/** The person may be a student the roster misses; an impostor or an offensive name is never offered. */
const MAYBE_A_STUDENT: ReadonlySet<FindingCategory> = new Set<FindingCategory>([
  'unknown-participant',
  'suspicious-name',
  'rename',
]);
const NEVER: ReadonlySet<FindingCategory> = new Set<FindingCategory>(['impersonation', 'offensive-name']);

export const mayBeAStudent = (categories: readonly FindingCategory[]): boolean =>
  categories.some((c) => MAYBE_A_STUDENT.has(c)) && !categories.some((c) => NEVER.has(c));
