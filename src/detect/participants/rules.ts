/**
 * Every participant and screen-share rule: stable id, category, severity, tier. docs/detectors.md
 * describes each one; a test keeps the two in step.
 */
import type { Finding, FindingCategory, Severity, Tier } from '../../common/model';
import { capLength } from '../../common/names/unicode';

export interface RuleInfo {
  category: FindingCategory;
  severity: Severity;
  tier: Tier;
}

const rule = (
  category: FindingCategory,
  severity: Severity,
  tier: Tier = severity >= 2 ? 'alert' : 'review',
): RuleInfo => ({ category, severity, tier });

export const PARTICIPANT_RULES = {
  'participant.unknown': rule('unknown-participant', 2),
  'participant.unknown.waiting': rule('unknown-participant', 2),
  'participant.unknown.late': rule('unknown-participant', 2),
  'participant.unknown.raid-member': rule('unknown-participant', 1),
  'participant.device-name': rule('unknown-participant', 1),
  'participant.unnamed': rule('unknown-participant', 2),
  'participant.raid': rule('raid', 3),
  'participant.impersonation.teacher': rule('impersonation', 3),
  'participant.impersonation.student': rule('impersonation', 3),
  'participant.impersonation.title': rule('impersonation', 2),
  'participant.duplicate': rule('duplicate', 2),
  'participant.rename.teacher': rule('rename', 3),
  'participant.rename.present': rule('rename', 3),
  'participant.rename.roster': rule('rename', 2),
  'participant.rename': rule('rename', 1),
  'participant.offensive-name': rule('offensive-name', 2),
  'participant.name.bidi': rule('suspicious-name', 2),
  'participant.name.confusable': rule('suspicious-name', 2),
  'participant.name.invisible': rule('suspicious-name', 1),
  'participant.name.long': rule('suspicious-name', 1),
  'participant.name.contact': rule('suspicious-name', 1),
  'participant.privilege': rule('privilege', 3),
  'share.unauthorized': rule('screen-share', 3),
  'share.student': rule('screen-share', 2),
  'share.unidentified': rule('screen-share', 2),
  'share.hijack': rule('screen-share', 3),
  'share.takeover': rule('screen-share', 1),
} satisfies Record<string, RuleInfo>;

export type ParticipantRuleId = keyof typeof PARTICIPANT_RULES;

/** Names in evidence are kept as written (the renderer shows invisibles), but never longer than this. */
export const EVIDENCE_NAME_MAX = 200;
export const evidenceName = (raw: string): string => capLength(raw, EVIDENCE_NAME_MAX);

export function makeFinding(
  ruleId: ParticipantRuleId,
  subject: Finding['subject'],
  evidence: Finding['evidence'],
  severity?: Severity,
): Finding {
  const info: RuleInfo = PARTICIPANT_RULES[ruleId];
  const sev = severity ?? info.severity;
  return {
    ruleId,
    category: info.category,
    severity: sev,
    tier: severity === undefined ? info.tier : sev >= 2 ? 'alert' : 'review',
    subject,
    evidence,
  };
}
