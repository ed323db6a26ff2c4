/**
 * Word lists by category and tier (docs/chat-detection.md, "Lexicon by tier and mode"). Written by
 * hand from moderation practice and mined from ViHOS train (never test; docs/chat-detection.md, "Words
 * from ViHOS train"). The words live in data/lexicon.json, one a line and sorted, so a change to a list
 * reads as a one-line diff. Spelling rules:
 * - a term with a Vietnamese diacritic matches only words written with those diacritics ("lồn", not "lon");
 * - an ASCII term matches the diacritics-free view, so ASCII terms must be unambiguous when folded
 *   ("dit me", "vcl", "loz"; never "lon", "cac", "buoi", "deo", "cho", "ngu");
 * - a term prefixed "=" matches only exactly as written (ASCII words whose accented twins are innocent: "=ngu" ≠ ngủ).
 * Modes: strong (always counts), target (needs a 2nd-person target or a "thằng/con + Name" / @mention
 * nearby), voc (target, or said at the start/end of a message: "shut up idiot"), rule (context rules
 * in context-rules.ts: vl, cc, cl, ml, dm, lol), person (like target, but also said of anyone who is not the
 * writer: "ad ngu", "phát biểu ngu" count; "em ngu quá" does not; at the start of a message it is review).
 * The matcher tries every term (indexed by its first word), so the order within a list does not matter.
 */
import type { Severity, Tier } from '../../common/model';
import type { ChatCategory } from './types';
import data from './data/lexicon.json';

export type Mode = 'strong' | 'target' | 'voc' | 'person' | 'rule';

export interface TermGroup {
  cat: ChatCategory;
  sev: Severity;
  tier: Tier;
  mode: Mode;
  terms: string;
}

/** A group as the data file writes it: its terms a list. */
interface TermGroupData {
  cat: ChatCategory;
  sev: Severity;
  tier: Tier;
  mode: Mode;
  terms: string[];
}

/**
 * Groups in the data file's order, terms joined by "|" as the matcher reads them. JSON gives plain
 * strings and numbers; lexicon.test.ts checks each group's fields against the allowed values.
 */
export const GROUPS: TermGroup[] = (data.groups as TermGroupData[]).map((g) => ({
  cat: g.cat,
  sev: g.sev,
  tier: g.tier,
  mode: g.mode,
  terms: g.terms.join('|'),
}));

/** Everyday words that contain a listed one ("ngu ngơ" = naive): never flagged. */
export const BUILT_IN_ALLOWED: string[] = [...data.builtInAllowed];

/** Second-person and other targets that make an ambiguous insult count. */
export const TARGETS = new Set<string>(data.targets);

/** Words allowed between a target and the insult ("mày ngu quá", "you are so stupid"). */
export const FILLERS = new Set<string>(data.fillers);

/** The writer speaking of themself: "em ngu quá", "mình dốt toán". */
export const FIRST_PERSON = new Set<string>(data.firstPerson);

/** Things, not people: "bài này ngu quá" is a complaint about the exercise (review, not alert). */
export const THINGS = new Set<string>(data.things);

/** "thằng/con + Name": these words before any word make that word a target. */
export const NAMERS = new Set<string>(data.namers);

/** "con này", "thằng kia", "cả lớp này": a namer followed by one of these is a target. */
export const DEMONSTRATIVES = new Set<string>(data.demonstratives);
