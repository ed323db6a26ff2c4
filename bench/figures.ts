/**
 * What a benchmark reports for the table of `npm run bench` (bench/run.ts): its headline figures,
 * each with its target and, where the bench measures one in the same run, its baseline.
 */
export interface Figure {
  /** What was measured, as a reader of docs/performance.md would name it. */
  name: string;
  value: number;
  unit: string;
  /** The goal, as text ("≤ 1.03", "≥ 50,000"); null where the figure is context for another. */
  target: string | null;
  /** The same quantity without us (or its floor), measured in the same run; null when none. */
  baseline: number | null;
  /** Decimals to print. */
  digits?: number;
}

/** A bench that cannot run here (missing data) says why instead of failing. */
export interface Skipped {
  skipped: string;
}

export type BenchResult = Figure[] | Skipped | void;

export const figure = (
  name: string,
  value: number,
  unit: string,
  target: string | null = null,
  baseline: number | null = null,
  digits?: number,
): Figure => ({ name, value, unit, target, baseline, ...(digits === undefined ? {} : { digits }) });
