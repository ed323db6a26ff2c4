/** Participant and screen-share detectors; see docs/detectors.md. */
export {
  createParticipantGuard,
  type ParticipantGuard,
  type ParticipantGuardOptions,
  type Badge,
  type SelfInfo,
} from './participant-guard';
export { PARTICIPANT_RULES, type ParticipantRuleId, type RuleInfo } from './rules';
export type { NameClassifier } from './name-checks';
export type { LearnedOffer, LearningStatus } from './learning';
export { UNNAMED } from './raids';
