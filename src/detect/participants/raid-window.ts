/** Raid grouping as in docs/detectors.md, "Arrivals, admissions, raids". */

export interface Arrival {
  at: number;
  id: string;
  name: string;
  /** How much it counts toward the threshold: 1, or 2 for an arrival with a raid marker (learning mode). */
  weight?: number;
}

export type RaidStep = { kind: 'single' } | { kind: 'start'; arrivals: Arrival[] } | { kind: 'member' };

export class RaidWindow {
  private recent: Arrival[] = [];
  private openUntil: number | null = null;

  /** The last arrival counted, open raid or not: "at the same moment" is measured from it. */
  lastAt: number | null = null;

  /** The previous arrival came at the same moment as the one now counted: it is part of the burst too. */
  markLast(weight: number): void {
    const last = this.recent[this.recent.length - 1];
    if (last && last.at === this.lastAt) last.weight = Math.max(last.weight ?? 1, weight);
  }

  /** A new roster changes who counts and how much: the arrivals before it no longer add up with the next. */
  forgetRecent(): void {
    this.recent = [];
  }

  add(arrival: Arrival, threshold: number, windowMs: number): RaidStep {
    this.lastAt = arrival.at;
    this.recent = this.recent.filter((a) => arrival.at - a.at < windowMs);
    if (this.openUntil !== null && arrival.at <= this.openUntil) {
      this.openUntil = arrival.at + windowMs;
      return { kind: 'member' };
    }
    this.openUntil = null;
    this.recent.push(arrival);
    let weight = 0;
    for (const a of this.recent) weight += a.weight ?? 1;
    if (weight < threshold) return { kind: 'single' };
    this.openUntil = arrival.at + windowMs;
    const arrivals = this.recent;
    this.recent = [];
    return { kind: 'start', arrivals };
  }
}
