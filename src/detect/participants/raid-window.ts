/** Raid grouping as in docs/detectors.md, "Arrivals, admissions, raids". */

export interface Arrival {
  at: number;
  id: string;
  name: string;
}

export type RaidStep = { kind: 'single' } | { kind: 'start'; arrivals: Arrival[] } | { kind: 'member' };

export class RaidWindow {
  private recent: Arrival[] = [];
  private openUntil: number | null = null;

  add(arrival: Arrival, threshold: number, windowMs: number): RaidStep {
    this.recent = this.recent.filter((a) => arrival.at - a.at < windowMs);
    if (this.openUntil !== null && arrival.at <= this.openUntil) {
      this.openUntil = arrival.at + windowMs;
      return { kind: 'member' };
    }
    this.openUntil = null;
    this.recent.push(arrival);
    if (this.recent.length < threshold) return { kind: 'single' };
    this.openUntil = arrival.at + windowMs;
    const arrivals = this.recent;
    this.recent = [];
    return { kind: 'start', arrivals };
  }
}
