/**
 * Per-class detection options and their defaults, without zod: the content script's guard needs the
 * defaults, and zod stays out of the content bundle. `classes.ts` builds its schema on these values.
 */
export interface ClassOptions {
  /** Without a roster: minutes after the teacher joins during which arrivals count as the class (0: off). */
  learningMinutes: number;
  /** Report renames (to a roster or teacher name: alert; anything else in call: review). */
  flagRenames: boolean;
  /** Report device default names ("iPhone của An", "Zoom user") as a review note. */
  flagDeviceNames: boolean;
  /** Roster students may share their screen (presentation days). */
  studentsMayPresent: boolean;
  /** Co-hosts may share their screen even when they are not listed as teachers. */
  cohostsMayPresent: boolean;
  /** A raid is this many unknown arrivals within the window. */
  raidThreshold: number;
  raidWindowSeconds: number;
}

export const CLASS_OPTION_DEFAULTS: Readonly<ClassOptions> = Object.freeze({
  learningMinutes: 5,
  flagRenames: true,
  flagDeviceNames: true,
  studentsMayPresent: false,
  cohostsMayPresent: true,
  raidThreshold: 5,
  raidWindowSeconds: 10,
});
