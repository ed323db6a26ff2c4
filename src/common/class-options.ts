/** Without zod, which stays out of the content bundle; `classes.ts` builds its schema on these. */
export interface ClassOptions {
  /** Without a roster: minutes during which arrivals count as the class (0: off). */
  learningMinutes: number;
  flagRenames: boolean;
  flagDeviceNames: boolean;
  studentsMayPresent: boolean;
  /** Even when they are not listed as teachers. */
  cohostsMayPresent: boolean;
  /** Unknown arrivals within the window that make a raid. */
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
