/**
 * The teacher's (or the school's) say over what the detectors raise: categories switched off, and how
 * sensitive the guard is. Applied to each finding before it is stored or shown; the events themselves
 * are stored whatever is switched off (docs/architecture.md, "Nothing is lost").
 */
import type { Finding, FindingCategory } from './model';

/** Every category, in the order the settings page lists them; a Record so a new category must be added here. */
const CATEGORY_GROUP: Record<FindingCategory, 'people' | 'chat'> = {
  'unknown-participant': 'people',
  impersonation: 'people',
  duplicate: 'people',
  rename: 'people',
  raid: 'people',
  'offensive-name': 'people',
  'suspicious-name': 'people',
  privilege: 'people',
  'screen-share': 'people',
  profanity: 'chat',
  insult: 'chat',
  sexual: 'chat',
  threat: 'chat',
  'self-harm': 'chat',
  grooming: 'chat',
  hate: 'chat',
  spam: 'chat',
  link: 'chat',
  'personal-info': 'chat',
  'blocked-word': 'chat',
};

export const FINDING_CATEGORIES = Object.keys(CATEGORY_GROUP) as [FindingCategory, ...FindingCategory[]];

export function categoryGroup(c: FindingCategory): 'people' | 'chat' {
  return CATEGORY_GROUP[c];
}

export const SENSITIVITIES = ['low', 'standard', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export interface Detection {
  off: readonly FindingCategory[];
  sensitivity: Sensitivity;
}

/** A child at risk is never left to "low": these keep their review-tier findings whatever the sensitivity. */
const CHILD_SAFETY: ReadonlySet<FindingCategory> = new Set<FindingCategory>([
  'self-harm',
  'grooming',
  'threat',
  'sexual',
]);

/**
 * The finding as the teacher asked for it, or null when it raises nothing: its category is off, or
 * sensitivity "low" drops what was only for review. "high" makes a review-tier finding of some weight
 * an alert. "standard" is the detectors' own judgement.
 */
export function tuneFinding(f: Finding, d: Detection | undefined): Finding | null {
  if (!d) return f;
  if (d.off.includes(f.category)) return null;
  if (d.sensitivity === 'low' && (f.tier === 'review' || f.severity < 2) && !CHILD_SAFETY.has(f.category)) return null;
  if (d.sensitivity === 'high' && f.tier === 'review' && f.severity >= 2) return { ...f, tier: 'alert' };
  return f;
}

export function tuneFindings(findings: readonly Finding[], d: Detection | undefined): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const t = tuneFinding(f, d);
    if (t) out.push(t);
  }
  return out;
}
