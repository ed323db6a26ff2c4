/**
 * The chat guard's state: per-sender history (message times, repeats, grooming cue families) and the
 * texts seen from several senders. Bounded: old entries are pruned by time and senders are capped.
 */
import type { Compiled } from './options';
import type { GroomingFamily } from './templates';

/** Grooming cues from one sender count together for this long. */
export const GROOMING_WINDOW_MS = 2 * 60 * 60 * 1000;
/** Flood: this many messages from one sender within FLOOD_WINDOW_MS. */
export const FLOOD_COUNT = 6;
export const FLOOD_WINDOW_MS = 10_000;
/** Repeats: the same text this many times within REPEAT_WINDOW_MS (one sender, or distinct senders for a raid). */
export const REPEAT_COUNT = 3;
export const REPEAT_WINDOW_MS = 60_000;
const MAX_SENDERS = 2000;

export interface SenderState {
  times: number[];
  floodActive: boolean;
  repeats: Map<string, number[]>;
  families: Map<GroomingFamily, number>;
  lastAt: number;
}

export interface GuardState {
  /** This guard's own options: "not harmful" feedback grows its allow-list only. */
  compiled: Compiled;
  senders: Map<string, SenderState>;
  /** Normalized text → sender key → when that sender last wrote it. */
  texts: Map<string, Map<string, number>>;
}

export function createGuardState(base: Compiled): GuardState {
  return { compiled: { ...base, allowed: [...base.allowed] }, senders: new Map(), texts: new Map() };
}

/** The sender's state, created on first sight, marked active at `at`. */
export function senderState(state: GuardState, key: string, at: number): SenderState {
  let s = state.senders.get(key);
  if (!s) {
    if (state.senders.size >= MAX_SENDERS) prune(state, at);
    s = { times: [], floodActive: false, repeats: new Map(), families: new Map(), lastAt: at };
    state.senders.set(key, s);
  }
  s.lastAt = at;
  return s;
}

export function prune(state: GuardState, at: number): void {
  const { senders, texts } = state;
  for (const [k, s] of senders) if (at - s.lastAt > GROOMING_WINDOW_MS) senders.delete(k);
  // Still full: drop the least recently active half.
  if (senders.size >= MAX_SENDERS) {
    const keys = [...senders.entries()].sort((a, b) => a[1].lastAt - b[1].lastAt).slice(0, MAX_SENDERS / 2);
    for (const [k] of keys) senders.delete(k);
  }
  for (const [k, m] of texts) {
    for (const [sender, t] of m) if (at - t > REPEAT_WINDOW_MS) m.delete(sender);
    if (m.size === 0) texts.delete(k);
  }
}
