/**
 * Groups a burst of stranger arrivals into one raid. The first arrivals of a burst are reported one
 * by one (nobody can know yet that more will come); the arrival that reaches the threshold opens the
 * raid (one finding naming everyone in the window); later arrivals join the open raid quietly until
 * a full window passes without one, which closes it.
 */

export interface Arrival {
  at: number;
  id: string;
  name: string;
}

export type RaidStep = { kind: 'single' } | { kind: 'start'; arrivals: Arrival[] } | { kind: 'member' };

export class RaidWindow {
  private recent: Arrival[] = [];
  private openUntil: number | null = null;

  /** Records a stranger's arrival; `threshold` strangers within `windowMs` make a raid. */
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
