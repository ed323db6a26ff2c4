/** When a failed delivery is tried again: doubling from half a minute to six hours, with jitter. */
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 6 * 60 * 60 * 1000;
/** A finding not delivered in a week is given up (and the failure shown): nobody acts on it by then. */
export const GIVE_UP_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The wait after the `failures`-th failure (1 = the first). Jitter (75–100 %) spreads the retries of
 * many machines behind one school proxy that come back online at once.
 */
export function retryDelay(failures: number, random: () => number): number {
  const exp = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.round(exp * (0.75 + 0.25 * Math.min(1, Math.max(0, random()))));
}
