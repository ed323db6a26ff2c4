/** Name matching: pure, no dependencies. See docs/detectors.md for how findings use it. */
export { normalizeName, isDisguised, type NormalizedName, type NameFlags } from './normalize-name';
export {
  createRosterIndex,
  osaDistance,
  type RosterIndex,
  type RosterEntryInput,
  type RosterMatch,
  type MatchVerdict,
  type MatchNote,
} from './roster-index';
export { confusableWith, skeleton } from './confusables';
export { parseRosterText, type ParsedRoster } from './roster-text';
